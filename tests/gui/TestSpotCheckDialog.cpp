// SPDX-License-Identifier: GPL-3.0-or-later
// The SpotCheck dialog on the offscreen platform against the demo organisation of the real
// emulator: indicators typed into the editor, a bad one rejected with nothing sent, a run
// that finds the demo's planted dropper, the hits exported, and a run stopped by the user.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "EmulatorProcess.h"
#include "GuiTestMain.h"
#include "IntegrationChecks.h"
#include "credentials/Credentials.h"
#include "investigate/CommandCatalog.h"
#include "investigate/SpotCheck.h"
#include "sensors/SensorStore.h"
#include "session/OrgSession.h"
#include "spotcheck/IndicatorEditor.h"
#include "spotcheck/SpotCheckDialog.h"
#include "spotcheck/SpotCheckHitModel.h"
#include "spotcheck/SpotCheckSensorModel.h"
#include "widgets/BannerArea.h"

using namespace lc;
using namespace lctest;
using namespace Qt::StringLiterals;

namespace {

constexpr int LoadTimeoutMs = 30'000;
constexpr int RunTimeoutMs = 60'000;
// Planted by the emulator on a few Windows hosts of the demo organisation.
const QString PlantedPath = u"C:\\ProgramData\\Updater\\svcupdate.exe"_s;
const QString BadHash = u"zz5f1a8f3a5f0c4d2e1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"_s;

} // namespace

class TestSpotCheckDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void runWaitsForTheSensorList();
    void badIndicatorIsRejectedAndNothingIsSent();
    void runFindsThePlantedFileAndExports();
    void escapeAsksThenStopEndsTheRun();
    void typedButNotAddedIsUsed();

private:
    void openSession();
    // Types an indicator into the editor's fields and presses Add.
    void typeIndicator(IndicatorEditor::Type type, const QString& path, const QString& pattern = {},
                       int depth = 0, const QString& hash = {});
    int tasksSent();
    int sensorRequests();

    EmulatorProcess m_emulator;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SpotCheckDialog> m_dialog;
    QTemporaryDir m_dir;
};

void TestSpotCheckDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LCTEST_START_EMULATOR(m_emulator, (QStringList{u"--sensors"_s, u"300"_s}));
}

void TestSpotCheckDialog::openSession()
{
    Credentials credentials;
    credentials.oid = m_emulator.oid();
    credentials.apiKey = m_emulator.apiKey();
    credentials.environment = u"test"_s;
    credentials.source = Credentials::Source::Session;
    m_session = std::make_unique<OrgSession>();
    m_session->open(credentials, {m_emulator.api(), m_emulator.jwt(), m_emulator.stream()});
}

void TestSpotCheckDialog::init()
{
    QVERIFY(m_emulator.control("DELETE", u"/_emulator/tasks"_s).isOk());
    QVERIFY(m_emulator.clearRequests());
    openSession();
    m_dialog = std::make_unique<SpotCheckDialog>(m_session.get(), nullptr);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSpotCheckDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
}

void TestSpotCheckDialog::cleanupTestCase()
{
    m_emulator.stop();
}

void TestSpotCheckDialog::typeIndicator(IndicatorEditor::Type type, const QString& path,
                                        const QString& pattern, int depth, const QString& hash)
{
    IndicatorEditor* editor = m_dialog->indicatorEditor();
    editor->setType(type);
    editor->pathEdit()->setText(path);
    if (!pattern.isEmpty())
        editor->patternEdit()->setText(pattern);
    editor->depthBox()->setValue(depth);
    if (!hash.isEmpty())
        editor->hashEdit()->setText(hash);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
}

int TestSpotCheckDialog::tasksSent()
{
    const auto reply = m_emulator.control("GET", u"/_emulator/tasks"_s);
    return reply.isOk() ? int(QJsonDocument::fromJson(reply.body).array().size()) : -1;
}

int TestSpotCheckDialog::sensorRequests()
{
    static const QRegularExpression sensorPath(u"^/v1/[0-9a-f-]{36}$"_s);
    bool ok = false;
    int count = 0;
    for (const LoggedRequest& request :
         LoggedRequest::filtered(m_emulator.requests(&ok), u"api"_s)) {
        if (sensorPath.match(QString::fromLatin1(request.path())).hasMatch())
            ++count;
    }
    return ok ? count : -1;
}

void TestSpotCheckDialog::runWaitsForTheSensorList()
{
    // Run pressed while the list is loading: the dialog says so and starts once it is whole.
    m_session.reset();
    m_dialog.reset();
    openSession();
    m_dialog = std::make_unique<SpotCheckDialog>(m_session.get(), nullptr);
    m_dialog->show();
    m_dialog->waitOfflineBox()->setChecked(false);
    m_dialog->indicatorEditor()->addIndicator(Indicator::file(PlantedPath));
    bool ranWhileLoading = false;
    connect(m_session.get(), &OrgSession::loadStarted, m_dialog.get(),
            [this, &ranWhileLoading] { ranWhileLoading = m_dialog->run(); });
    QTRY_VERIFY_WITH_TIMEOUT(ranWhileLoading, LoadTimeoutMs);
    QCOMPARE(m_dialog->state(), SpotCheckDialog::State::WaitingForSensors);
    QVERIFY(m_dialog->banners()->banner(u"session"_s) != nullptr);
    QVERIFY2(m_dialog->banners()->banner(u"session"_s)->text().contains(u"still loading"_s),
             qPrintable(m_dialog->banners()->banner(u"session"_s)->text()));

    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->state(), SpotCheckDialog::State::Finished, RunTimeoutMs);
    // Every sensor of the list was visited, not the few loaded when Run was pressed.
    const SpotCheck::Counts counts = m_dialog->spotCheck()->counts();
    QCOMPARE(counts.total, m_session->store()->size());
    QCOMPARE(counts.total, 300);
}

void TestSpotCheckDialog::badIndicatorIsRejectedAndNothingIsSent()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLoading() && m_session->store()->size() == 300,
                             LoadTimeoutMs);
    QVERIFY(m_emulator.clearRequests());

    // A field left empty is refused at once, without adding anything.
    IndicatorEditor* editor = m_dialog->indicatorEditor();
    editor->setType(IndicatorEditor::Type::FileHash);
    editor->pathEdit()->setText(u"C:\\Users"_s);
    editor->patternEdit()->clear();
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    QCOMPARE(editor->indicators().size(), 0);
    QVERIFY(editor->fieldError()->isVisible());

    typeIndicator(IndicatorEditor::Type::FileHash, u"C:\\Users"_s, u"*.exe"_s, 3, BadHash);
    typeIndicator(IndicatorEditor::Type::File, PlantedPath);
    QCOMPARE(editor->indicators().size(), 2);
    QCOMPARE(editor->list()->count(), 2);

    QTest::mouseClick(m_dialog->checkButton(), Qt::LeftButton);
    QVERIFY2(editor->rejection(0).contains(u"not 64 hex characters, contains 'z'"_s),
             qPrintable(editor->rejection(0)));
    QVERIFY(editor->rejection(1).isEmpty());
    QVERIFY(editor->list()->item(0)->text().contains(u"Rejected:"_s));
    QVERIFY(!editor->list()->item(1)->text().contains(u"Rejected:"_s));
    QCOMPARE(m_dialog->rejected().size(), 1);
    QVERIFY2(m_dialog->checkLabel()->text().contains(u"1 of 2 indicators rejected"_s),
             qPrintable(m_dialog->checkLabel()->text()));

    // Run with only the bad one left: refused, and nothing reaches a sensor.
    editor->list()->setCurrentRow(1);
    QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
    QCOMPARE(editor->indicators().size(), 1);
    QVERIFY(!m_dialog->run());
    QCOMPARE(m_dialog->state(), SpotCheckDialog::State::Idle);
    QVERIFY(m_dialog->banners()->banner(u"run"_s) != nullptr);
    QCOMPARE(m_dialog->spotCheck(), nullptr);
    QCOMPARE(tasksSent(), 0);
    QCOMPARE(sensorRequests(), 0);
}

void TestSpotCheckDialog::runFindsThePlantedFileAndExports()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLoading() && m_session->store()->size() == 300,
                             LoadTimeoutMs);
    typeIndicator(IndicatorEditor::Type::File, PlantedPath);
    typeIndicator(IndicatorEditor::Type::FileHash, u"C:\\Users"_s, u"*.exe"_s, 3, BadHash);
    m_dialog->concurrencyBox()->setValue(16);
    m_dialog->waitOfflineBox()->setChecked(false);
    m_dialog->linuxBox()->setChecked(false);
    m_dialog->macosBox()->setChecked(false);

    QSignalSpy hits(m_dialog.get(), &SpotCheckDialog::hitFound);
    QTest::keyClick(m_dialog.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_dialog->state(), SpotCheckDialog::State::Running);
    QVERIFY(m_dialog->stopButton()->isEnabled());
    QVERIFY(!m_dialog->runButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->state(), SpotCheckDialog::State::Finished, RunTimeoutMs);

    // The bad hash was left out and named; the file was looked for on Windows hosts only.
    QCOMPARE(m_dialog->rejected().size(), 1);
    const SpotCheck* spot = m_dialog->spotCheck();
    for (const SpotCheck::SensorEntry& entry : spot->sensors()) {
        if (entry.state != SpotCheck::SensorState::Filtered
            && entry.state != SpotCheck::SensorState::NotApplicable)
            QCOMPARE(CommandCatalog::platformBit(entry.target.plat), quint8(CommandSpec::Windows));
    }

    // The demo plants the dropper on a few Windows hosts, at least two of them online.
    const int found = m_dialog->hitModel()->rowCount();
    QVERIFY2(found >= 2, qPrintable(QString::number(found)));
    QCOMPARE(hits.size(), found);
    const SpotCheck::Counts counts = spot->counts();
    QVERIFY2(found < counts.checked, "every checked host reported the planted file");
    for (int row = 0; row < found; ++row) {
        QCOMPARE(m_dialog->hitModel()->hit(row).path, PlantedPath);
        QVERIFY(!m_dialog->hitModel()->hit(row).sha256.isEmpty());
        QVERIFY(m_dialog->hitModel()->hit(row).size > 0);
    }
    QCOMPARE(m_dialog->progressBar()->value(), m_dialog->progressBar()->maximum());
    QVERIFY2(m_dialog->reportLabel()->text().startsWith(u"Finished in"_s),
             qPrintable(m_dialog->reportLabel()->text()));
    QVERIFY2(m_dialog->reportLabel()->text().contains(u"never online"_s),
             qPrintable(m_dialog->reportLabel()->text()));
    QCOMPARE(m_dialog->sensorModel()->rowCount(), counts.total - counts.filtered);

    // The sensors table filters as one types.
    const QString host = m_dialog->hitModel()->hit(0).hostname;
    m_dialog->sensorFilterEdit()->setText(host);
    QVERIFY(m_dialog->sensorProxy()->rowCount() >= 1);
    QVERIFY(m_dialog->sensorProxy()->rowCount() < m_dialog->sensorModel()->rowCount());

    // Double-click shows the replies behind a hit.
    const QModelIndex first = m_dialog->hitsView()->model()->index(0, 0);
    // A view reports a double-click only on the row the first press went to.
    const QPoint centre = m_dialog->hitsView()->visualRect(first).center();
    QTest::mouseClick(m_dialog->hitsView()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(m_dialog->hitsView()->viewport(), Qt::LeftButton, {}, centre);
    QTRY_VERIFY(m_dialog->detailsDialog() != nullptr && m_dialog->detailsDialog()->isVisible());
    m_dialog->detailsDialog()->close();

    // Exports without a file dialog.
    const QString csvPath = m_dir.filePath(u"hits.csv"_s);
    const QString reportPath = m_dir.filePath(u"report.json"_s);
    QString error;
    QVERIFY2(m_dialog->exportHitsCsv(csvPath, &error), qPrintable(error));
    QVERIFY2(m_dialog->exportReport(reportPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("sid,hostname,type,indicator,path,size,sha256,found"));
    QCOMPARE(lines.size() - 2, found); // the header, and the empty rest after the last CRLF
    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
    QCOMPARE(report.value(u"hits"_s).toArray().size(), found);
    QCOMPARE(report.value(u"rejected"_s).toArray().size(), 1);
    QVERIFY(!m_dialog->exportHitsCsv(m_dir.filePath(u"missing/dir/hits.csv"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestSpotCheckDialog::escapeAsksThenStopEndsTheRun()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLoading() && m_session->store()->size() == 300,
                             LoadTimeoutMs);
    m_dialog->indicatorEditor()->addIndicator(Indicator::file(PlantedPath));
    // Offline sensors keep it running: they are asked again every 2 s for 10 minutes.
    m_dialog->waitOfflineBox()->setChecked(true);
    m_dialog->offlineWaitBox()->setValue(600);
    m_dialog->recheckBox()->setValue(2);
    m_dialog->concurrencyBox()->setValue(16);
    QVERIFY(m_dialog->run());
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->spotCheck()->counts().offline > 0
                                     && m_dialog->spotCheck()->counts().checked > 0,
                             RunTimeoutMs);

    // Esc asks first; keeping it running changes nothing.
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY(m_dialog->stopQuestion() != nullptr);
    m_dialog->stopQuestion()->button(QMessageBox::No)->click();
    QTRY_VERIFY(m_dialog->stopQuestion() == nullptr);
    QCOMPARE(m_dialog->state(), SpotCheckDialog::State::Running);
    QVERIFY(m_dialog->isVisible());

    QTest::mouseClick(m_dialog->stopButton(), Qt::LeftButton);
    QTRY_VERIFY(m_dialog->stopQuestion() != nullptr);
    m_dialog->stopQuestion()->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_dialog->state(), SpotCheckDialog::State::Finished);
    const SpotCheck::Counts counts = m_dialog->spotCheck()->counts();
    QVERIFY(counts.cancelled > 0);
    QCOMPARE(counts.offline + counts.pending + counts.checking, 0);
    QVERIFY2(m_dialog->reportLabel()->text().startsWith(u"Stopped after"_s),
             qPrintable(m_dialog->reportLabel()->text()));
    QVERIFY2(m_dialog->reportLabel()->text().contains(u"not checked (stopped)"_s),
             qPrintable(m_dialog->reportLabel()->text()));

    // No online check or task goes out after the stop, though the 2 s rechecks would have.
    QTest::qWait(300);
    const int requestsAfterStop = sensorRequests();
    QTest::qWait(3'000);
    QCOMPARE(sensorRequests(), requestsAfterStop);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
}

void TestSpotCheckDialog::typedButNotAddedIsUsed()
{
    // A path typed without pressing Add is what the analyst means to look for.
    IndicatorEditor* editor = m_dialog->indicatorEditor();
    editor->setType(IndicatorEditor::Type::File);
    QTest::keyClicks(editor->pathEdit(), PlantedPath);
    QCOMPARE(editor->indicators().size(), 0);
    QCOMPARE(m_dialog->check(), 1);
    QCOMPARE(editor->indicators().size(), 1);
    QCOMPARE(editor->indicators().first().path(), PlantedPath);
    QVERIFY(editor->pathEdit()->text().isEmpty());
}

int main(int argc, char* argv[])
{
    return runGuiTest<TestSpotCheckDialog>(argc, argv, "tst_gui_SpotCheckDialog");
}

#include "TestSpotCheckDialog.moc"
