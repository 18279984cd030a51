// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

// The stream side of the emulator: Spout connections (traces, filters, errors, task replies,
// faults, slow readers, many at once), outputs and their syslog delivery over TLS, the
// Firehose feeder of field case C02, and timeline playback of field case C03.
class StreamSelfTest
{
public:
    static void run(const std::string& binary, const std::string& dataDir);
};
