// SPDX-License-Identifier: GPL-3.0-or-later
// The sensor list as an analyst uses it: the window opens the demo organisation (the real
// emulator, started by lc::DemoServer), loads every page, then the test types in the filter,
// tags three sensors through the tag dialog, tasks an online and an offline sensor, and
// isolates one; every effect is checked through the API or the emulator's request log.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

#include "BatchResultModel.h"
#include "GuiTestMain.h"
#include "LoggedRequest.h"
#include "MainWindow.h"
#include "SensorTableModel.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/SensorApi.h"
#include "auth/ConnectionIndicator.h"
#include "auth/WelcomePanel.h"
#include "credentials/CredentialManager.h"
#include "demo/DemoServer.h"
#include "sensors/BatchResultsDialog.h"
#include "sensors/SearchText.h"
#include "sensors/SensorActions.h"
#include "sensors/SensorDetailPane.h"
#include "sensors/SensorListView.h"
#include "sensors/SensorStore.h"
#include "sensors/TagDialog.h"
#include "sensors/TagEntry.h"
#include "sensors/TaskDialog.h"
#include "sensors/UntagDialog.h"
#include "session/OrgSession.h"
#include "session/SessionHost.h"
#include "widgets/BannerArea.h"
#include "widgets/JsonTreeWidget.h"

using namespace lc;

namespace {

constexpr int LoadTimeoutMs = 30'000;
constexpr int CallTimeoutMs = 15'000;
const QString KeychainService = QStringLiteral("lcdesk-gui-test");

struct ApiResult
{
    bool ok = false;
    QJsonObject body;
    QString error;
};

// Waits for one request; its results are read inside the slot, before it deletes itself.
ApiResult waitFor(ApiRequest* request)
{
    auto result = std::make_shared<std::optional<ApiResult>>();
    QObject::connect(request, &ApiRequest::finished, request, [request, result] {
        *result = ApiResult{request->isOk(), request->object(), request->error().toString()};
    });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, CallTimeoutMs))
        return {false, {}, QStringLiteral("timed out")};
    return **result;
}

// QTest::keyClicks types ASCII only; this sends any character as a key press with its text,
// the way an input method delivers it.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        const auto key = static_cast<Qt::Key>(c.toUpper().unicode());
        QTest::sendKeyEvent(QTest::Click, widget, key, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestSensorWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void welcomeWithoutCredentials();
    void demoLoadsEveryPage();
    void filterByTyping();
    void detailPaneShowsEverything();
    void tagThreeSensorsWithTtl();
    void untagThroughTheDialog();
    void refreshKeepsTheSelection();
    void taskOnlineAndOfflineSensors();
    void cancelStopsTheRest();
    void isolateAfterConfirmation();
    void layoutPersists();

private:
    OrgSession* session() const { return m_window->session(); }
    SensorListView* list() const { return m_window->sensorList(); }
    SensorTableModel* model() const { return list()->model(); }
    void selectSids(const QStringList& sids);
    BatchResultsDialog* waitForResults(QSignalSpy& spy);
    QList<lctest::LoggedRequest> emulatorRequests();
    bool setEmulatorFaults(const QJsonObject& faults);
    QString sidWithState(OnlineState state) const;

    std::unique_ptr<CredentialManager> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    QNetworkAccessManager m_network;
};

void TestSensorWorkflow::initTestCase()
{
    const QString emulator = qEnvironmentVariable("LCDESK_EMULATOR");
    QVERIFY2(QFileInfo(emulator).isExecutable(),
             "LCDESK_EMULATOR must name the built lcdesk-emulator");
    m_credentials = std::make_unique<CredentialManager>(qEnvironmentVariable("LCDESK_CONFIG_DIR"),
                                                        KeychainService);
}

void TestSensorWorkflow::cleanupTestCase()
{
    m_window.reset();
    m_credentials.reset();
}

void TestSensorWorkflow::welcomeWithoutCredentials()
{
    MainWindow window(m_credentials.get());
    window.openStartupEnvironment();
    window.show();

    // No keychain entry, no credentials file, no LC_* variable: the welcome panel, and the
    // demo one click away.
    QVERIFY(window.welcomePanel()->isVisible());
    QVERIFY(window.welcomePanel()->demoButton()->isVisible());
    QVERIFY(window.welcomePanel()->loginButton()->isVisible());
    QVERIFY(!window.session());
    QCOMPARE(window.connectionIndicator()->stateLabel()->text(), QStringLiteral("Not connected"));
}

void TestSensorWorkflow::demoLoadsEveryPage()
{
    m_window = std::make_unique<MainWindow>(m_credentials.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Three pages of 25: the list must follow the continuation tokens to the end.
    QSignalSpy changed(m_window->sessionHost(), &SessionHost::sessionChanged);
    m_window->openDemo({QStringLiteral("--sensors"), QStringLiteral("60"), QStringLiteral("--seed"),
                        QStringLiteral("7"), QStringLiteral("--page-size"), QStringLiteral("25")});
    QTRY_VERIFY_WITH_TIMEOUT(session() != nullptr, LoadTimeoutMs);
    QSignalSpy finished(session(), &OrgSession::loadFinished);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, LoadTimeoutMs);
    const auto error = finished.first().first().value<ApiError>();
    QVERIFY2(error.isOk(), qPrintable(error.toString()));

    QCOMPARE(session()->state(), OrgSession::State::Connected);
    QCOMPARE(session()->pagesLoaded(), 3);
    QCOMPARE(model()->totalCount(), 60);
    QCOMPARE(model()->visibleCount(), 60);
    QCOMPARE(list()->table()->model()->rowCount(), 60);
    QCOMPARE(list()->countLabel()->text(), QStringLiteral("60 sensor(s)"));
    QVERIFY(!list()->progressLabel()->isVisible() || list()->progressLabel()->text().isEmpty());

    // Labelled as a demo wherever the organisation is named.
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(demo)")));
    QVERIFY(m_window->banners()->banner(QStringLiteral("demo")) != nullptr);
    QVERIFY(m_window->connectionIndicator()->stateLabel()->text().startsWith(
            QStringLiteral("Connected to")));
    QVERIFY(m_window->connectionIndicator()->permissionsLabel()->text().contains(
            QStringLiteral("tag")));
    QVERIFY(m_window->connectionIndicator()->permissionsLabel()->toolTip().contains(
            QStringLiteral("sensor.task")));

    // The online states and tags arrive after the pages.
    QVERIFY(!sidWithState(OnlineState::Online).isEmpty());
    QVERIFY(!sidWithState(OnlineState::Offline).isEmpty());
}

void TestSensorWorkflow::filterByTyping()
{
    QLineEdit* filter = list()->filterEdit();
    const SensorStore* store = session()->store();

    // A hostname fragment typed key by key; the list must hold exactly the matching rows.
    const QString hostname = store->at(0).info.hostname;
    const QString typed = hostname.left(std::min<qsizetype>(hostname.size(), 6)).toUpper();
    filter->setFocus();
    QTest::keyClicks(filter, typed);
    QCOMPARE(model()->filterText(), typed);
    const QString folded = SearchText::fold(typed);
    int expected = 0;
    for (const SensorRecord& record : store->records())
        expected += record.searchKey.contains(folded) ? 1 : 0;
    QVERIFY(expected >= 1);
    QCOMPARE(list()->table()->model()->rowCount(), expected);
    for (int row = 0; row < model()->rowCount(); ++row)
        QVERIFY(model()->recordAt(row)->searchKey.contains(folded));
    QVERIFY(list()->countLabel()->text().contains(QStringLiteral("of 60")));

    // Escape clears the filter.
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(model()->visibleCount(), 60);

    // Accents and decomposed characters: the demo fleet has "café-kasse-1" precomposed and
    // "cafe\u0301-kasse-2" decomposed; typing either form, or none, finds both.
    QStringList accented;
    for (const SensorRecord& record : store->records()) {
        if (SearchText::fold(record.info.hostname).startsWith(QStringLiteral("cafe-kasse")))
            accented.append(record.info.sid);
    }
    QCOMPARE(accented.size(), 2);
    for (const QString& typedName :
         {QStringLiteral("CAF\u00C9-KASSE"), QStringLiteral("cafe\u0301-kasse"),
          QStringLiteral("cafe-kasse")}) {
        typeText(filter, typedName);
        QCOMPARE(filter->text(), typedName);
        QCOMPARE(model()->visibleCount(), 2);
        for (const QString& sid : std::as_const(accented))
            QVERIFY2(model()->rowOfSid(sid) >= 0, qPrintable(typedName));
        filter->clear();
    }

    // Online only, then a platform, then the tag form.
    list()->onlineOnlyBox()->click();
    QVERIFY(model()->visibleCount() > 0);
    QVERIFY(model()->visibleCount() < 60);
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(model()->recordAt(row)->online, OnlineState::Online);
    list()->onlineOnlyBox()->click();

    QComboBox* platforms = list()->platformBox();
    QVERIFY(platforms->count() > 2);
    platforms->setCurrentIndex(1);
    const QString platform = platforms->currentData().toString();
    QVERIFY(model()->visibleCount() > 0);
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(model()->recordAt(row)->platformName, platform);
    platforms->setCurrentIndex(0);
    QCOMPARE(model()->visibleCount(), 60);

    for (const SensorRecord& record : store->records()) {
        if (record.tags.isEmpty())
            continue;
        QTest::keyClicks(filter, QStringLiteral("tag:") + record.tags.first());
        QVERIFY(model()->visibleCount() < 60);
        QVERIFY(model()->rowOfSid(record.info.sid) >= 0);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QStringList tags = model()->recordAt(row)->tags;
            QVERIFY(std::any_of(tags.cbegin(), tags.cend(), [&record](const QString& tag) {
                return tag.startsWith(record.tags.first(), Qt::CaseInsensitive);
            }));
        }
        filter->clear();
        break;
    }
    QCOMPARE(model()->visibleCount(), 60);
}

void TestSensorWorkflow::detailPaneShowsEverything()
{
    const QString sid = sidWithState(OnlineState::Online);
    selectSids({sid});

    SensorDetailPane* pane = m_window->detailPane();
    QTRY_COMPARE_WITH_TIMEOUT(pane->sid(), sid, CallTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading(), CallTimeoutMs);
    QCOMPARE(pane->infoTree()->valueAt(QStringLiteral("info.sid")), sid);
    QVERIFY(!pane->infoTree()->valueAt(QStringLiteral("info.hostname")).isEmpty());
    QCOMPARE(pane->infoTree()->valueAt(QStringLiteral("is_online")), QStringLiteral("true"));
    QVERIFY(pane->infoTree()->valueAt(QStringLiteral("info.plat")).contains(QLatin1Char('(')));

    const QStringList tags = session()->store()->at(session()->store()->indexOf(sid)).tags;
    QCOMPARE(pane->tagTree()->topLevelItemCount(), tags.size());
}

void TestSensorWorkflow::tagThreeSensorsWithTtl()
{
    QSignalSpy shown(m_window->sensorActions(), &SensorActions::resultsShown);
    const QStringList sids = {model()->sidAt(1), model()->sidAt(3), model()->sidAt(4)};
    selectSids(sids);
    QCOMPARE(list()->selectedSids(), sids);

    QTest::keyClick(list()->table(), Qt::Key_T, Qt::ControlModifier);
    TagDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<TagDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());

    QTest::keyClicks(dialog->tagsEdit(), QStringLiteral("gui-hunt, gui-hunt-2"));
    dialog->ttlBox()->setCurrentIndex(dialog->ttlBox()->findData(3600));
    QCOMPARE(dialog->ttlSeconds(), 3600);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    BatchResultsDialog* results = waitForResults(shown);
    QVERIFY(results);
    QTRY_VERIFY_WITH_TIMEOUT(results->isFinished(), CallTimeoutMs);
    for (const QString& sid : sids)
        QCOMPARE(results->model()->resultText(sid), QStringLiteral("tagged"));
    QVERIFY(!results->cancelButton()->isEnabled());

    // The tags exist on the server, with the lifetime that was chosen.
    for (const QString& sid : sids) {
        const ApiResult answer = waitFor(SensorApi(session()->client()).tags(sid));
        QVERIFY2(answer.ok, qPrintable(answer.error));
        QStringList names;
        for (const TagEntry& entry : TagEntry::listFromJson(answer.body, sid))
            names.append(entry.tag);
        QVERIFY2(names.contains(QStringLiteral("gui-hunt")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("gui-hunt-2")));
    }
    int posts = 0;
    for (const lctest::LoggedRequest& request : emulatorRequests()) {
        if (request.method != QLatin1String("POST") || !request.path().endsWith("/tags"))
            continue;
        const QUrlQuery form(QString::fromUtf8(request.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("ttl")), QStringLiteral("3600"));
        ++posts;
    }
    QCOMPARE(posts, 3);

    // The list shows them at once and the filter finds them.
    QTest::keyClicks(list()->filterEdit(), QStringLiteral("tag:gui-hunt"));
    QCOMPARE(model()->visibleCount(), 3);
    list()->filterEdit()->clear();
    results->close();
}

void TestSensorWorkflow::untagThroughTheDialog()
{
    QSignalSpy shown(m_window->sensorActions(), &SensorActions::resultsShown);
    list()->filterEdit()->setText(QStringLiteral("tag:gui-hunt"));
    QCOMPARE(model()->visibleCount(), 3);
    const QStringList sids = {model()->sidAt(0), model()->sidAt(1), model()->sidAt(2)};
    list()->filterEdit()->clear();
    selectSids(sids);

    QTest::keyClick(list()->table(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    UntagDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<UntagDialog*>()) != nullptr);
    QListWidgetItem* item = nullptr;
    for (int row = 0; row < dialog->tagList()->count(); ++row) {
        if (dialog->tagList()->item(row)->text().startsWith(QStringLiteral("gui-hunt-2 ")))
            item = dialog->tagList()->item(row);
    }
    QVERIFY(item);
    QVERIFY2(item->text().contains(QStringLiteral("3")), qPrintable(item->text()));
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    item->setCheckState(Qt::Checked);
    QCOMPARE(dialog->selectedTags(), QStringList{QStringLiteral("gui-hunt-2")});
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    BatchResultsDialog* results = waitForResults(shown);
    QVERIFY(results);
    QTRY_VERIFY_WITH_TIMEOUT(results->isFinished(), CallTimeoutMs);
    for (const QString& sid : sids) {
        QCOMPARE(results->model()->resultText(sid), QStringLiteral("untagged"));
        const ApiResult answer = waitFor(SensorApi(session()->client()).tags(sid));
        QVERIFY(answer.ok);
        QStringList names;
        for (const TagEntry& entry : TagEntry::listFromJson(answer.body, sid))
            names.append(entry.tag);
        QVERIFY(names.contains(QStringLiteral("gui-hunt")));
        QVERIFY(!names.contains(QStringLiteral("gui-hunt-2")));
    }
    QTest::keyClicks(list()->filterEdit(), QStringLiteral("tag:gui-hunt-2"));
    QCOMPARE(model()->visibleCount(), 0);
    list()->filterEdit()->clear();
    results->close();
}

void TestSensorWorkflow::refreshKeepsTheSelection()
{
    const QStringList sids = {model()->sidAt(5), model()->sidAt(6)};
    selectSids(sids);
    SensorStore* before = session()->store();

    // F5 loads the list beside the current one and swaps it in; the rows and the selection
    // stay, and the tags added above are there from the server.
    QSignalSpy replaced(session(), &OrgSession::storeReplaced);
    QTest::keyClick(list()->table(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(replaced.size(), 1, LoadTimeoutMs);
    QVERIFY(session()->store() != before);
    QCOMPARE(model()->store(), session()->store());
    QCOMPARE(model()->totalCount(), 60);
    QCOMPARE(list()->selectedSids(), sids);
    QTRY_VERIFY_WITH_TIMEOUT(!session()->isLoading(), LoadTimeoutMs);
    QTest::keyClicks(list()->filterEdit(), QStringLiteral("tag:gui-hunt"));
    QCOMPARE(model()->visibleCount(), 3);
    list()->filterEdit()->clear();
}

void TestSensorWorkflow::taskOnlineAndOfflineSensors()
{
    QSignalSpy shown(m_window->sensorActions(), &SensorActions::resultsShown);
    const QString online = sidWithState(OnlineState::Online);
    const QString offline = sidWithState(OnlineState::Offline);
    selectSids({online, offline});
    QCOMPARE(list()->selectedSids().size(), 2);

    QTest::keyClick(list()->table(), Qt::Key_Return, Qt::ControlModifier);
    TaskDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<TaskDialog*>()) != nullptr);
    QTest::keyClicks(dialog->commandEdit(), QStringLiteral("os_version"));
    QTest::keyClicks(dialog->investigationEdit(), QStringLiteral("gui-inv"));
    // The batch, which reports whether each sensor took the task (small selections default
    // to a console, tested with the console).
    QVERIFY(dialog->consoleCheck()->isChecked());
    dialog->consoleCheck()->setChecked(false);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    BatchResultsDialog* results = waitForResults(shown);
    QVERIFY(results);
    QTRY_VERIFY_WITH_TIMEOUT(results->isFinished(), CallTimeoutMs);
    QCOMPARE(results->model()->resultText(online), QStringLiteral("accepted"));
    QVERIFY2(results->model()->resultText(offline).contains(QStringLiteral("not connected")),
             qPrintable(results->model()->resultText(offline)));
    QCOMPARE(results->model()->errorOf(offline)->status, ApiStatus::HostNotConnected);
    QCOMPARE(results->model()->failed(), 1);
    results->close();
}

void TestSensorWorkflow::cancelStopsTheRest()
{
    // Slow answers, so that most sensors are still waiting when the user cancels.
    QVERIFY(setEmulatorFaults({{QStringLiteral("latency_ms"), 400}}));
    QSignalSpy shown(m_window->sensorActions(), &SensorActions::resultsShown);
    QStringList sids;
    for (int row = 10; row < 30; ++row)
        sids.append(model()->sidAt(row));
    selectSids({sids.first()});
    QTest::mouseClick(list()->table()->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      list()->table()->visualRect(model()->index(29, 0)).center());
    QCOMPARE(list()->selectedSids(), sids);

    QTest::keyClick(list()->table(), Qt::Key_K, Qt::ControlModifier);
    TaskDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<TaskDialog*>()) != nullptr);
    QTest::keyClicks(dialog->commandEdit(), QStringLiteral("os_processes"));
    dialog->consoleCheck()->setChecked(false);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    BatchResultsDialog* results = waitForResults(shown);
    QVERIFY(results);
    QVERIFY(results->cancelButton()->isEnabled());
    QTest::mouseClick(results->cancelButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(results->isFinished(), CallTimeoutMs);
    QVERIFY(setEmulatorFaults({{QStringLiteral("latency_ms"), 0}}));
    int notSent = 0;
    for (const QString& sid : std::as_const(sids)) {
        const ApiError* error = results->model()->errorOf(sid);
        QVERIFY(error);
        if (error->status == ApiStatus::Cancelled)
            ++notSent;
    }
    // At most a handful were in flight (the batch runs a few at a time); the rest never left.
    QVERIFY2(notSent >= 10, qPrintable(QString::number(notSent)));
    QCOMPARE(results->model()->completed(), 20);
    QVERIFY(!results->cancelButton()->isEnabled());
    results->close();
}

void TestSensorWorkflow::isolateAfterConfirmation()
{
    QSignalSpy shown(m_window->sensorActions(), &SensorActions::resultsShown);
    const QString sid = sidWithState(OnlineState::Online);
    selectSids({sid});
    const QString hostname = session()->store()->at(session()->store()->indexOf(sid)).info.hostname;

    QTest::keyClick(list()->table(), Qt::Key_I, Qt::ControlModifier);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>()) != nullptr);
    QVERIFY(box->informativeText().contains(hostname));
    QPushButton* confirm = nullptr;
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            confirm = qobject_cast<QPushButton*>(button);
    }
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);

    BatchResultsDialog* results = waitForResults(shown);
    QVERIFY(results);
    QTRY_VERIFY_WITH_TIMEOUT(results->isFinished(), CallTimeoutMs);
    QCOMPARE(results->model()->resultText(sid), QStringLiteral("isolation requested"));
    const int row = model()->rowOfSid(sid);
    QVERIFY(!model()->index(row, static_cast<int>(SensorTableModel::Column::Isolation))
                     .data()
                     .toString()
                     .isEmpty());

    const ApiResult info = waitFor(SensorApi(session()->client()).info(sid));
    QVERIFY(info.ok);
    QVERIFY(info.body.value(QStringLiteral("info"))
                    .toObject()
                    .value(QStringLiteral("should_isolate"))
                    .toBool());
    results->close();
}

void TestSensorWorkflow::layoutPersists()
{
    QHeaderView* header = list()->table()->horizontalHeader();
    const int tags = static_cast<int>(SensorTableModel::Column::Tags);
    const int sidColumn = static_cast<int>(SensorTableModel::Column::Sid);
    QVERIFY(header->isSectionHidden(sidColumn));
    header->setSectionHidden(tags, true);
    header->setSectionHidden(sidColumn, false);
    m_window->close();
    m_window.reset();

    MainWindow again(m_credentials.get());
    QHeaderView* restored = again.sensorList()->table()->horizontalHeader();
    QVERIFY(restored->isSectionHidden(tags));
    QVERIFY(!restored->isSectionHidden(sidColumn));

    // Only layout and the environment's name were written: no key, no token.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("Session/lastEnvironment")).toString(),
             QStringLiteral("demo"));
    for (const QString& key : settings.allKeys()) {
        const QByteArray value = settings.value(key).toByteArray();
        QVERIFY2(!value.contains("d3e0f011"), qPrintable(key));
    }
}

void TestSensorWorkflow::selectSids(const QStringList& sids)
{
    // Results dialogs of earlier steps took the focus, as they do for a user.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView* table = list()->table();
    table->setFocus();
    bool first = true;
    for (const QString& sid : sids) {
        const QModelIndex index = model()->index(model()->rowOfSid(sid), 0);
        QVERIFY(index.isValid());
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton,
                          first ? Qt::NoModifier : Qt::ControlModifier,
                          table->visualRect(index).center());
        first = false;
    }
}

BatchResultsDialog* TestSensorWorkflow::waitForResults(QSignalSpy& spy)
{
    if (!QTest::qWaitFor([&spy] { return spy.size() > 0; }, CallTimeoutMs))
        return nullptr;
    return spy.last().first().value<BatchResultsDialog*>();
}

QList<lctest::LoggedRequest> TestSensorWorkflow::emulatorRequests()
{
    QUrl url = session()->client()->endpoints().api;
    url.setPath(QStringLiteral("/_emulator/requests"));
    QNetworkReply* reply = m_network.get(QNetworkRequest(url));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, CallTimeoutMs))
        qWarning("the emulator's request log did not answer");
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    const QJsonArray array =
            document.isArray() ? document.array()
                               : document.object().value(QStringLiteral("requests")).toArray();
    return lctest::LoggedRequest::listFromJson(array);
}

bool TestSensorWorkflow::setEmulatorFaults(const QJsonObject& faults)
{
    QUrl url = session()->client()->endpoints().api;
    url.setPath(QStringLiteral("/_emulator/faults"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_network.post(request, QJsonDocument(faults).toJson());
    const bool answered = QTest::qWaitFor([reply] { return reply->isFinished(); }, CallTimeoutMs);
    const bool ok = answered && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

QString TestSensorWorkflow::sidWithState(OnlineState state) const
{
    for (const SensorRecord& record : session()->store()->records()) {
        if (record.online == state && !record.info.shouldIsolate)
            return record.info.sid;
    }
    return {};
}

// Everything the window may write goes to a temporary home: settings, LC Desk's environments
// and the credentials file lookup. No LC_* variable from the caller's shell leaks in.
int main(int argc, char* argv[])
{
    return runGuiTest<TestSensorWorkflow>(argc, argv, "tst_gui_SensorWorkflow");
}

#include "TestSensorWorkflow.moc"
