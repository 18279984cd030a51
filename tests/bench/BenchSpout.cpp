// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSpout.h"

#include <QEventLoop>
#include <QTimer>

namespace lc {

BenchSpout::BenchSpout(const QString& eventRate)
    : m_rate(eventRate)
{}

BenchSpout::~BenchSpout()
{
    if (m_stream)
        m_stream->stop();
}

bool BenchSpout::start(EventSink* sink, QString* error)
{
    m_emulator.setExtraArguments({QStringLiteral("--sensors"), QStringLiteral("1000"),
                                  QStringLiteral("--event-rate"), m_rate,
                                  QStringLiteral("--time-scale"), QStringLiteral("0.1")});
    m_emulator.start();
    if (!m_emulator.waitForReady(60'000)) {
        *error = m_emulator.errorString();
        return false;
    }
    m_client.setEndpoints(m_emulator.endpoints());
    m_client.setCredentials(m_emulator.oid(), {}, m_emulator.apiKey());

    m_stream = std::make_unique<SpoutStream>(&m_client, SpoutOptions());
    m_stream->setSink(sink);
    QEventLoop live;
    QObject::connect(m_stream.get(), &LiveStream::stateChanged, &live,
                     [&live](LiveStream::State state) {
                         if (state == LiveStream::State::Live || state == LiveStream::State::Failed)
                             live.quit();
                     });
    QTimer::singleShot(30'000, &live, &QEventLoop::quit);
    m_stream->start();
    live.exec();
    if (m_stream->state() != LiveStream::State::Live) {
        *error = QStringLiteral("the stream did not go live: ") + m_stream->stateText();
        return false;
    }
    return true;
}

} // namespace lc
