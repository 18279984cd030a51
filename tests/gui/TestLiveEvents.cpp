// SPDX-License-Identifier: GPL-3.0-or-later
// The live event view as an analyst uses it: a Spout from the demo organisation (the real
// emulator, started by lc::DemoServer) into the table, then filtering, pausing, following the
// newest row, the counters, export to NDJSON and CSV, recording and opening the recording; and
// the field case C20 (odd Unicode) played from a recording into the detail pane.
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include "GuiTestMain.h"
#include "LiveEventModel.h"
#include "MainWindow.h"
#include "SensorTableModel.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/FormData.h"
#include "api/OutputApi.h"
#include "credentials/CredentialManager.h"
#include "live/EventDetailPane.h"
#include "live/EventJsonTree.h"
#include "live/LiveEventDelegate.h"
#include "live/LiveEventView.h"
#include "live/LiveExportJob.h"
#include "live/LiveSourceBar.h"
#include "live/LiveTableModel.h"
#include "live/RateChart.h"
#include "sensors/SensorActions.h"
#include "sensors/SensorListView.h"
#include "session/OrgSession.h"
#include "session/SessionHost.h"
#include "stream/EventFeed.h"
#include "stream/EventIndexer.h"
#include "stream/EventRecord.h"
#include "stream/EventStore.h"
#include "widgets/BannerArea.h"

using namespace lc;

namespace {

constexpr int LoadTimeoutMs = 30'000;
constexpr int StreamTimeoutMs = 20'000;
const QString KeychainService = QStringLiteral("lcdesk-gui-test");

QString dataPath(const QString& relative)
{
    return QStringLiteral(LCDESK_GUI_TEST_DATA_DIR "/") + relative;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString& text, bool* ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted && !field.isEmpty())
                *ok = false;
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                *ok = false;
        } else if (c == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false;
    return records;
}

} // namespace

class TestLiveEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void recordingOfC20ShowsEveryEvent();
    void detailPaneMarksAndCopiesOriginals();
    void detailPaneCutsHugeValues();
    void detectionsStandOut();
    void spoutDeliversRows();
    void filterNarrowsRows();
    void pauseHoldsAndResumeReleases();
    void followTailAndCapacity();
    void exportNdjsonAndCsv();
    void exportSelection();
    void largeExportInSlicesAndCancel();
    void recordThenOpenRecording();
    void watchLiveEventsOfASensor();
    void failedStreamOffersReconnect();
    void firehoseAsksAboutLeftoverOutput();
    void closingDeletesTheFirehoseOutput();

private:
    LiveEventView* view() const { return m_window->liveView(); }
    LiveEventModel* model() const { return view()->model(); }
    // A row of the table (which shows the event model's rows a frame later).
    QModelIndex tableIndex(int row) const;
    QList<QByteArray> shownRaws() const;
    bool countersAddUp(QString* why) const;
    void startSpout(const QString& type);
    void playRecording(const QString& fileName, int expectedRows);
    QHash<QString, OutputInfo> outputs();
    bool addLeftoverOutput(const QString& name);

    std::unique_ptr<CredentialManager> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestLiveEvents::initTestCase()
{
    const QString emulator = qEnvironmentVariable("LCDESK_EMULATOR");
    QVERIFY2(QFileInfo(emulator).isExecutable(),
             "LCDESK_EMULATOR must name the built lcdesk-emulator");
    QVERIFY(m_dir.isValid());
    m_credentials = std::make_unique<CredentialManager>(qEnvironmentVariable("LCDESK_CONFIG_DIR"),
                                                        KeychainService);
    m_window = std::make_unique<MainWindow>(m_credentials.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showLiveEvents();
    QCOMPARE(m_window->tabs()->currentWidget(), view());
}

void TestLiveEvents::init()
{
    // The table must never fall out of step with the event model it shows.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("out of step")));
    // Each test starts from a running, unpaused, unfiltered view whatever the last one did.
    view()->setPaused(false);
    view()->filterEdit()->clear();
}

void TestLiveEvents::cleanupTestCase()
{
    m_window.reset();
    m_credentials.reset();
}

QModelIndex TestLiveEvents::tableIndex(int row) const
{
    view()->tableModel()->flush();
    return view()->tableModel()->index(row, 0);
}

QList<QByteArray> TestLiveEvents::shownRaws() const
{
    QList<QByteArray> raws;
    for (int row = 0; row < model()->rowCount(); ++row)
        raws.append(model()->index(row, 0).data(LiveEventModel::RawRole).toByteArray());
    return raws;
}

bool TestLiveEvents::countersAddUp(QString* why) const
{
    const FeedCounters c = view()->feed()->counters();
    *why = QStringLiteral("received %1 stored %2 evicted %3 waiting %4 dropped %5 store %6")
                   .arg(c.received)
                   .arg(c.stored)
                   .arg(c.evicted)
                   .arg(c.waiting)
                   .arg(c.droppedByClient)
                   .arg(view()->store()->size());
    return c.received == c.stored + c.evicted + c.waiting + c.droppedByClient
           && c.stored == static_cast<quint64>(view()->store()->size())
           && static_cast<quint64>(model()->shownCount()) <= c.stored;
}

void TestLiveEvents::playRecording(const QString& fileName, int expectedRows)
{
    view()->openRecording(fileName);
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), expectedRows, StreamTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(view()->stream()->state(), LiveStream::State::Stopped,
                              StreamTimeoutMs);
}

void TestLiveEvents::recordingOfC20ShowsEveryEvent()
{
    // No organisation is open: a recording plays without one.
    QVERIFY(!m_window->session());
    playRecording(dataPath(QStringLiteral("C20/stream.bin")), 7);
    QString why;
    QVERIFY2(countersAddUp(&why), qPrintable(why));
    QCOMPARE(view()->feed()->counters().received, quint64(7));

    // The table shows markers, never the raw right-to-left override, and keeps the raw line.
    const QByteArray line1 = readFile(dataPath(QStringLiteral("C20/stream.bin"))).split('\n').at(0);
    QCOMPARE(model()->index(0, 0).data(LiveEventModel::RawRole).toByteArray(), line1);
    for (int row = 0; row < model()->rowCount(); ++row) {
        for (int column = 0; column < LiveEventModel::ColumnCount; ++column) {
            const QString text = model()->index(row, column).data().toString();
            QVERIFY2(!text.contains(QChar(0x202E)), qPrintable(text));
            QVERIFY2(!text.contains(QChar(0)), qPrintable(text));
        }
    }
    // Line 4 holds a 0xFF byte: kept and flagged, not dropped.
    QVERIFY(model()->index(3, 0).data(LiveEventModel::FlagsRole).toInt()
            & EventRecord::InvalidUtf8);

    // Hostname filter "über" (NFC, any case) finds the decomposed "U\u0308ber-PC".
    view()->filterEdit()->setText(QStringLiteral("host:\u00fcber"));
    QVERIFY(view()->filterErrorLabel()->isHidden());
    QCOMPARE(model()->rowCount(), 1);
    QVERIFY(model()->index(0, 0).data(LiveEventModel::RawRole).toByteArray().contains("xn--bcher"));
    view()->filterEdit()->clear();
    QCOMPARE(model()->rowCount(), 7);
}

void TestLiveEvents::detailPaneMarksAndCopiesOriginals()
{
    QCOMPARE(model()->rowCount(), 7);
    QTableView* table = view()->table();
    EventDetailPane* pane = view()->detailPane();
    EventJsonTree* tree = pane->tree();

    // Line 1: the RLO is a visible marker; Copy Value gives the original character.
    table->setCurrentIndex(tableIndex(0));
    QCOMPARE(pane->sequence(), model()->sequenceAt(0));
    const QString path = QStringLiteral("event/FILE_PATH");
    const QString original = QStringLiteral("C:\\Users\\ana\\Downloads\\invoice\u202efdp.exe");
    QVERIFY2(tree->displayedValueAt(path).contains(QStringLiteral("<U+202E>")),
             qPrintable(tree->displayedValueAt(path)));
    QVERIFY(!tree->displayedValueAt(path).contains(QChar(0x202E)));
    QCOMPARE(tree->originalValueAt(path), original);
    QVERIFY(tree->selectPath(path));
    QVERIFY(pane->valueView()->toPlainText().contains(QStringLiteral("<U+202E>")));
    tree->setFocus();
    QApplication::clipboard()->clear();
    QTest::keySequence(tree, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), original);
    QTest::keySequence(tree, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(QApplication::clipboard()->text(), path);
    QVERIFY(pane->notices()->banner(QStringLiteral("control")) != nullptr);

    // Line 3: the emoji pair decodes; the zero-width joiner is marked.
    table->setCurrentIndex(tableIndex(2));
    const QString command = tree->displayedValueAt(QStringLiteral("event/COMMAND_LINE"));
    QVERIFY2(command.contains(QStringLiteral("\U0001F525")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("<U+200D>")), qPrintable(command));

    // Line 4: invalid UTF-8 is said, and the raw view shows the replacement.
    table->setCurrentIndex(tableIndex(3));
    QVERIFY(pane->notices()->banner(QStringLiteral("utf8")) != nullptr);
    pane->rawAction()->trigger();
    QVERIFY(pane->isRawShown());
    QVERIFY(pane->rawView()->toPlainText().contains(QStringLiteral("cat caf")));
    pane->rawAction()->trigger();
    QVERIFY(!pane->isRawShown());

    // Line 6: nothing after the NUL is cut off.
    table->setCurrentIndex(tableIndex(5));
    const QString nul = tree->displayedValueAt(QStringLiteral("event/COMMAND_LINE"));
    QVERIFY2(nul.contains(QStringLiteral("<NUL>")), qPrintable(nul));
    QVERIFY(nul.contains(QStringLiteral("visible-after-nul")));
    QCOMPARE(tree->originalValueAt(QStringLiteral("event/COMMAND_LINE")),
             QStringLiteral("a") + QChar(0) + QStringLiteral("b visible-after-nul"));

    // Line 2: the lone surrogate is kept as a row and said to be repaired.
    table->setCurrentIndex(tableIndex(1));
    QVERIFY(pane->notices()->banner(QStringLiteral("repaired")) != nullptr);
}

void TestLiveEvents::detailPaneCutsHugeValues()
{
    // A 5 MB field: the text views get a part of it (laying out all of it would hold the
    // window for minutes), the copies get all of it.
    const QByteArray big(5 * 1024 * 1024, 'A');
    const QByteArray raw =
            R"({"routing":{"hostname":"big","event_type":"BIG"},"event":{"X":")" + big + R"("}})";
    EventDetailPane pane; // never shown: the window under test keeps the focus
    pane.showRecord(0, raw, 0);
    QVERIFY(pane.rawView()->toPlainText().size() < 300'000);
    QVERIFY(pane.rawView()->toPlainText().contains(QStringLiteral("not shown here")));
    const QString path = QStringLiteral("event/X");
    QVERIFY(pane.tree()->selectPath(path));
    QVERIFY(pane.valueView()->toPlainText().size() < 300'000);
    QVERIFY(pane.valueView()->toPlainText().contains(QStringLiteral("not shown here")));
    QCOMPARE(pane.tree()->originalValueAt(path).size(), big.size());
    QVERIFY(pane.tree()->displayedValueAt(path).size() < 10'000);
}

void TestLiveEvents::detectionsStandOut()
{
    // Telemetry and detections from the reference samples, played as one recording.
    const QString mixed = m_dir.filePath(QStringLiteral("mixed.ndjson"));
    QFile file(mixed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray events = readFile(dataPath(QStringLiteral("events.jsonl")));
    const QByteArray detections = readFile(dataPath(QStringLiteral("detections.jsonl")));
    QVERIFY(!events.isEmpty() && !detections.isEmpty());
    file.write(events);
    file.write(detections);
    file.close();
    const int eventLines = static_cast<int>(events.count('\n'));
    const int detectionLines = static_cast<int>(detections.count('\n'));
    playRecording(mixed, eventLines + detectionLines);

    const LiveEventDelegate* delegate = view()->delegate();
    int styled = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        const bool detection = index.data(LiveEventModel::KindRole).toInt()
                               == static_cast<int>(EventKind::Detection);
        const QStyleOptionViewItem option = delegate->optionFor(index, view()->table());
        QCOMPARE(option.font.bold(), detection);
        QCOMPARE(option.backgroundBrush.color() == LiveEventDelegate::detectionTint(option.palette),
                 detection);
        styled += detection ? 1 : 0;
    }
    QCOMPARE(styled, detectionLines);

    // The "detections" filter term keeps only them.
    view()->filterEdit()->setText(QStringLiteral("detections"));
    QCOMPARE(model()->rowCount(), detectionLines);
    view()->filterEdit()->clear();
}

void TestLiveEvents::startSpout(const QString& type)
{
    LiveSourceBar* source = view()->sourceBar();
    source->setSource(LiveSourceBar::Source::Spout);
    source->typeBox()->setCurrentText(type);
    QCOMPARE(source->spoutOptions().type, type);
    QTest::mouseClick(view()->startButton(), Qt::LeftButton);
    QVERIFY(view()->stream() != nullptr);
    QCOMPARE(model()->rowCount(), 0); // a new stream starts from an empty table
    QTRY_COMPARE_WITH_TIMEOUT(view()->stream()->state(), LiveStream::State::Live, StreamTimeoutMs);
    QCOMPARE(view()->stateLabel()->text(), view()->stream()->stateText());
    QCOMPARE(view()->startButton()->text(), QStringLiteral("Stop"));
    QVERIFY(!source->typeBox()->isEnabled());
}

void TestLiveEvents::spoutDeliversRows()
{
    // Without an organisation, Start says what to do.
    view()->start();
    QVERIFY(view()->banners()->banner(QStringLiteral("session")) != nullptr);

    QSignalSpy changed(m_window->sessionHost(), &SessionHost::sessionChanged);
    m_window->openDemo({QStringLiteral("--sensors"), QStringLiteral("20"),
                        QStringLiteral("--event-rate"), QStringLiteral("400")});
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() != nullptr
                                     && m_window->session()->state()
                                                == OrgSession::State::Connected,
                             LoadTimeoutMs);
    m_window->showLiveEvents();
    QVERIFY(view()->banners()->banner(QStringLiteral("session")) == nullptr
            || !view()->banners()->banner(QStringLiteral("session"))->isVisible());

    startSpout(QStringLiteral("event"));
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 50, StreamTimeoutMs);
    QString why;
    QVERIFY2(countersAddUp(&why), qPrintable(why));
    for (int row = 0; row < std::min(model()->rowCount(), 20); ++row) {
        QVERIFY(!model()->index(row, static_cast<int>(LiveEventModel::Column::Type))
                         .data()
                         .toString()
                         .isEmpty());
    }

    // The state also shows in the window's status bar, whichever page is in front.
    QLabel* liveState = nullptr;
    for (QLabel* label : m_window->statusBar()->findChildren<QLabel*>()) {
        if (label->accessibleName() == QStringLiteral("Live stream state"))
            liveState = label;
    }
    QVERIFY(liveState);
    QTRY_COMPARE(liveState->text(),
                 QStringLiteral("Live events: ") + view()->stream()->stateText());
    QVERIFY(liveState->isVisible());

    // The counters strip says what the feed counted.
    QTRY_VERIFY(view()->countersLabel()->text().startsWith(QStringLiteral("Received")));
    // The rate chart samples once a second.
    QTRY_VERIFY_WITH_TIMEOUT(view()->rateChart()->lastSecondTotal() > 0, 5'000);
    QVERIFY(view()->rateChart()->legend().size() >= 2);
}

void TestLiveEvents::filterNarrowsRows()
{
    QVERIFY(view()->stream() && view()->stream()->state() == LiveStream::State::Live);
    const QString type =
            model()->index(0, static_cast<int>(LiveEventModel::Column::Type)).data().toString();
    QVERIFY(!type.isEmpty());

    // Ctrl+F reaches the filter from the table.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view()->table()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(view()->filterEdit()->hasFocus());

    QTest::keyClicks(view()->filterEdit(), QStringLiteral("type:") + type);
    QVERIFY(view()->filterErrorLabel()->isHidden());
    QVERIFY(model()->rowCount() > 0);
    QVERIFY(static_cast<quint64>(model()->shownCount()) < view()->feed()->counters().stored);
    for (int row = 0; row < model()->rowCount(); ++row) {
        QVERIFY(model()->index(row, static_cast<int>(LiveEventModel::Column::Type))
                        .data()
                        .toString()
                        .contains(type, Qt::CaseInsensitive));
    }

    // A broken filter says where, and the rows stay as they were.
    const int before = model()->rowCount();
    QTest::keyClicks(view()->filterEdit(), QStringLiteral(" \"unterminated"));
    QVERIFY(!view()->filterErrorLabel()->isHidden());
    QVERIFY(!view()->filterErrorLabel()->text().isEmpty());
    QVERIFY(model()->rowCount() >= before);
    QTest::keyClick(view()->filterEdit(), Qt::Key_Escape);
    QVERIFY(view()->filterEdit()->text().isEmpty());
    QVERIFY(view()->filterErrorLabel()->isHidden());
    QVERIFY(view()->filterEdit()->toolTip().contains(QStringLiteral("host:")));
}

void TestLiveEvents::pauseHoldsAndResumeReleases()
{
    QTableView* table = view()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(view()->isPaused());
    QVERIFY(view()->pauseAction()->isChecked());

    // Rows stay put while the socket keeps being read into the waiting queue.
    QTest::qWait(200);
    const int rows = model()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(view()->feed()->counters().waiting >= 30, StreamTimeoutMs);
    QCOMPARE(model()->rowCount(), rows);
    QString why;
    QVERIFY2(countersAddUp(&why), qPrintable(why));
    const quint64 waiting = view()->feed()->counters().waiting;
    // The strip shows the waiting count (it keeps growing, so only "more than none").
    const QRegularExpression waitingText(QStringLiteral("waiting ([1-9][0-9,]*)"));
    QTRY_VERIFY2(waitingText.match(view()->countersLabel()->text()).hasMatch(),
                 qPrintable(view()->countersLabel()->text()));
    QVERIFY(view()->pauseAction()->text().contains(QStringLiteral("waiting")));

    // Ctrl+P resumes: every waiting record becomes a row.
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QVERIFY(!view()->isPaused());
    QTRY_COMPARE(view()->feed()->counters().waiting, quint64(0));
    QVERIFY(static_cast<quint64>(model()->rowCount()) >= rows + waiting);
    QVERIFY2(countersAddUp(&why), qPrintable(why));
}

void TestLiveEvents::followTailAndCapacity()
{
    QTableView* table = view()->table();
    QScrollBar* scroll = table->verticalScrollBar();
    QVERIFY(view()->followsTail());
    QTRY_VERIFY(scroll->maximum() > 0);
    QTRY_COMPARE(scroll->value(), scroll->maximum());

    // The user scrolls up (a click in the scroll bar's track): following stops and the view
    // stays where it was put.
    scroll->triggerAction(QAbstractSlider::SliderPageStepSub);
    QTRY_VERIFY(!view()->followsTail());
    QVERIFY(!view()->followAction()->isChecked());
    const int parked = scroll->value();
    QTest::qWait(300);
    QVERIFY(scroll->value() <= parked);
    QVERIFY(scroll->value() < scroll->maximum());

    // End follows the newest row again.
    QTest::keyClick(table, Qt::Key_End);
    QVERIFY(view()->followsTail());
    QTRY_COMPARE(scroll->value(), scroll->maximum());

    // Picking a row to read (here with the keyboard) stops following too.
    table->setFocus();
    table->setCurrentIndex(tableIndex(model()->rowCount() - 1));
    QTest::keyClick(table, Qt::Key_Up);
    QVERIFY(!view()->followsTail());
    QTest::keyClick(table, Qt::Key_End);
    QVERIFY(view()->followsTail());

    // A smaller ring: old rows are evicted and the counters still add up.
    view()->capacityBox()->setValue(1000);
    emit view()->capacityBox()->editingFinished();
    QCOMPARE(view()->store()->capacity(), 1000);
    QTRY_VERIFY_WITH_TIMEOUT(view()->feed()->counters().evicted > 0, StreamTimeoutMs);
    QVERIFY(view()->store()->size() <= 1000);
    QVERIFY(model()->rowCount() <= 1000);
    QString why;
    QVERIFY2(countersAddUp(&why), qPrintable(why));
    view()->setCapacity(1'000'000);
}

void TestLiveEvents::exportNdjsonAndCsv()
{
    view()->stop();
    QTRY_COMPARE(view()->stream()->state(), LiveStream::State::Stopped);
    QCOMPARE(view()->startButton()->text(), QStringLiteral("Start"));
    const QList<QByteArray> raws = shownRaws();
    QVERIFY(raws.size() >= 50);

    // NDJSON: the raw lines, byte for byte.
    const QString ndjson = m_dir.filePath(QStringLiteral("shown.ndjson"));
    QSignalSpy finished(view(), &LiveEventView::exportFinished);
    QVERIFY(view()->exportRows(ndjson, LiveEventView::ExportScope::Shown) != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, StreamTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("shown.ndjson")));
    QByteArray expected;
    for (const QByteArray& raw : raws)
        expected += raw + '\n';
    QCOMPARE(readFile(ndjson), expected);

    // CSV: one record per row plus the header, seven columns, the raw JSON in the last.
    const QString csv = m_dir.filePath(QStringLiteral("shown.csv"));
    QVERIFY(view()->exportRows(csv, LiveEventView::ExportScope::Shown) != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, StreamTimeoutMs);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    bool ok = false;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(readFile(csv)), &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), raws.size() + 1);
    QCOMPARE(records.first(),
             QStringList({QStringLiteral("time"), QStringLiteral("hostname"), QStringLiteral("sid"),
                          QStringLiteral("type"), QStringLiteral("kind"), QStringLiteral("summary"),
                          QStringLiteral("raw")}));
    for (int i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).size(), 7);
        QCOMPARE(records.at(i).at(6), QString::fromUtf8(raws.at(i - 1)));
        QVERIFY(records.at(i).at(0).endsWith(QLatin1Char('Z')));
        QCOMPARE(records.at(i).at(3),
                 model()->index(i - 1, static_cast<int>(LiveEventModel::Column::Type))
                         .data()
                         .toString());
    }

    // A file that cannot be written is named in the error.
    const QString bad = m_dir.filePath(QStringLiteral("missing-dir/out.ndjson"));
    QVERIFY(view()->exportRows(bad, LiveEventView::ExportScope::Shown) != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, StreamTimeoutMs);
    QVERIFY(!finished.at(2).at(0).toBool());
    QVERIFY2(finished.at(2).at(1).toString().contains(QStringLiteral("out.ndjson")),
             qPrintable(finished.at(2).at(1).toString()));
    QVERIFY(view()->banners()->banner(QStringLiteral("export")) != nullptr);
}

void TestLiveEvents::exportSelection()
{
    QTableView* table = view()->table();
    table->clearSelection();
    for (const int row : {2, 5, 9})
        table->selectionModel()->select(tableIndex(row),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString file = m_dir.filePath(QStringLiteral("selection.ndjson"));
    QSignalSpy finished(view(), &LiveEventView::exportFinished);
    QVERIFY(view()->exportRows(file, LiveEventView::ExportScope::Selection) != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, StreamTimeoutMs);
    QVERIFY(finished.first().at(0).toBool());
    const QList<QByteArray> raws = shownRaws();
    QCOMPARE(readFile(file), raws.at(2) + '\n' + raws.at(5) + '\n' + raws.at(9) + '\n');
}

void TestLiveEvents::largeExportInSlicesAndCancel()
{
    // 60,000 rows through the real feed: the export copies them in several slices and writes
    // on a worker thread, reporting progress on the way.
    view()->stop();
    view()->clear();
    EventIndexer indexer;
    for (int i = 0; i < 60'000; ++i) {
        const QByteArray line =
                R"({"routing":{"sid":"aaaaaaaa-1111-4111-8111-)"
                + QByteArray::number(i % 7).rightJustified(12, '0') + R"(","hostname":"host-)"
                + QByteArray::number(i % 13) + R"(","event_type":"NEW_PROCESS","event_time":)"
                + QByteArray::number(1'765'000'000'000 + i)
                + R"(},"event":{"COMMAND_LINE":"run, "quoted" )" + QByteArray::number(i) + R"("}})";
        view()->feed()->acceptLine(indexer.index(line));
    }
    view()->feed()->endBatch();
    view()->feed()->flush();
    QCOMPARE(model()->rowCount(), 60'000);

    const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
    QSignalSpy finished(view(), &LiveEventView::exportFinished);
    LiveExportJob* job = view()->exportRows(csv, LiveEventView::ExportScope::Shown);
    QVERIFY(job);
    QSignalSpy progress(job, &LiveExportJob::progress);
    // A second export waits for the first.
    QVERIFY(view()->exportRows(m_dir.filePath(QStringLiteral("second.csv")),
                               LiveEventView::ExportScope::Shown)
            == nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, LoadTimeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(progress.size() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(60'000));
    bool ok = false;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(readFile(csv)), &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 60'001);
    QCOMPARE(records.at(60'000).at(6),
             QString::fromUtf8(
                     model()->index(59'999, 0).data(LiveEventModel::RawRole).toByteArray()));

    // Cancelled: no file appears under the chosen name.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.ndjson"));
    job = view()->exportRows(cancelled, LiveEventView::ExportScope::Shown);
    QVERIFY(job);
    job->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, LoadTimeoutMs);
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY(finished.at(1).at(1).toString().contains(QStringLiteral("cancelled")));
    QVERIFY(!QFileInfo::exists(cancelled));
    view()->clear();
}

void TestLiveEvents::recordThenOpenRecording()
{
    // Record a fresh Spout, stop, then open the file: the same rows, in the same order.
    const QString file = m_dir.filePath(QStringLiteral("session.ndjson.gz"));
    startSpout(QStringLiteral("event"));
    QString error;
    QVERIFY2(view()->startRecording(file, &error), qPrintable(error));
    // Every record the feed stores from here on is also written to the file.
    const qint64 firstRecorded = view()->store()->endSeq();
    QVERIFY(view()->isRecording());
    QVERIFY(view()->recordAction()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(view()->recordingLabel()->text().contains(QStringLiteral("line")),
                             5'000);
    QVERIFY(view()->recordingLabel()->text().contains(QStringLiteral("session.ndjson.gz")));
    QTRY_VERIFY_WITH_TIMEOUT(view()->store()->endSeq() - firstRecorded >= 40, StreamTimeoutMs);
    view()->stop();
    QTRY_COMPARE(view()->stream()->state(), LiveStream::State::Stopped);
    view()->stopRecording();
    QVERIFY(!view()->isRecording());
    QVERIFY(QFileInfo::exists(file));

    QList<QByteArray> recorded;
    for (qint64 seq = firstRecorded; seq < view()->store()->endSeq(); ++seq)
        recorded.append(view()->store()->at(seq).raw.toByteArray());
    QVERIFY(recorded.size() >= 40);

    playRecording(file, static_cast<int>(recorded.size()));
    QCOMPARE(shownRaws(), recorded);
}

void TestLiveEvents::watchLiveEventsOfASensor()
{
    // From the sensor list's menu: the live view opens on a Spout of that sensor only.
    m_window->showSensors();
    SensorListView* sensors = m_window->sensorList();
    QTRY_VERIFY_WITH_TIMEOUT(sensors->model()->rowCount() > 0, LoadTimeoutMs);
    sensors->table()->setCurrentIndex(sensors->model()->index(0, 0));
    const QString sid = sensors->currentSid();
    QVERIFY(!sid.isEmpty());
    QAction* watch = nullptr;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&Watch Live Events"))
            watch = action;
    }
    QVERIFY(watch);
    watch->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), view());

    // The sensor shortcuts rest while the live view is in front: Ctrl+I there must not
    // isolate the sensor still selected out of sight.
    SensorActions* actions = m_window->sensorActions();
    QVERIFY(!actions->isolateAction()->isEnabled());
    QVERIFY(!actions->taskAction()->isEnabled());
    QVERIFY(!actions->findAction()->isEnabled());
    m_window->showSensors();
    QVERIFY(actions->isolateAction()->isEnabled());
    QVERIFY(actions->findAction()->isEnabled());
    m_window->showLiveEvents();
    QVERIFY(!actions->isolateAction()->isEnabled());

    QCOMPARE(view()->sourceBar()->sensorEdit()->text(), sid);
    QCOMPARE(view()->sourceBar()->spoutOptions().sid, sid);
    QTRY_COMPARE_WITH_TIMEOUT(view()->stream()->state(), LiveStream::State::Live, LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 3, LoadTimeoutMs);
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QByteArray raw = model()->index(row, 0).data(LiveEventModel::RawRole).toByteArray();
        QVERIFY2(raw.contains(sid.toUtf8()), raw.constData());
    }
    view()->stop();
    view()->sourceBar()->sensorEdit()->clear();
}

void TestLiveEvents::failedStreamOffersReconnect()
{
    // A recording that is not there: the error is shown, and there is nothing to reconnect.
    view()->openRecording(m_dir.filePath(QStringLiteral("no-such-recording.ndjson")));
    QTRY_VERIFY_WITH_TIMEOUT(view()->banners()->banner(QStringLiteral("stream")) != nullptr,
                             StreamTimeoutMs);
    InlineBanner* banner = view()->banners()->banner(QStringLiteral("stream"));
    QCOMPARE(banner->kind(), InlineBanner::Kind::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("no-such-recording")),
             qPrintable(banner->text()));
    QVERIFY(view()->reconnectButton()->isHidden());

    // A Spout the server refuses (a stream type it does not know) fails: the state says so,
    // the banner says why, and Reconnect is offered.
    LiveSourceBar* source = view()->sourceBar();
    source->setSource(LiveSourceBar::Source::Spout);
    source->typeBox()->addItem(QStringLiteral("bogus"));
    source->typeBox()->setCurrentText(QStringLiteral("bogus"));
    view()->start();
    QTRY_COMPARE_WITH_TIMEOUT(view()->stream()->state(), LiveStream::State::Failed, LoadTimeoutMs);
    QCOMPARE(view()->stateLabel()->text(), view()->stream()->stateText());
    QTRY_VERIFY(view()->banners()->banner(QStringLiteral("stream")) != nullptr);
    banner = view()->banners()->banner(QStringLiteral("stream"));
    QVERIFY(!banner->text().isEmpty());
    QVERIFY(banner->actionButton()->isVisibleTo(banner));
    QCOMPARE(banner->actionButton()->text(), QStringLiteral("Reconnect"));
    QVERIFY(!view()->reconnectButton()->isHidden());
    QCOMPARE(view()->startButton()->text(), QStringLiteral("Start"));
    QVERIFY(source->typeBox()->isEnabled());

    // With the type put right, Reconnect streams again.
    source->typeBox()->removeItem(source->typeBox()->findText(QStringLiteral("bogus")));
    source->typeBox()->setCurrentText(QStringLiteral("event"));
    view()->reconnectButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(view()->stream()->state(), LiveStream::State::Live, LoadTimeoutMs);
    QVERIFY(view()->reconnectButton()->isHidden());
    QVERIFY(view()->banners()->banner(QStringLiteral("stream")) == nullptr);
    view()->stop();
}

QHash<QString, OutputInfo> TestLiveEvents::outputs()
{
    OutputApi api(m_window->session()->client());
    ApiRequest* request = api.list();
    auto result = std::make_shared<std::optional<QHash<QString, OutputInfo>>>();
    const QString oid = m_window->session()->oid();
    QObject::connect(request, &ApiRequest::finished, request, [request, result, oid] {
        if (request->isOk())
            *result = OutputApi::parseList(request->object(), oid);
        else
            *result = QHash<QString, OutputInfo>();
    });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, StreamTimeoutMs))
        qWarning("listing the outputs timed out");
    return result->value_or(QHash<QString, OutputInfo>());
}

bool TestLiveEvents::addLeftoverOutput(const QString& name)
{
    // What a crashed session leaves: an output pointing at a listener that is gone.
    FormData parameters;
    parameters.add(QStringLiteral("dest_host"), QStringLiteral("127.0.0.1:9"));
    parameters.addBool(QStringLiteral("is_tls"), true);
    ApiRequest* request =
            OutputApi(m_window->session()->client())
                    .add(name, QStringLiteral("syslog"), QStringLiteral("event"), parameters);
    auto ok = std::make_shared<std::optional<bool>>();
    QObject::connect(request, &ApiRequest::finished, request,
                     [request, ok] { *ok = request->isOk(); });
    return QTest::qWaitFor([&ok] { return ok->has_value(); }, StreamTimeoutMs)
           && ok->value_or(false);
}

void TestLiveEvents::firehoseAsksAboutLeftoverOutput()
{
    const QString output = QStringLiteral("tmp_live_guitest");
    LiveSourceBar* source = view()->sourceBar();
    source->setSource(LiveSourceBar::Source::Firehose);
    QVERIFY(source->listenEdit()->isVisibleTo(view()));
    source->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    source->outputNameEdit()->setText(QStringLiteral("guitest"));

    // Cancel: nothing starts and the leftover stays.
    QVERIFY(addLeftoverOutput(output));
    view()->start();
    QTRY_VERIFY_WITH_TIMEOUT(view()->leftoverQuestion() && view()->leftoverQuestion()->isVisible(),
                             StreamTimeoutMs);
    QVERIFY(view()->leftoverQuestion()->text().contains(output));
    view()->leftoverQuestion()->button(QMessageBox::Cancel)->click();
    QTRY_COMPARE_WITH_TIMEOUT(view()->stream()->state(), LiveStream::State::Stopped,
                              StreamTimeoutMs);
    QVERIFY(outputs().contains(output));

    // Remove it and start: a fresh output points here, the cloud (the emulator) connects over
    // TLS and pushes events into the table; Stop deletes the output.
    view()->start();
    QTRY_VERIFY_WITH_TIMEOUT(view()->leftoverQuestion() && view()->leftoverQuestion()->isVisible(),
                             StreamTimeoutMs);
    QPushButton* remove = nullptr;
    for (QAbstractButton* button : view()->leftoverQuestion()->buttons()) {
        if (button->text().contains(QStringLiteral("Remove")))
            remove = qobject_cast<QPushButton*>(button);
    }
    QVERIFY(remove);
    remove->click();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 20, LoadTimeoutMs);
    QCOMPARE(view()->stream()->state(), LiveStream::State::Live);
    QCOMPARE(view()->stateLabel()->text(), view()->stream()->stateText());
    const QHash<QString, OutputInfo> registered = outputs();
    QVERIFY(registered.contains(output));
    QVERIFY(registered.value(output)
                    .parameter(QStringLiteral("dest_host"))
                    .startsWith(QStringLiteral("127.0.0.1:")));
    QString why;
    QVERIFY2(countersAddUp(&why), qPrintable(why));

    view()->stop();
    QTRY_COMPARE_WITH_TIMEOUT(view()->stream()->state(), LiveStream::State::Stopped,
                              StreamTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!outputs().contains(output), StreamTimeoutMs);
    source->setSource(LiveSourceBar::Source::Spout);
}

void TestLiveEvents::closingDeletesTheFirehoseOutput()
{
    const QString output = QStringLiteral("tmp_live_guitest");
    LiveSourceBar* source = view()->sourceBar();
    source->setSource(LiveSourceBar::Source::Firehose);
    source->listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    source->outputNameEdit()->setText(QStringLiteral("guitest"));
    view()->start();
    QTRY_VERIFY_WITH_TIMEOUT(outputs().contains(output), StreamTimeoutMs);

    // The window waits for the output to be deleted, then closes.
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), StreamTimeoutMs);
    QVERIFY(!outputs().contains(output));
}

int main(int argc, char* argv[])
{
    return runGuiTest<TestLiveEvents>(argc, argv, "tst_gui_LiveEvents");
}

#include "TestLiveEvents.moc"
