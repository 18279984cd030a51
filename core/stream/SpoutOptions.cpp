// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream/SpoutOptions.h"

namespace lc {

QStringList SpoutOptions::types()
{
    // What the stream host accepts for a Spout (reference §5.1); "artifact" is an output
    // type only.
    return {QStringLiteral("event"), QStringLiteral("detect"), QStringLiteral("audit"),
            QStringLiteral("deployment"), QStringLiteral("billing")};
}

} // namespace lc
