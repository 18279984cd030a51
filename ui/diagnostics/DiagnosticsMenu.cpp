// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QScreen>
#include <QStyle>
#include <QUrl>

#include "LcDesk.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "demo/DemoServer.h"
#include "diagnostics/DiagnosticLog.h"
#include "diagnostics/DiagnosticsReport.h"
#include "sensors/SensorStore.h"
#include "session/EnvironmentCatalog.h"
#include "session/OrgSession.h"
#include "session/SessionHost.h"

namespace lc {

namespace {

QString sourceName(Credentials::Source source)
{
    switch (source) {
    case Credentials::Source::None:
        return DiagnosticsMenu::tr("none");
    case Credentials::Source::EnvironmentVariables:
        return DiagnosticsMenu::tr("environment variables");
    case Credentials::Source::CredentialsFile:
        return DiagnosticsMenu::tr("credentials file");
    case Credentials::Source::Keychain:
        return DiagnosticsMenu::tr("keychain");
    case Credentials::Source::Session:
        return DiagnosticsMenu::tr("this session only");
    case Credentials::Source::Demo:
        return DiagnosticsMenu::tr("demo");
    }
    return {};
}

QString stateName(OrgSession::State state)
{
    switch (state) {
    case OrgSession::State::Disconnected:
        return DiagnosticsMenu::tr("disconnected");
    case OrgSession::State::Connecting:
        return DiagnosticsMenu::tr("connecting");
    case OrgSession::State::Connected:
        return DiagnosticsMenu::tr("connected");
    case OrgSession::State::Failed:
        return DiagnosticsMenu::tr("failed");
    }
    return {};
}

} // namespace

DiagnosticsMenu::DiagnosticsMenu(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_copy(new QAction(tr("Copy &Diagnostics"), window))
    , m_openFolder(new QAction(tr("Open &Log Folder"), window))
    , m_levelMenu(new QMenu(tr("Log &Level"), window))
{
    m_copy->setObjectName(QStringLiteral("CopyDiagnosticsAction"));
    m_copy->setStatusTip(tr("Copy the version, platform, connection state and the last log lines "
                            "(never a key) for a bug report"));
    connect(m_copy, &QAction::triggered, this, &DiagnosticsMenu::copy);

    m_openFolder->setObjectName(QStringLiteral("OpenLogFolderAction"));
    m_openFolder->setStatusTip(tr("Show the folder of LC Desk's log files"));
    connect(m_openFolder, &QAction::triggered, this, [] {
        const QString path = DiagnosticLog::filePath();
        const QString folder =
                path.isEmpty() ? DiagnosticLog::defaultDirectory() : QFileInfo(path).absolutePath();
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });

    m_levelMenu->setObjectName(QStringLiteral("LogLevelMenu"));
    auto* group = new QActionGroup(this);
    const QList<QPair<DiagnosticLog::Level, QString>> levels = {
            {DiagnosticLog::Level::Debug, tr("&Debug (everything)")},
            {DiagnosticLog::Level::Info, tr("&Information")},
            {DiagnosticLog::Level::Warning, tr("&Warnings and Errors")},
            {DiagnosticLog::Level::Off, tr("&Off (no log file)")},
    };
    for (const auto& [level, text] : levels) {
        QAction* action = m_levelMenu->addAction(text);
        action->setCheckable(true);
        action->setData(static_cast<int>(level));
        action->setStatusTip(tr("Log at this level from now on"));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, level = level] {
            DiagnosticLog::setLevel(level);
            DiagnosticLog::saveLevel(level);
            qCInfo(lcUi).noquote() << "log level set to" << DiagnosticLog::levelName(level);
            updateLevelChecks();
        });
    }
    connect(m_levelMenu, &QMenu::aboutToShow, this, &DiagnosticsMenu::updateLevelChecks);
    updateLevelChecks();
}

void DiagnosticsMenu::addTo(QMenu* menu)
{
    menu->addAction(m_copy);
    menu->addMenu(m_levelMenu);
    menu->addAction(m_openFolder);
}

void DiagnosticsMenu::updateLevelChecks()
{
    const int current = static_cast<int>(DiagnosticLog::level());
    for (QAction* action : m_levelMenu->actions())
        action->setChecked(action->data().toInt() == current);
}

QString DiagnosticsMenu::diagnosticsText() const
{
    DiagnosticsReport report = DiagnosticsReport::withApplicationFacts();

    report.addSection(tr("Desktop"));
    report.addFact(tr("Platform plugin"), QApplication::platformName());
    report.addFact(tr("Style"), QApplication::style()->name());
    const QPalette palette = QApplication::palette();
    report.addFact(tr("Palette"),
                   palette.color(QPalette::Window).lightness() < 128 ? tr("dark") : tr("light"));
    if (const QScreen* screen = m_window->screen())
        report.addFact(tr("Screen"), tr("%1 x %2 at %3 x")
                                             .arg(screen->size().width())
                                             .arg(screen->size().height())
                                             .arg(screen->devicePixelRatio()));
    report.addFact(tr("Locale"), QLocale().name());

    report.addSection(tr("Session"));
    const QString entryId = m_window->sessionHost()->currentEntryId();
    const EnvironmentCatalog::Entry* entry = m_window->catalog()->find(entryId);
    report.addFact(tr("Environment"), entry ? entry->label : entryId);
    const OrgSession* session = m_window->session();
    if (session == nullptr) {
        report.addFact(tr("State"), tr("no organisation open"));
    } else {
        const Credentials& credentials = session->credentials();
        // The session keeps no key; the ones still known here are removed wherever they
        // appear (a log line that should never have been written).
        report.addKnownSecret(credentials.apiKey);
        if (session->isDemo() && m_window->sessionHost()->demoServer() != nullptr)
            report.addKnownSecret(m_window->sessionHost()->demoServer()->apiKey());
        report.addFact(tr("State"), stateName(session->state()));
        if (!session->error().message.isEmpty())
            report.addFact(tr("Last error"), session->error().message);
        report.addFact(tr("Credentials from"), sourceName(credentials.source));
        report.addFact(tr("Organisation id"), session->oid());
        report.addFact(tr("Organisation name"), session->orgName());
        report.addFact(tr("Scoped to a user"), credentials.uid.isEmpty() ? tr("no") : tr("yes"));
        const Endpoints& endpoints = session->client()->endpoints();
        report.addFact(tr("API"), endpoints.api.toString(QUrl::RemoveUserInfo));
        report.addFact(tr("Token service"), endpoints.jwt.toString(QUrl::RemoveUserInfo));
        report.addFact(tr("Stream"), endpoints.stream.toString(QUrl::RemoveUserInfo));
        report.addFact(tr("Sensors loaded"), QString::number(session->sensorsLoaded()));
    }

    report.setLogLines(DiagnosticLog::recentLines(LogLines));
    return report.text();
}

void DiagnosticsMenu::copy()
{
    QApplication::clipboard()->setText(diagnosticsText());
    qCInfo(lcUi) << "diagnostics copied to the clipboard";
    emit copied();
}

} // namespace lc
