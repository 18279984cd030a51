// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

#include "api/ApiClient.h"
#include "demo/DemoServer.h"
#include "stream/SpoutStream.h"

namespace lc {

class EventSink;

// The emulator's Spout, live, for the figures that take records the real way: over loopback
// into SpoutStream. The emulator is kept small (1,000 sensors) and fast to connect.
class BenchSpout
{
public:
    // eventRate: events per second per stream, or "max".
    explicit BenchSpout(const QString& eventRate);
    ~BenchSpout();

    // Starts the emulator and the stream into sink and waits until it is live; false with
    // the reason otherwise.
    bool start(EventSink* sink, QString* error);
    SpoutStream& stream() { return *m_stream; }

private:
    QString m_rate;
    DemoServer m_emulator;
    ApiClient m_client;
    std::unique_ptr<SpoutStream> m_stream;
};

} // namespace lc
