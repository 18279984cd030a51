// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include "Emulator.h"
#include "OptionParser.h"
#include "ShutdownSignal.h"

int main(int argc, char** argv)
{
    ShutdownSignal::blockSignals();
    EmulatorOptions options;
    std::string error;
    switch (OptionParser::parse(argc, argv, options, error)) {
    case OptionParser::Result::Help:
        std::fputs(OptionParser::usage().c_str(), stdout);
        return 0;
    case OptionParser::Result::Error:
        std::fprintf(stderr, "lcdesk-emulator: %s (see --help)\n", error.c_str());
        return 2;
    case OptionParser::Result::Run:
        break;
    }
    const auto shutdown = ShutdownSignal::create();
    shutdown->watchSignals();
    Emulator emulator(options);
    return emulator.run(shutdown);
}
