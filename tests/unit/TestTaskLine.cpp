// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

#include "investigate/CommandCatalog.h"
#include "investigate/Indicator.h"
#include "investigate/ResponseTable.h"
#include "investigate/TaskLine.h"
#include "sensors/Platform.h"

using lc::CommandCatalog;
using lc::CommandSpec;
using lc::Indicator;
using lc::ResponseTable;
using lc::TaskLine;
using namespace Qt::StringLiterals;

// Task lines, the command catalogue, SpotCheck indicators and reply tables: the pieces of the
// console that need no network.
class TestTaskLine : public QObject
{
    Q_OBJECT

private slots:
    void quoteEscapesBackslashesAndQuotes_data();
    void quoteEscapesBackslashesAndQuotes();
    void tokenizeReadsWhatQuoteWrote_data();
    void tokenizeReadsWhatQuoteWrote();
    void tokenizeKeepsUnquotedBackslashes();
    void catalogueCoversTheReference();
    void checkAcceptsGoodLines_data();
    void checkAcceptsGoodLines();
    void checkRefusesBadLines_data();
    void checkRefusesBadLines();
    void checkRefusesCommandsThePlatformLacks();
    void completionOffersCommandsThenFlags();
    void fieldCaseC22TaskLines();
    void badIndicatorsAreNamed_data();
    void badIndicatorsAreNamed();
    void indicatorTasks();
    void registryIndicatorsOnlyOnWindows();
    void responseTableFromProcesses();
    void responseTableFlattensNestedObjects();
    void responseTableAbsentForScalarReplies();
    void timesReadAsDates();
    void csvQuotesFields();
};

void TestTaskLine::quoteEscapesBackslashesAndQuotes_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"abc"_s << u"\"abc\""_s;
    QTest::newRow("windows path with space")
            << uR"(C:\Users\Public\evil tool.exe)"_s << uR"("C:\\Users\\Public\\evil tool.exe")"_s;
    QTest::newRow("quotes") << uR"(/tmp/dropper "v2")"_s << uR"("/tmp/dropper \"v2\"")"_s;
    QTest::newRow("trailing backslash") << uR"(C:\Temp\)"_s << uR"("C:\\Temp\\")"_s;
    QTest::newRow("backslash before quote") << uR"(a\"b)"_s << uR"("a\\\"b")"_s;
    QTest::newRow("empty") << QString() << u"\"\""_s;
    QTest::newRow("unicode") << u"C:\\Users\\Jürgen\\東京.txt"_s
                             << u"\"C:\\\\Users\\\\Jürgen\\\\東京.txt\""_s;
}

void TestTaskLine::quoteEscapesBackslashesAndQuotes()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(TaskLine::quote(argument), quoted);
}

void TestTaskLine::tokenizeReadsWhatQuoteWrote_data()
{
    quoteEscapesBackslashesAndQuotes_data();
}

void TestTaskLine::tokenizeReadsWhatQuoteWrote()
{
    QFETCH(QString, argument);
    const QString line = TaskLine::join(u"file_info"_s, {argument, u"-d"_s, u"3"_s});
    const QList<TaskLine::Token> tokens = TaskLine::tokenize(line);
    QCOMPARE(tokens.size(), 4);
    QCOMPARE(tokens.at(0).text, u"file_info"_s);
    QCOMPARE(tokens.at(1).text, argument);
    QCOMPARE(tokens.at(2).text, u"-d"_s);
    QCOMPARE(tokens.at(3).text, u"3"_s);
    QVERIFY(!tokens.at(1).unterminated);
}

void TestTaskLine::tokenizeKeepsUnquotedBackslashes()
{
    const QList<TaskLine::Token> tokens = TaskLine::tokenize(uR"(  file_hash   C:\Temp\a.exe  )"_s);
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens.at(1).text, uR"(C:\Temp\a.exe)"_s);
    QCOMPARE(tokens.at(1).start, 14);
    QVERIFY(!tokens.at(1).quoted);

    const QList<TaskLine::Token> open = TaskLine::tokenize(u"file_info \"C:\\\\x"_s);
    QVERIFY(open.last().unterminated);
    QCOMPARE(TaskLine::commandOf(u"  OS_Version --x"_s), u"os_version"_s);
}

void TestTaskLine::catalogueCoversTheReference()
{
    // Every command of the reference's table, by name.
    const QStringList expected{u"file_get"_s,
                               u"file_info"_s,
                               u"file_hash"_s,
                               u"file_del"_s,
                               u"file_mov"_s,
                               u"dir_list"_s,
                               u"dir_find_hash"_s,
                               u"mem_map"_s,
                               u"mem_read"_s,
                               u"mem_handles"_s,
                               u"mem_strings"_s,
                               u"mem_find_string"_s,
                               u"mem_find_handle"_s,
                               u"os_services"_s,
                               u"os_drivers"_s,
                               u"os_packages"_s,
                               u"os_kill_process"_s,
                               u"os_suspend"_s,
                               u"os_resume"_s,
                               u"os_processes"_s,
                               u"os_autoruns"_s,
                               u"os_version"_s,
                               u"os_users"_s,
                               u"reg_list"_s,
                               u"hidden_module_scan"_s,
                               u"exfil_add"_s,
                               u"exfil_del"_s,
                               u"exfil_get"_s,
                               u"history_dump"_s,
                               u"set_performance_mode"_s,
                               u"restart"_s,
                               u"uninstall"_s,
                               u"fim_add"_s,
                               u"fim_del"_s,
                               u"fim_get"_s,
                               u"yara_update"_s,
                               u"yara_scan"_s,
                               u"doc_cache_get"_s,
                               u"deny_tree"_s,
                               u"segregate_network"_s,
                               u"rejoin_network"_s,
                               u"netstat"_s,
                               u"dns_resolve"_s,
                               u"log_get"_s,
                               u"run"_s,
                               u"pcap_ifaces"_s};
    for (const QString& name : expected)
        QVERIFY2(CommandCatalog::find(name) != nullptr, qPrintable(name));

    QVERIFY(CommandCatalog::find(u"os_kill_process"_s)->destructive);
    QVERIFY(CommandCatalog::find(u"file_del"_s)->destructive);
    QVERIFY(!CommandCatalog::find(u"os_processes"_s)->destructive);
    QCOMPARE(CommandCatalog::find(u"yara_scan"_s)->completion, lc::Completion::UntilDone);
    QCOMPARE(CommandCatalog::find(u"reg_list"_s)->platforms, quint8(CommandSpec::Windows));
    QCOMPARE(CommandCatalog::usage(*CommandCatalog::find(u"dir_list"_s)),
             u"dir_list [-d DEPTH] rootDir fileExp"_s);
    QVERIFY(CommandCatalog::help(*CommandCatalog::find(u"file_del"_s)).contains(u"confirmation"_s));
}

void TestTaskLine::checkAcceptsGoodLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("bare") << u"os_processes"_s;
    QTest::newRow("flag") << u"os_processes -p 1234 --is-no-modules"_s;
    QTest::newRow("dir_list flag after positionals") << u"dir_list \"C:\\\\Users\" *.exe -d 3"_s;
    QTest::newRow("find hash, new form")
            << u"dir_find_hash \"C:\\\\Users\" \"*.exe\" "_s + QString(64, u'a') + u" --depth 3"_s;
    QTest::newRow("find hash, old form")
            << u"dir_find_hash -d 3 --hash "_s + QString(64, u'b') + u" /home *"_s;
    QTest::newRow("negative pid") << u"hidden_module_scan -1"_s;
    QTest::newRow("hex") << u"mem_read -p 4 0x7ff0000 1000"_s;
    QTest::newRow("registry") << u"reg_list hklm\\software"_s;
    QTest::newRow("repeatable") << u"fim_add --pattern a --pattern b"_s;
    QTest::newRow("yara") << u"yara_scan cnVsZSB4IHt9 -f \"/tmp/a b\" --is-no-validation"_s;
    QTest::newRow("case") << u"OS_VERSION"_s;
}

void TestTaskLine::checkAcceptsGoodLines()
{
    QFETCH(QString, line);
    const QString problem = CommandCatalog::check(line, CommandSpec::Windows);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTaskLine::checkRefusesBadLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << u"   "_s << u"Type a command"_s;
    QTest::newRow("unknown") << u"os_procs"_s << u"Unknown command \"os_procs\""_s;
    QTest::newRow("bad flag") << u"os_processes -x 3"_s << u"has no option -x"_s;
    QTest::newRow("flag without value") << u"os_processes -p"_s << u"-p needs a value"_s;
    QTest::newRow("not a number") << u"os_processes -p abc"_s << u"PID must be a number"_s;
    QTest::newRow("missing positional") << u"dir_list C:\\"_s << u"fileExp is missing"_s;
    QTest::newRow("too many") << u"file_info a b"_s << u"Too many arguments"_s;
    QTest::newRow("open quote") << u"file_info \"C:\\\\x"_s << u"quote is not closed"_s;
    QTest::newRow("line break") << u"file_info a\nos_version"_s << u"control characters"_s;
    QTest::newRow("bad hash") << u"dir_find_hash --hash abc / *"_s << u"SHA-256"_s;
    QTest::newRow("no hash") << u"dir_find_hash / *"_s << u"needs a SHA-256"_s;
    QTest::newRow("registry root") << u"reg_list software\\x"_s << u"must start with hkcr"_s;
    QTest::newRow("long registry root")
            << u"reg_list HKEY_LOCAL_MACHINE\\x"_s << u"hklm for HKEY_LOCAL_MACHINE"_s;
    QTest::newRow("twice") << u"os_processes -p 1 -p 2"_s << u"given twice"_s;
    QTest::newRow("required option") << u"mem_find_string 0"_s << u"-s is missing"_s;
}

void TestTaskLine::checkRefusesBadLines()
{
    QFETCH(QString, line);
    QFETCH(QString, says);
    const QString problem = CommandCatalog::check(line, CommandSpec::Windows);
    QVERIFY2(problem.contains(says), qPrintable(problem));
}

void TestTaskLine::checkRefusesCommandsThePlatformLacks()
{
    const quint8 onLinux = CommandCatalog::platformBit(lc::Platform::platformCode(u"linux"_s));
    QCOMPARE(onLinux, quint8(CommandSpec::Linux));
    QVERIFY(CommandCatalog::check(u"reg_list hklm"_s, onLinux).contains(u"not supported"_s));
    QVERIFY(CommandCatalog::check(u"os_processes"_s, onLinux).isEmpty());
    // An unknown platform is not held against the command.
    QVERIFY(CommandCatalog::check(u"reg_list hklm"_s, 0).isEmpty());
}

void TestTaskLine::completionOffersCommandsThenFlags()
{
    CommandCatalog::Completions first = CommandCatalog::complete(u"os_p"_s, 4);
    QCOMPARE(first.replaceFrom, 0);
    QCOMPARE(first.candidates, QStringList({u"os_packages"_s, u"os_processes"_s}));

    CommandCatalog::Completions flags = CommandCatalog::complete(u"os_processes --is"_s, 17);
    QCOMPARE(flags.replaceFrom, 13);
    QCOMPARE(flags.candidates, QStringList{u"--is-no-modules"_s});

    CommandCatalog::Completions all = CommandCatalog::complete(u"dir_list "_s, 9);
    QVERIFY(all.candidates.contains(u"-d"_s));
    QVERIFY(all.candidates.contains(u"--depth"_s));
    QVERIFY(CommandCatalog::complete(u"nope "_s, 5).candidates.isEmpty());
}

void TestTaskLine::fieldCaseC22TaskLines()
{
    // The paths as an analyst types them (C22/iocs.yaml) and the exact lines the sensor gets.
    QCOMPARE(Indicator::file(uR"(C:\Users\Public\evil tool.exe)"_s).firstTask(),
             uR"(file_info "C:\\Users\\Public\\evil tool.exe")"_s);
    QCOMPARE(Indicator::file(uR"(/tmp/dropper "v2")"_s).firstTask(),
             uR"(file_info "/tmp/dropper \"v2\"")"_s);

    Indicator hash = Indicator::fileHash(
            uR"(C:\Users)"_s, u"*.exe"_s, 3,
            u"zz5f1a8f3a5f0c4d2e1b0a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a"_s);
    QVERIFY2(hash.check().contains(u"not 64 hex characters, contains 'z'"_s),
             qPrintable(hash.check()));

    QList<Indicator> indicators{Indicator::file(uR"(C:\Users\Public\evil tool.exe)"_s), hash};
    // validate() lives with the engine; the indicator's own check is what it reports.
    QVERIFY(indicators.first().check().isEmpty());
}

void TestTaskLine::badIndicatorsAreNamed_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty file") << 0 << u"the path is empty"_s;
    QTest::newRow("short hash") << 1 << u"64 hexadecimal characters, this has 3"_s;
    QTest::newRow("no pattern") << 2 << u"pattern is empty"_s;
    QTest::newRow("negative depth") << 3 << u"depth cannot be negative"_s;
    QTest::newRow("registry root") << 4 << u"starts with hkcr"_s;
    QTest::newRow("http rule") << 5 << u"must be https"_s;
    QTest::newRow("missing rule file") << 6 << u"cannot be read"_s;
    QTest::newRow("newline") << 7 << u"control characters"_s;
    QTest::newRow("empty value") << 8 << u"value name is empty"_s;
}

void TestTaskLine::badIndicatorsAreNamed()
{
    QFETCH(int, which);
    QFETCH(QString, says);
    const QList<Indicator> bad{
            Indicator::file(u"  "_s),
            Indicator::fileHash(u"/"_s, u"*"_s, 1, u"abc"_s),
            Indicator::directory(u"/"_s, QString(), 1),
            Indicator::directory(u"/"_s, u"*"_s, -1),
            Indicator::registryKey(u"software\\run"_s),
            Indicator::yara(u"http://example.invalid/rule.yar"_s),
            Indicator::yara(u"/nonexistent/rule.yar"_s),
            Indicator::file(u"/tmp/a\nb"_s),
            Indicator::registryValue(u"hklm\\software"_s, QString()),
    };
    Indicator indicator = bad.at(which);
    indicator.load();
    QVERIFY2(indicator.check().contains(says), qPrintable(indicator.check()));
    QVERIFY2(indicator.check().contains(u"rejected"_s), qPrintable(indicator.check()));
}

void TestTaskLine::indicatorTasks()
{
    QCOMPARE(Indicator::directory(uR"(C:\Temp)"_s, u"*.dll"_s, 2).firstTask(),
             uR"(dir_list "C:\\Temp" "*.dll" -d 2)"_s);
    const QString sha = QString(64, u'A');
    QCOMPARE(Indicator::fileHash(u"/home"_s, u"*"_s, 4, sha).firstTask(),
             u"dir_find_hash \"/home\" \"*\" "_s + sha.toLower() + u" --depth 4"_s);
    QCOMPARE(Indicator::registryValue(uR"(hklm\software\run)"_s, u"x"_s).firstTask(),
             uR"(reg_list "hklm\\software\\run")"_s);
    QCOMPARE(Indicator::file(u"/a"_s).fileHashTask(u"/a b"_s), u"file_hash \"/a b\""_s);

    Indicator url = Indicator::yara(u"https://rules.example.invalid/x.yar"_s,
                                    Indicator::YaraScope::Process, u"chrome.exe"_s);
    QVERIFY(url.load());
    QCOMPARE(url.firstTask(),
             u"yara_scan https://rules.example.invalid/x.yar --is-no-validation -e chrome.exe"_s);
    QVERIFY(CommandCatalog::check(url.firstTask(), CommandSpec::Windows).isEmpty());
    QVERIFY(CommandCatalog::check(url.yaraFileTask(uR"(C:\a b.exe)"_s), 0).isEmpty());
}

void TestTaskLine::registryIndicatorsOnlyOnWindows()
{
    // The long root names Windows tools show are sent in the short form sensors take.
    const Indicator longRoot = Indicator::registryValue(
            uR"(HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Run)"_s, u"x"_s);
    QVERIFY2(longRoot.check().isEmpty(), qPrintable(longRoot.check()));
    QCOMPARE(longRoot.firstTask(),
             uR"(reg_list "hklm\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run")"_s);
    QCOMPARE(Indicator::registryKey(u"hkey_users"_s).path(), u"hku"_s);
    QVERIFY(!Indicator::registryKey(u"HKEY_LOCAL_MACHINEX\\a"_s).check().isEmpty());

    const Indicator key = Indicator::registryKey(u"hku"_s);
    QVERIFY(key.appliesTo(CommandSpec::Windows));
    QVERIFY(!key.appliesTo(CommandSpec::Linux));
    QVERIFY(Indicator::file(u"/x"_s).appliesTo(CommandSpec::MacOs));
}

void TestTaskLine::responseTableFromProcesses()
{
    const QJsonObject event = QJsonDocument::fromJson(R"({"PROCESSES":[
        {"PROCESS_ID":4,"FILE_PATH":"System","MEMORY_USAGE":1024},
        {"PROCESS_ID":612,"FILE_PATH":"C:\\Windows\\smss.exe","USER_NAME":"SYSTEM"}],
        "ERROR":0})")
                                      .object();
    const ResponseTable table = ResponseTable::fromEvent(event);
    QVERIFY(table.isValid());
    QCOMPARE(table.listKey(), u"PROCESSES"_s);
    // The columns an analyst reads first lead; the rest follow by name.
    QCOMPARE(table.columns(),
             QStringList({u"PROCESS_ID"_s, u"FILE_PATH"_s, u"USER_NAME"_s, u"MEMORY_USAGE"_s}));
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.value(1, table.columnOf(u"PROCESS_ID"_s)).toDouble(), 612.0);
    QCOMPARE(table.text(0, table.columnOf(u"USER_NAME"_s)), QString());
    QVERIFY(table.rowsAreProcesses());
    QVERIFY(table.rowsAreFiles());
}

void TestTaskLine::responseTableFlattensNestedObjects()
{
    const QJsonObject event = QJsonDocument::fromJson(R"({"NETWORK_ACTIVITY":[
        {"PROCESS_ID":9,"SOURCE":{"IP_ADDRESS":"10.0.0.1","PORT":5},"PROTOCOL":"tcp4",
         "TAGS":["a","b"]}]})")
                                      .object();
    const ResponseTable table = ResponseTable::fromEvent(event);
    QVERIFY(table.columns().contains(u"SOURCE/IP_ADDRESS"_s));
    QCOMPARE(table.text(0, table.columnOf(u"SOURCE/PORT"_s)), u"5"_s);
    QCOMPARE(table.text(0, table.columnOf(u"TAGS"_s)), u"[\"a\",\"b\"]"_s);
    // Whole lists come last, after the plain columns.
    QCOMPARE(table.columns().last(), u"TAGS"_s);
    QCOMPARE(table.columns().first(), u"PROCESS_ID"_s);
}

void TestTaskLine::responseTableAbsentForScalarReplies()
{
    const QJsonObject event =
            QJsonDocument::fromJson(R"({"VERSION_MAJOR":10,"LIST":[1,2],"EMPTY":[]})").object();
    QVERIFY(!ResponseTable::fromEvent(event).isValid());
}

void TestTaskLine::timesReadAsDates()
{
    const QJsonObject event = QJsonDocument::fromJson(R"({"DIRECTORY_LIST":[
        {"FILE_NAME":"a","CREATION_TIME":1700000000000,"ACCESS_TIME":1700000000,
         "FILE_SIZE":1700000000000}]})")
                                      .object();
    const ResponseTable table = ResponseTable::fromEvent(event);
    const QString expected = QDateTime::fromMSecsSinceEpoch(1700000000000LL)
                                     .toLocalTime()
                                     .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(table.displayText(0, table.columnOf(u"CREATION_TIME"_s)), expected);
    QCOMPARE(table.displayText(0, table.columnOf(u"ACCESS_TIME"_s)), expected);
    // Not a time column, and exports keep what the sensor sent.
    QCOMPARE(table.displayText(0, table.columnOf(u"FILE_SIZE"_s)), u"1700000000000"_s);
    QCOMPARE(table.text(0, table.columnOf(u"CREATION_TIME"_s)), u"1700000000000"_s);
    QVERIFY(table.toCsv().contains("1700000000000,"));
}

void TestTaskLine::csvQuotesFields()
{
    const QJsonObject event =
            QJsonDocument::fromJson(
                    R"({"DIRECTORY_LIST":[{"FILE_PATH":"C:\\a, \"b\".txt","FILE_SIZE":3}]})")
                    .object();
    QCOMPARE(ResponseTable::fromEvent(event).toCsv(),
             QByteArray("FILE_PATH,FILE_SIZE\r\n\"C:\\a, \"\"b\"\".txt\",3\r\n"));
}

QTEST_GUILESS_MAIN(TestTaskLine)
#include "TestTaskLine.moc"
