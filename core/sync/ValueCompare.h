// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "sync/ConfigValue.h"

namespace lc {

// Equality of rule and output bodies as a dry-run needs it (field case C10): key order never
// matters; a missing key, null, [] and {} are all "nothing"; 5 and 5.0 are the same number;
// list order matters (respond actions run in order); a string never equals a number; text is
// compared exactly, case included.
class ValueCompare
{
public:
    static bool equal(const ConfigValue& a, const ConfigValue& b);
    // One line per differing leaf, "path: old → new", with the organisation's value first.
    static QStringList differences(const ConfigValue& remote, const ConfigValue& local);
    // The canonical text of a JSON number: integers as digits, other values as the shortest
    // text of their double.
    static QString canonicalNumber(const ConfigValue& number);
};

} // namespace lc
