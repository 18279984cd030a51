// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

#include "EnduranceOptions.h"
#include "MemorySampler.h"
#include "stream/LiveStream.h"

namespace lctest {
class EmulatorProcess;
}

namespace lc {

class LiveEventView;
class LossySink;
class OrgSession;

// One endurance run: the real emulator with stream faults switched on, the real live view on
// it through the client's code path, and the three checks (flat memory, every event accounted
// for, every fault reported to the user). run() returns the exit code: 0 when every check
// passed, 1 naming the failed ones, 2 when the run could not be set up.
class EnduranceRun : public QObject
{
    Q_OBJECT

public:
    explicit EnduranceRun(const EnduranceOptions& options, QObject* parent = nullptr);
    ~EnduranceRun() override;

    int run();

private:
    bool setUp(QString* error);
    void watch(LiveStream* stream);
    void onStateChanged(LiveStream::State state);
    void onNotice(const QString& message);
    void onError(const QString& message);
    void tick();
    void freeze();
    bool toggleDisconnectStyle();
    bool quiesce(QString* error);
    QJsonObject streamTotals(QString* error);
    int faultedStreamRequests(int* internalErrors, QString* error);
    void fail(const QString& check, const QString& why);
    double elapsedSeconds() const;
    int report();

    EnduranceOptions m_options;
    QTextStream m_out;
    std::unique_ptr<lctest::EmulatorProcess> m_emulator;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<LiveEventView> m_view;
    std::unique_ptr<LossySink> m_lossy;
    QPointer<LiveStream> m_stream;
    MemorySampler m_memory;
    QElapsedTimer m_clock;
    double m_lastFreeze = 0;
    double m_warmSince = -1;
    double m_ringFullAt = -1;
    bool m_busy = false;

    QString m_style = QStringLiteral("clean");
    quint64 m_disconnectsSeen = 0; // disconnect-fault ends the emulator reported so far
    QMap<QString, int> m_styleDisconnects;

    // What the user was shown.
    int m_reconnectingShown = 0;
    int m_noticesShown = 0;
    int m_noticesHidden = 0;
    int m_bannersShown = 0;
    int m_bannersMissing = 0;
    int m_stateTextWrong = 0;
    int m_identityBroken = 0;
    int m_reconnectsClicked = 0;
    QMap<QString, int> m_noticeKinds;
    QStringList m_unexpected;
    int m_lastProgressMinute = 0;
    std::vector<std::unique_ptr<char[]>> m_leak;

    QStringList m_failures;
};

} // namespace lc
