// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ProblemPalette.h"

namespace lc {

QColor ProblemPalette::color(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(255, 120, 110) : QColor(176, 0, 32);
}

QPalette ProblemPalette::forLabel(const QPalette& palette)
{
    QPalette result = palette;
    result.setColor(QPalette::WindowText, color(palette));
    return result;
}

} // namespace lc
