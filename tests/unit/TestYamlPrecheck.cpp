// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "credentials/CredentialsError.h"
#include "credentials/YamlCodec.h"
#include "sync/YamlReader.h"
#include "yaml/YamlParseGuard.h"
#include "yaml/YamlPrecheck.h"

using lc::ConfigDiagnostic;
using lc::ConfigValue;
using lc::YamlPrecheck;
using Stray = lc::YamlPrecheck::Stray;
using lc::YamlReader;
using namespace Qt::StringLiterals;

// A comma outside any flow collection where YAML expects a new token: refused with its line
// and column before yaml-cpp, which never returns on some of these.
class TestYamlPrecheck : public QObject
{
    Q_OBJECT

private slots:
    void strayCommasAreFound_data();
    void strayCommasAreFound();
    void validCommasAreLeftAlone_data();
    void validCommasAreLeftAlone();
    void communityRulesHaveNoStrayComma();
    void syncReaderRefusesInsteadOfHanging();
    void unreadableTextIsFound_data();
    void unreadableTextIsFound();
    void credentialsFileRefusesInsteadOfHanging();
    void parseGuardFindsWhereYamlCppStops();
    void parseGuardPassesRealRules();
    void byteOrderMarkIsRead();
};

void TestYamlPrecheck::strayCommasAreFound_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<Stray>("stray");

    // Each of the first ten made yaml-cpp 0.7 loop forever.
    QTest::newRow("after a quoted document") << QByteArray("\"a\"\n,") << 2 << 1 << Stray::Comma;
    QTest::newRow("alone") << QByteArray(",") << 1 << 1 << Stray::Comma;
    QTest::newRow("right after a quote") << QByteArray("\"a\",") << 1 << 4 << Stray::Comma;
    QTest::newRow("after a quote and a blank") << QByteArray("\"a\" ,b") << 1 << 5 << Stray::Comma;
    QTest::newRow("single quoted") << QByteArray("'a'\n,") << 2 << 1 << Stray::Comma;
    QTest::newRow("after a flow list") << QByteArray("[a]\n,") << 2 << 1 << Stray::Comma;
    QTest::newRow("after a flow map") << QByteArray("{a: 1}\n,") << 2 << 1 << Stray::Comma;
    QTest::newRow("under a sequence") << QByteArray("- a\n,") << 2 << 1 << Stray::Comma;
    QTest::newRow("after a comment") << QByteArray("\"a\"\n# c\n,") << 3 << 1 << Stray::Comma;
    QTest::newRow("after a marker") << QByteArray("--- ,") << 1 << 5 << Stray::Comma;

    QTest::newRow("after an anchor") << QByteArray("&x ,") << 1 << 4 << Stray::Comma;
    QTest::newRow("right after an anchor") << QByteArray("&\xf8!,") << 1 << 4 << Stray::Comma;
    QTest::newRow("right after an alias") << QByteArray("k: *a, b") << 1 << 6 << Stray::Comma;
    QTest::newRow("under a comment") << QByteArray("# c\n  ,") << 2 << 3 << Stray::Comma;
    QTest::newRow("plain after a quote")
            << QByteArray("'x'i\n,") << 1 << 4 << Stray::TextAfterClose;
    QTest::newRow("second root node")
            << QByteArray("'it'i'_t'[a]\n__---_?'[a]\n,") << 1 << 5 << Stray::TextAfterClose;
    QTest::newRow("tagged root") << QByteArray(" !!int r_mtd:..&&&gst'g]t'g]\n\n,") << 3 << 1
                                 << Stray::Comma;
    QTest::newRow("anchored root") << QByteArray("&x a\n,") << 2 << 1 << Stray::Comma;
    // Valid YAML, but yaml-cpp reads it one way or another depending on what came before.
    QTest::newRow("document continued by a comma")
            << QByteArray("a\nb'\n,") << 3 << 1 << Stray::Comma;
    QTest::newRow("after a marker") << QByteArray("--- a\n,") << 2 << 1 << Stray::Comma;
    QTest::newRow("text after a quote")
            << QByteArray("\".\"\"\"0Uenv:_0,0U\t_0") << 1 << 4 << Stray::TextAfterClose;
    QTest::newRow("quote after a quote")
            << QByteArray("k: 'a'' b'x \"c, d\"") << 1 << 11 << Stray::TextAfterClose;
    QTest::newRow("map value") << QByteArray("k: ,") << 1 << 4 << Stray::Comma;
    QTest::newRow("after a quoted value") << QByteArray("k: \"a\" , b") << 1 << 8 << Stray::Comma;
    QTest::newRow("sequence entry") << QByteArray("- ,") << 1 << 3 << Stray::Comma;
    QTest::newRow("not indented enough to continue")
            << QByteArray("rules:\n  - name\n  , other") << 3 << 3 << Stray::Comma;
    QTest::newRow("after a multi-line quote")
            << QByteArray("k: \"a\n  b\" ,") << 2 << 6 << Stray::Comma;
    QTest::newRow("with a byte order mark")
            << QByteArray("\xEF\xBB\xBF\"a\",") << 1 << 4 << Stray::Comma;
    QTest::newRow("quote opened after a quote")
            << QByteArray("\"\n\"\"\n\"\n,\n,") << 2 << 2 << Stray::TextAfterClose;
    QTest::newRow("text after a list") << QByteArray("[a]b, c") << 1 << 4 << Stray::TextAfterClose;
    QTest::newRow("quote never closed")
            << QByteArray("oid: \"unterminated\napi_key: k\n") << 1 << 6 << Stray::UnclosedQuote;
    QTest::newRow("quote never closed in a list")
            << QByteArray("k: [a, 'b\nj: 1\n") << 1 << 8 << Stray::UnclosedQuote;
    QTest::newRow("CRLF") << QByteArray("a: 1\r\n\"b\"\r\n,\r\n") << 3 << 1 << Stray::Comma;
}

void TestYamlPrecheck::strayCommasAreFound()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(Stray, stray);

    int foundLine = 0;
    int foundColumn = 0;
    QCOMPARE(YamlPrecheck::findStray(text, &foundLine, &foundColumn), stray);
    QCOMPARE(foundLine, line);
    QCOMPARE(foundColumn, column);
}

void TestYamlPrecheck::validCommasAreLeftAlone_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("plain value") << QByteArray("description: a, b, c");
    QTest::newRow("apostrophe in a plain value") << QByteArray("k: don't, ever\nj: 'x, y'");
    QTest::newRow("plain continuation") << QByteArray("k: first\n  , second");
    QTest::newRow("tagged continuation") << QByteArray("!!str a\n b, c");
    QTest::newRow("tagged value continuation") << QByteArray("k: !!str x,\n  y\nj: 1");
    QTest::newRow("value on the next line") << QByteArray("key:\n  value\n  , more");
    QTest::newRow("entry on the next line") << QByteArray("- \n  value\n  , more");
    QTest::newRow("flow list") << QByteArray("[a, b]");
    QTest::newRow("flow list over lines") << QByteArray("k: [a,\n  b, {c: 1, d: [2, 3]}]");
    QTest::newRow("quoted in flow") << QByteArray("k: [\"a,]\", 'b'', c']\nj: 1");
    QTest::newRow("apostrophe in flow") << QByteArray("k: [don't, x]\nj: 1");
    QTest::newRow("double-quoted escapes") << QByteArray("k: \"a\\\", b\"\nj: 2");
    QTest::newRow("single-quoted escape") << QByteArray("k: 'it''s, here'\nj: 2");
    QTest::newRow("comment") << QByteArray("k: 1 # a, b\n# , c\n");
    QTest::newRow("literal block") << QByteArray("k: |\n  a\n  , b\n\n  , c\nj: 1");
    QTest::newRow("folded block with header") << QByteArray("- >-  # note\n  , b\n- c");
    QTest::newRow("URL and colon") << QByteArray("url: http://x/a,b\nt: 12:30, 1");
    QTest::newRow("JSON-style key") << QByteArray("\"a\":b, c\n[x]: y, z");
    QTest::newRow("quoted key") << QByteArray("\"a, b\": 1\n'c,d': [1, 2]");
    QTest::newRow("JSON document") << QByteArray("{\"a\": [1, 2], \"b\": {\"c\": \"d,e\"}}");
    QTest::newRow("anchor and alias") << QByteArray("a: &x [1, 2]\nb: *x\nc: !!str a, b");
    QTest::newRow("verbatim tag") << QByteArray("\"id\": !<tag:yaml.org,2002:str> \"\"\nk: 1");
    QTest::newRow("directive") << QByteArray("%YAML 1.1\n---\na: b, c\n...\n");
    QTest::newRow("tabs after values") << QByteArray("a: b,\tc\t\nd: e");
}

void TestYamlPrecheck::validCommasAreLeftAlone()
{
    QFETCH(QByteArray, text);

    int line = 0;
    int column = 0;
    QVERIFY2(YamlPrecheck::findStray(text, &line, &column) == YamlPrecheck::Stray::None,
             qPrintable(u"flagged at %1:%2"_s.arg(line).arg(column)));

    QList<ConfigDiagnostic> diagnostics;
    ConfigValue value;
    QVERIFY(YamlReader::read(text, u"valid.yaml"_s, &value, &diagnostics)
            || !diagnostics.isEmpty());
}

void TestYamlPrecheck::communityRulesHaveNoStrayComma()
{
    int files = 0;
    QDirIterator it(QStringLiteral(LCDESK_RULES_DIR), {u"*.yaml"_s, u"*.yml"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        int line = 0;
        int column = 0;
        QVERIFY2(YamlPrecheck::findStray(file.readAll(), &line, &column)
                         == YamlPrecheck::Stray::None,
                 qPrintable(u"%1:%2:%3"_s.arg(file.fileName()).arg(line).arg(column)));
        ++files;
    }
    QVERIFY(files > 1000);
}

void TestYamlPrecheck::syncReaderRefusesInsteadOfHanging()
{
    QList<ConfigDiagnostic> diagnostics;
    ConfigValue value;
    QVERIFY(!YamlReader::read("rules:\n  - \"a\"\n,\n", u"rules.yaml"_s, &value, &diagnostics));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().file, u"rules.yaml"_s);
    QCOMPARE(diagnostics.first().line, 3);
    QCOMPARE(diagnostics.first().column, 1);
    QVERIFY2(diagnostics.first().message.contains(u"quote"_s),
             qPrintable(diagnostics.first().message));
}

void TestYamlPrecheck::unreadableTextIsFound_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    // A NUL before a comma made yaml-cpp loop forever.
    QTest::newRow("NUL first") << QByteArray("\0,", 2) << 1 << 1;
    QTest::newRow("escape character") << QByteArray("a: 1\nb: \x1b[0m") << 2 << 4;
    QTest::newRow("DEL") << QByteArray("k: \x7f") << 1 << 4;
    QTest::newRow("C1 control") << QByteArray("k: \xc2\x90") << 1 << 4;
    QTest::newRow("not UTF-8") << QByteArray("k: caf\xe9\n") << 1 << 7;
}

void TestYamlPrecheck::unreadableTextIsFound()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);

    QList<ConfigDiagnostic> diagnostics;
    ConfigValue value;
    QVERIFY(!YamlReader::read(text, u"odd.yaml"_s, &value, &diagnostics));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, line);
    QCOMPARE(diagnostics.first().column, column);

    QVERIFY(YamlPrecheck::unreadableAt("k: caf\xc3\xa9, tab\there\r\n\xc2\x85") < 0);
}

void TestYamlPrecheck::credentialsFileRefusesInsteadOfHanging()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config"_s);

    lc::CredentialsError error;
    YAML::Node root;
    QVERIFY(!lc::YamlCodec::parse("oid: \"a\"\n,\n", path, &root, &error));
    QCOMPARE(error.code, lc::CredentialsError::Code::SyntaxError);
    QCOMPARE(error.line, 2);
    QCOMPARE(error.column, 1);
    QVERIFY2(error.message.contains(u"line 2"_s), qPrintable(error.message));
}

void TestYamlPrecheck::byteOrderMarkIsRead()
{
    // Notepad saves UTF-8 with a byte order mark; PyYAML reads such a file, so LC Desk does.
    QCOMPARE(YamlPrecheck::unreadableAt("\xEF\xBB\xBFk: caf\xc3\xa9\n"), -1);
    QCOMPARE(YamlPrecheck::unreadableAt("\xEF\xBB\xBFk: \x1b"), 6);

    QList<ConfigDiagnostic> diagnostics;
    ConfigValue value;
    QVERIFY2(YamlReader::read("\xEF\xBB\xBFversion: 3\nhives:\n  fp: {}\n", u"bom.yaml"_s, &value,
                              &diagnostics),
             qPrintable(diagnostics.isEmpty() ? QString() : diagnostics.first().message));
    QVERIFY(diagnostics.isEmpty());
    QVERIFY(value.isMap());
    QVERIFY(value.contains(u"version"_s));
}

void TestYamlPrecheck::parseGuardFindsWhereYamlCppStops()
{
    // No comma: a '?' after an anchored root node. yaml-cpp's loaders never returned.
    const QByteArray text("&x a\n?\n");
    int line = 0;
    int column = 0;
    QCOMPARE(YamlPrecheck::findStray(text, &line, &column), Stray::None);
    QVERIFY(lc::YamlParseGuard::isUnusual(text));
    QVERIFY(!lc::YamlParseGuard::readsToEnd(text, &line, &column));
    QCOMPARE(line, 2);
    QCOMPARE(column, 1);

    QList<ConfigDiagnostic> diagnostics;
    ConfigValue value;
    QVERIFY(!YamlReader::read(text, u"odd.yaml"_s, &value, &diagnostics));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 2);
    QVERIFY2(diagnostics.first().message.contains(u"cannot be read on"_s),
             qPrintable(diagnostics.first().message));

    lc::CredentialsError error;
    YAML::Node root;
    QVERIFY(lc::YamlCodec::parse("oid: o\n", u"/x/.limacharlie"_s, &root, &error));
    QVERIFY(!lc::YamlCodec::parse(text, u"/x/.limacharlie"_s, &root, &error));
    QCOMPARE(error.line, 2);

    // A document that merely ends early is not stuck: two documents are read to the end.
    QVERIFY(lc::YamlParseGuard::readsToEnd("a: 1\n---\nb: &x 2\n", &line, &column));
    QVERIFY(!lc::YamlParseGuard::isUnusual("description: a, b\nrules:\n  - x: 'y'\n"));
}

void TestYamlPrecheck::parseGuardPassesRealRules()
{
    int files = 0;
    int unusual = 0;
    QDirIterator it(QStringLiteral(LCDESK_RULES_DIR), {u"*.yaml"_s, u"*.yml"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        int line = 0;
        int column = 0;
        QVERIFY2(lc::YamlParseGuard::readsToEnd(text, &line, &column),
                 qPrintable(u"%1:%2:%3"_s.arg(file.fileName()).arg(line).arg(column)));
        unusual += lc::YamlParseGuard::isUnusual(text) ? 1 : 0;
        ++files;
    }
    // The guard costs about half a load: it must stay off for most ordinary rule files.
    QVERIFY2(unusual * 5 < files, qPrintable(u"%1 of %2"_s.arg(unusual).arg(files)));
}

QTEST_GUILESS_MAIN(TestYamlPrecheck)
#include "TestYamlPrecheck.moc"
