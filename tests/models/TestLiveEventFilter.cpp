// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "LiveEventFilter.h"

using lc::LiveEventFilter;
using namespace Qt::StringLiterals;

class TestLiveEventFilter : public QObject
{
    Q_OBJECT

private slots:
    void terms();
    void pathForms_data();
    void pathForms();
    void quotes();
    void errors();
};

void TestLiveEventFilter::terms()
{
    QString error;
    const LiveEventFilter f = LiveEventFilter::parse(
            u"type:NEW_PROCESS TYPE:dns host:über sid:aaaa detections cmd.exe Whoami"_qs, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(f.types, (QStringList{u"NEW_PROCESS"_qs, u"dns"_qs}));
    QCOMPARE(f.host, u"über");
    QCOMPARE(f.sid, u"aaaa");
    QVERIFY(f.detectionsOnly);
    QCOMPARE(f.words, (QStringList{u"cmd.exe"_qs, u"Whoami"_qs}));
    QVERIFY(f.path.isEmpty());
    QVERIFY(!f.isEmpty());

    QVERIFY(LiveEventFilter::parse(u"   "_qs).isEmpty());
    // A form being typed filters nothing yet.
    QVERIFY(LiveEventFilter::parse(u"type: host:"_qs).isEmpty());
}

void TestLiveEventFilter::pathForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("spaced") << u"routing/event_type = DNS_REQUEST"_qs;
    QTest::newRow("joined") << u"routing/event_type=DNS_REQUEST"_qs;
    QTest::newRow("left") << u"routing/event_type= DNS_REQUEST"_qs;
    QTest::newRow("right") << u"routing/event_type =DNS_REQUEST"_qs;
}

void TestLiveEventFilter::pathForms()
{
    QFETCH(QString, text);
    QString error;
    const LiveEventFilter f = LiveEventFilter::parse(u"word "_qs + text + u" type:X"_qs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(f.path, u"routing/event_type");
    QCOMPARE(f.pathValue, u"DNS_REQUEST");
    QCOMPARE(f.words, QStringList{u"word"_qs});
    QCOMPARE(f.types, QStringList{u"X"_qs});
}

void TestLiveEventFilter::quotes()
{
    QString error;
    const LiveEventFilter f = LiveEventFilter::parse(
            uR"(host:"my pc" "two words" "detections" event.NAME="a b")"_qs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(f.host, u"my pc");
    QCOMPARE(f.words, (QStringList{u"two words"_qs, u"detections"_qs}));
    QVERIFY(!f.detectionsOnly);
    QCOMPARE(f.path, u"event.NAME");
    QCOMPARE(f.pathValue, u"a b");
}

void TestLiveEventFilter::errors()
{
    QString error;
    LiveEventFilter::parse(u"type:X \"unterminated"_qs, &error);
    QCOMPARE(error, u"unterminated quote at 8");
    LiveEventFilter::parse(u"a/x=1 b.y=2"_qs, &error);
    QVERIFY(error.contains(u"only one"_qs));

    // Glued to a value, a path needs '/' or '.': other text with '=' stays a word.
    const LiveEventFilter words = LiveEventFilter::parse(u"a=b SQBFAFgA=="_qs, &error);
    QVERIFY(error.isEmpty());
    QVERIFY(words.path.isEmpty());
    QCOMPARE(words.words, QStringList({u"a=b"_qs, u"SQBFAFgA=="_qs}));
    const LiveEventFilter colon = LiveEventFilter::parse(u"event/FILE_PATH=C:\\x\\y.exe"_qs);
    QCOMPARE(colon.path, u"event/FILE_PATH"_qs);
    QCOMPARE(colon.pathValue, u"C:\\x\\y.exe"_qs);
    LiveEventFilter::parse(u"fine"_qs, &error);
    QVERIFY(error.isEmpty());
}

QTEST_GUILESS_MAIN(TestLiveEventFilter)
#include "TestLiveEventFilter.moc"
