// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "EmulatorOptions.h"

class OptionParser
{
public:
    enum class Result
    {
        Run,
        Help,
        Error,
    };

    // Accepts "--flag value" and "--flag=value".
    static Result parse(int argc, char** argv, EmulatorOptions& options, std::string& error);
    static std::string usage();
};
