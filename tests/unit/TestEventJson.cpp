// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "StreamTestData.h"
#include "stream/EventJson.h"
#include "stream/VisibleText.h"

using lc::EventJson;
using lc::VisibleText;
using namespace Qt::StringLiterals;

class TestEventJson : public QObject
{
    Q_OBJECT

private slots:
    void c20AllLinesParse();
    void errorsSayWhere();
    void valueAtPaths();
    void visibleMarkers();
    void c20VisibleText();
    void elided();
};

void TestEventJson::c20AllLinesParse()
{
    const QList<QByteArray> lines = streamtest::lines(streamtest::read(u"C20/stream.bin"_qs));
    QCOMPARE(lines.size(), 7);
    const QList<bool> repaired = {false, true, false, true, false, false, false};
    for (int i = 0; i < lines.size(); ++i) {
        const EventJson::Result result = EventJson::parse(lines.at(i));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.value.isObject());
        QCOMPARE(result.repaired, repaired.at(i));
    }
    const auto path = [&](int line, const QString& p) {
        return EventJson::valueAt(EventJson::parse(lines.at(line)).value, p).toString();
    };
    QCOMPARE(path(0, u"event/FILE_PATH"_qs), u"C:\\Users\\ana\\Downloads\\invoice\u202Efdp.exe"_qs);
    QCOMPARE(path(1, u"event.FILE_PATH"_qs), u"C:\\tmp\\bad\uFFFDname.txt"_qs);
    QCOMPARE(path(2, u"event/COMMAND_LINE"_qs), u"echo \U0001F525 \u200D done"_qs);
    QCOMPARE(path(3, u"event/COMMAND_LINE"_qs), u"cat caf\uFFFD.txt"_qs);
    QCOMPARE(path(4, u"routing/hostname"_qs), u"U\u0308ber-PC"_qs);
    QCOMPARE(path(5, u"event/COMMAND_LINE"_qs), QString(u"a\0b visible-after-nul"_qs));
    QCOMPARE(path(5, u"event/COMMAND_LINE"_qs).size(), 21);
}

void TestEventJson::errorsSayWhere()
{
    const EventJson::Result result = EventJson::parse(R"({"a":1,"b":})");
    QVERIFY(result.value.isUndefined() || result.value.isNull());
    QVERIFY2(result.error.contains(u"at byte 12"_qs), qPrintable(result.error));
    QVERIFY(!EventJson::parse("not json").error.isEmpty());
}

void TestEventJson::valueAtPaths()
{
    const QJsonValue root =
            EventJson::parse(R"({"routing":{"hostname":"h"},"event":{"LIST":[{"A":1},{"A":2}],)"
                             R"("N":4812}})")
                    .value;
    QCOMPARE(EventJson::valueAt(root, u"routing/hostname"_qs).toString(), u"h");
    QCOMPARE(EventJson::valueAt(root, u"/routing/hostname"_qs).toString(), u"h");
    QCOMPARE(EventJson::valueAt(root, u"event.N"_qs).toInt(), 4812);
    QCOMPARE(EventJson::valueAt(root, u"event/LIST/1/A"_qs).toInt(), 2);
    QCOMPARE(EventJson::valueAt(root, u"event.LIST.0.A"_qs).toInt(), 1);
    QVERIFY(EventJson::valueAt(root, u"event/LIST/2/A"_qs).isUndefined());
    QVERIFY(EventJson::valueAt(root, u"event/LIST/x"_qs).isUndefined());
    QVERIFY(EventJson::valueAt(root, u"event/N/deeper"_qs).isUndefined());
    QVERIFY(EventJson::valueAt(root, u"nothing"_qs).isUndefined());
    QVERIFY(EventJson::valueAt(root, QString()).isObject());
}

void TestEventJson::visibleMarkers()
{
    QCOMPARE(VisibleText::mark(u"plain text"_qs), u"plain text");
    QVERIFY(!VisibleText::needsMarking(u"caf\u00E9 \U0001F525"_qs));
    QCOMPARE(VisibleText::mark(u"a\u202Eb"_qs), u"a<U+202E>b");
    // Other characters that show nothing or hide what follows.
    QCOMPARE(VisibleText::mark(u"line\u2028sep"_qs), u"line<U+2028>sep");
    QCOMPARE(VisibleText::mark(u"soft\u00ADhyphen"_qs), u"soft<U+00AD>hyphen");
    QCOMPARE(VisibleText::mark(u"mongol\u180Eian"_qs), u"mongol<U+180E>ian");
    QCOMPARE(VisibleText::mark(QStringLiteral("tag") + QString::fromUcs4(U"\U000E0041") + u"s"_qs),
             u"tag<U+E0041>s");
    // A byte-order mark at the start survives decoding, so it can be shown.
    QCOMPARE(VisibleText::mark(VisibleText::decode("\xEF\xBB\xBF"
                                                   "bom")),
             u"<U+FEFF>bom");
    QCOMPARE(VisibleText::mark(u"x\u200By\u200Dz\uFEFF"_qs), u"x<U+200B>y<U+200D>z<U+FEFF>");
    QCOMPARE(VisibleText::mark(QString(u"a\0b"_qs)), u"a<NUL>b");
    QCOMPARE(VisibleText::mark(u"a\tb\nc\u0085\u001B"_qs), u"a<TAB>b<LF>c<U+0085><ESC>");
    QCOMPARE(VisibleText::mark(u"bad\uFFFD"_qs), u"bad<U+FFFD>");
    QCOMPARE(VisibleText::mark(u"\u2066x\u2069\u200E"_qs), u"<U+2066>x<U+2069><U+200E>");
    QCOMPARE(VisibleText::mark(u"fire \U0001F525"_qs), u"fire \U0001F525");
    QString lone = u"a"_qs;
    lone.append(QChar(0xD800));
    QCOMPARE(VisibleText::mark(lone), u"a<U+D800>");
}

void TestEventJson::c20VisibleText()
{
    const QList<QByteArray> lines = streamtest::lines(streamtest::read(u"C20/stream.bin"_qs));
    const auto shown = [&](int line, const QString& p) {
        return VisibleText::mark(
                EventJson::valueAt(EventJson::parse(lines.at(line)).value, p).toString());
    };
    const QString name = shown(0, u"event/FILE_PATH"_qs);
    QVERIFY(name.endsWith(u"invoice<U+202E>fdp.exe"));
    QVERIFY(!name.contains(QChar(0x202E)));
    QVERIFY(shown(1, u"event/FILE_PATH"_qs).endsWith(u"bad<U+FFFD>name.txt"));
    QCOMPARE(shown(2, u"event/COMMAND_LINE"_qs), u"echo \U0001F525 <U+200D> done");
    QCOMPARE(shown(3, u"event/COMMAND_LINE"_qs), u"cat caf<U+FFFD>.txt");
    QCOMPARE(shown(4, u"routing/hostname"_qs), u"U\u0308ber-PC");
    QCOMPARE(shown(5, u"event/COMMAND_LINE"_qs), u"a<NUL>b visible-after-nul");
}

void TestEventJson::elided()
{
    const QString longText(500, u'x');
    const QString cut = VisibleText::markElided(longText, 200);
    QCOMPARE(cut.size(), 200);
    QVERIFY(cut.endsWith(QChar(0x2026)));
    QCOMPARE(VisibleText::markElided(u"short"_qs, 200), u"short");
    QCOMPARE(VisibleText::markElided(u"a\u202Eb"_qs, 200), u"a<U+202E>b");
    const QString marked = VisibleText::markElided(QString(300, QChar(0x202E)), 50);
    QVERIFY(marked.size() <= 50 + 8);
    QVERIFY(marked.startsWith(u"<U+202E><U+202E>"));
    QVERIFY(marked.endsWith(QChar(0x2026)));
}

QTEST_GUILESS_MAIN(TestEventJson)
#include "TestEventJson.moc"
