// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

// The investigation side of the emulator: task-line parsing (field case C22's quoting), the
// simulated hosts' replies per platform, processes killed for good, multi-event YARA scans
// ending with "done", the planted indicators, errors (bad arguments, not supported, unknown
// command), the task settings (duplicate, dropped, delayed replies), the C22 fleet file with
// its online schedules and canned responses.
class InvestigateSelfTest
{
public:
    static void run(const std::string& binary, const std::string& dataDir);
};
