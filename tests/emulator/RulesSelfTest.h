// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

// The rule side of the emulator: the demo org's rules, the Hive API for dr-general, dr-managed,
// dr-service and fp (odd keys, etags, gzdata, metadata), the legacy rules and fp calls,
// permissions per namespace, the half-written write of field case C23, the missing-record and
// latency faults, the rule-state control calls (field cases C08, C10) and the write log.
class RulesSelfTest
{
public:
    static void run(const std::string& binary, const std::string& dataDir,
                    const std::string& rulesDir);
};
