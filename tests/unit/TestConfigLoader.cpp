// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "sync/ConfigLoader.h"
#include "sync/YamlReader.h"

using lc::ConfigDiagnostic;
using lc::ConfigLoader;
using lc::ConfigValue;
using lc::SyncConfig;
using lc::SyncItem;
using lc::YamlReader;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString& relative)
{
    return QStringLiteral(LCDESK_SYNC_DATA_DIR "/") + relative;
}

QStringList errors(const SyncConfig& config)
{
    QStringList result;
    for (const ConfigDiagnostic& diagnostic : config.diagnostics) {
        if (diagnostic.isError())
            result.append(diagnostic.toString());
    }
    return result;
}

QList<ConfigDiagnostic> warnings(const SyncConfig& config)
{
    QList<ConfigDiagnostic> result;
    for (const ConfigDiagnostic& diagnostic : config.diagnostics) {
        if (!diagnostic.isError())
            result.append(diagnostic);
    }
    return result;
}

const SyncItem* find(const SyncConfig& config, const QString& name)
{
    for (const SyncItem& item : config.items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

void write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// The detect value at path/to/value of a rule with an "or" list of {path, value} checks.
QByteArray orValue(const SyncItem* rule, const QString& path)
{
    for (const ConfigValue& check :
         rule->body.value(QStringLiteral("detect")).value(QStringLiteral("rules")).items()) {
        if (check.value(QStringLiteral("path")).text() == path)
            return check.value(QStringLiteral("value")).toJson();
    }
    return "(absent)";
}

} // namespace

class TestConfigLoader : public QObject
{
    Q_OBJECT

private slots:
    void c08EmptyAndCommentOnlyIncludes_data();
    void c08EmptyAndCommentOnlyIncludes();
    void c08NullRulesIsAnEmptySection();
    void c12Yaml11Scalars();
    void c12DateStops();
    void c14DuplicateRuleKey();
    void c14DuplicateKeyInRule();
    void c14Tabs();
    void c14SameRuleInTwoIncludes();
    void includesRelativeToTheirFile();
    void includeReachedTwiceIsReadOnce();
    void includeCycle();
    void missingIncludeAndUnknownVersion();
    void hostileYaml_data();
    void hostileYaml();
    void devicesAndPipesAreNotRead();
    void mergeKeysAndAnchors();
    void c13AnchorsDoNotCrossFiles();
    void c13Templates();
    void exactNumbers();
    void version3Hives();
    void communityRulePack();
};

void TestConfigLoader::c08EmptyAndCommentOnlyIncludes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("included");
    QTest::newRow("empty") << "lc-empty-include.yaml"
                           << "empty.yaml";
    QTest::newRow("comments only") << "lc-comments-include.yaml"
                                   << "comments-only.yaml";
}

void TestConfigLoader::c08EmptyAndCommentOnlyIncludes()
{
    QFETCH(QString, file);
    QFETCH(QString, included);
    const SyncConfig config = ConfigLoader::load(data(QStringLiteral("C08/") + file));
    QVERIFY(config.hasErrors());
    const QStringList found = errors(config);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(included + QStringLiteral(": error: ")),
             qPrintable(found.first()));
    QVERIFY2(found.first().contains(included + QStringLiteral(" has no version key")),
             qPrintable(found.first()));
    QVERIFY(config.items.isEmpty());
}

void TestConfigLoader::c08NullRulesIsAnEmptySection()
{
    const SyncConfig config = ConfigLoader::load(data(QStringLiteral("C08/lc-null-rules.yaml")));
    QVERIFY2(!config.hasErrors(), qPrintable(errors(config).join(u'\n')));
    QVERIFY(config.items.isEmpty());
    // The file names the rules section, so a forced push may remove rules (after asking).
    QVERIFY(config.hasRules);
}

void TestConfigLoader::c12Yaml11Scalars()
{
    // Without the date rule, which is an error of its own.
    QFile source(data(QStringLiteral("C12/rules.yaml")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    text.truncate(text.indexOf("  a-date:"));
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("rules.yaml")), text);

    const SyncConfig config = ConfigLoader::load(dir.filePath(QStringLiteral("rules.yaml")));
    QVERIFY2(!config.hasErrors(), qPrintable(errors(config).join(u'\n')));

    const SyncItem* norway = find(config, QStringLiteral("geo-norway"));
    QVERIFY(norway);
    QCOMPARE(norway->body.value(QStringLiteral("detect")).value(QStringLiteral("value")).toJson(),
             QByteArray("false"));
    const SyncItem* caseFlag = find(config, QStringLiteral("case-flag"));
    QCOMPARE(caseFlag->body.value(QStringLiteral("detect"))
                     .value(QStringLiteral("case sensitive"))
                     .toJson(),
             QByteArray("false"));

    const SyncItem* toggles = find(config, QStringLiteral("toggles"));
    QCOMPARE(orValue(toggles, QStringLiteral("event/A")), QByteArray("true"));
    QCOMPARE(orValue(toggles, QStringLiteral("event/B")), QByteArray("false"));
    QCOMPARE(orValue(toggles, QStringLiteral("event/C")), QByteArray("true"));
    QCOMPARE(orValue(toggles, QStringLiteral("event/D")), QByteArray("\"y\""));
    QCOMPARE(orValue(toggles, QStringLiteral("event/E")), QByteArray("\"n\""));

    const SyncItem* numbers = find(config, QStringLiteral("numbers"));
    QCOMPARE(orValue(numbers, QStringLiteral("event/MODE")), QByteArray("493"));
    QCOMPARE(orValue(numbers, QStringLiteral("event/FLAGS")), QByteArray("31"));
    QCOMPARE(orValue(numbers, QStringLiteral("event/EXP1")), QByteArray("\"1e3\""));
    QCOMPARE(orValue(numbers, QStringLiteral("event/EXP2")), QByteArray("1000.0"));
    QCOMPARE(orValue(numbers, QStringLiteral("event/TIME")), QByteArray("750"));
    QCOMPARE(orValue(numbers, QStringLiteral("event/LEADING0")), QByteArray("\"08\""));
    QCOMPARE(orValue(numbers, QStringLiteral("event/NOTHING")), QByteArray("null"));

    // A warning at the line of each value another reader would take differently, suggesting
    // quotes; none for a flag written yes/no, a float with a dot or a null.
    QList<int> lines;
    for (const ConfigDiagnostic& warning : warnings(config)) {
        QVERIFY2(warning.message.contains(QStringLiteral("quote")), qPrintable(warning.message));
        QCOMPARE(warning.file, QStringLiteral("rules.yaml"));
        lines.append(warning.line);
    }
    QCOMPARE(lines, (QList<int>{8, 21, 22, 23, 24, 25, 31, 32, 33, 35, 36}));
    QVERIFY(warnings(config).first().message.contains(QStringLiteral("value: \"NO\"")));
}

void TestConfigLoader::c12DateStops()
{
    const SyncConfig config = ConfigLoader::load(data(QStringLiteral("C12/rules.yaml")));
    const QStringList found = errors(config);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(QStringLiteral("rules.yaml:43:14: error: value: 2024-01-01")),
             qPrintable(found.first()));
}

void TestConfigLoader::c14DuplicateRuleKey()
{
    const SyncConfig config = ConfigLoader::load(data(QStringLiteral("C14/dup-rule.yaml")));
    const QStringList found = errors(config);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(QStringLiteral("dup-rule.yaml:9:3: error: duplicate key "
                                                     "block-lolbin at lines 3 and 9")),
             qPrintable(found.first()));
}

void TestConfigLoader::c14DuplicateKeyInRule()
{
    const SyncConfig config = ConfigLoader::load(data(QStringLiteral("C14/dup-op.yaml")));
    const QStringList found = errors(config);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QStringLiteral("duplicate key op at lines 6 and 9")),
             qPrintable(found.first()));
    QVERIFY2(found.first().contains(QStringLiteral("two-ops")), qPrintable(found.first()));
}

void TestConfigLoader::c14Tabs()
{
    const SyncConfig config = ConfigLoader::load(data(QStringLiteral("C14/tabs.yaml")));
    const QStringList found = errors(config);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(QStringLiteral("tabs.yaml:5:1: error: tab character used "
                                                     "for indentation")),
             qPrintable(found.first()));
}

void TestConfigLoader::c14SameRuleInTwoIncludes()
{
    // Whatever the working directory: includes are relative to the file naming them.
    const QString before = QDir::currentPath();
    QDir::setCurrent(QDir::tempPath());
    const SyncConfig config = ConfigLoader::load(data(QStringLiteral("C14/cross/root.yaml")));
    QDir::setCurrent(before);

    const QStringList found = errors(config);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QStringLiteral("rule same-name defined in parts/p1.yaml "
                                                   "(line 3) and parts/p2.yaml (line 3)")),
             qPrintable(found.first()));
}

void TestConfigLoader::includesRelativeToTheirFile()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("lc.yaml")), "version: 3\ninclude:\n  - sub/a.yaml\n"
                                                   "  - \"more/**/*.yaml\"\n");
    write(dir.filePath(QStringLiteral("sub/a.yaml")),
          "version: 3\ninclude: b.yaml\nrules:\n  a: {detect: {op: exists}, respond: []}\n");
    write(dir.filePath(QStringLiteral("sub/b.yaml")),
          "version: 3\nrules:\n  b: {detect: {op: exists}, respond: []}\n");
    write(dir.filePath(QStringLiteral("more/z.yaml")),
          "version: 2\nrules:\n  z: {detect: {op: exists}, respond: []}\n");
    write(dir.filePath(QStringLiteral("more/deep/er/c.yaml")),
          "version: 1\noutputs:\n  siem: {module: syslog, for: detect, dest_host: h}\n");

    const QString before = QDir::currentPath();
    QDir::setCurrent(QDir::rootPath());
    const SyncConfig config = ConfigLoader::load(dir.filePath(QStringLiteral("lc.yaml")));
    QDir::setCurrent(before);

    QVERIFY2(!config.hasErrors(), qPrintable(errors(config).join(u'\n')));
    QStringList names;
    for (const SyncItem& item : config.items)
        names.append(item.name);
    // Globs in sorted order: more/deep/er/c.yaml before more/z.yaml.
    QCOMPARE(names, (QStringList{u"b"_s, u"a"_s, u"siem"_s, u"z"_s}));
    QCOMPARE(find(config, QStringLiteral("b"))->file, QStringLiteral("sub/b.yaml"));
    QVERIFY(config.hasOutputs);
}

void TestConfigLoader::includeReachedTwiceIsReadOnce()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("lc.yaml")),
          "version: 3\ninclude: [a.yaml, b.yaml, ./common.yaml]\n");
    write(dir.filePath(QStringLiteral("a.yaml")), "version: 3\ninclude: common.yaml\n");
    write(dir.filePath(QStringLiteral("b.yaml")), "version: 3\ninclude: sub/../common.yaml\n");
    write(dir.filePath(QStringLiteral("common.yaml")),
          "version: 3\nrules:\n  shared: {detect: {op: exists}, respond: []}\n");
    const SyncConfig config = ConfigLoader::load(dir.filePath(QStringLiteral("lc.yaml")));
    QVERIFY2(!config.hasErrors(), qPrintable(errors(config).join(u'\n')));
    QCOMPARE(config.items.size(), 1);
}

void TestConfigLoader::includeCycle()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("lc.yaml")), "version: 3\ninclude: a.yaml\n");
    write(dir.filePath(QStringLiteral("a.yaml")), "version: 3\ninclude: b.yaml\n");
    write(dir.filePath(QStringLiteral("b.yaml")), "version: 3\n\ninclude: a.yaml\n");
    const SyncConfig config = ConfigLoader::load(dir.filePath(QStringLiteral("lc.yaml")));
    const QStringList found = errors(config);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(QStringLiteral("b.yaml:3:")), qPrintable(found.first()));
    QVERIFY2(found.first().contains(QStringLiteral("include cycle: a.yaml → b.yaml → a.yaml")),
             qPrintable(found.first()));
}

void TestConfigLoader::missingIncludeAndUnknownVersion()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("lc.yaml")),
          "version: 3\ninclude:\n  - nothere.yaml\n  - v9.yaml\n  - \"none/*.yaml\"\n");
    write(dir.filePath(QStringLiteral("v9.yaml")), "version: 9\n");
    const SyncConfig config = ConfigLoader::load(dir.filePath(QStringLiteral("lc.yaml")));
    const QStringList found = errors(config);
    QCOMPARE(found.size(), 3);
    QVERIFY2(found.at(0).startsWith(QStringLiteral("lc.yaml:3:5: error: the included file "
                                                   "nothere.yaml does not exist")),
             qPrintable(found.at(0)));
    QVERIFY2(found.at(1).startsWith(QStringLiteral("v9.yaml:1:10: error: version 9 is not known")),
             qPrintable(found.at(1)));
    // A pattern matching nothing is an error too: with force, what it should have brought in
    // would be removed.
    QVERIFY2(found.at(2).startsWith(QStringLiteral("lc.yaml:5:5: error: the include pattern "
                                                   "none/*.yaml matches no file")),
             qPrintable(found.at(2)));
}

void TestConfigLoader::hostileYaml_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("two documents")
            << QByteArray("version: 3\nrules:\n  a: {detect: {op: exists}}\n---\nrules:\n"
                          "  b: {detect: {op: exists}}\n")
            << u"lc.yaml:5: error: the file holds more than one YAML document"_s;
    QTest::newRow("alias to itself")
            << QByteArray("version: 3\nx-a: &a\n  b: *a\nrules:\n  r: {detect: {op: exists}}\n")
            << u"error: nesting deeper than 200 levels"_s;
    QTest::newRow("number past JSON's range")
            << QByteArray("version: 3\nx-n: 1" + QByteArray(400, '0')
                          + "\nrules:\n  r: {detect: {op: exists}}\n")
            << u"lc.yaml:2:6: error: x-n: a number of 401 digits is more than JSON readers take"_s;
    QTest::newRow("merge of itself") << QByteArray(
            "version: 3\nx-a: &a\n  k: v\n  <<: *a\nrules:\n  r: {detect: {op: exists}}\n")
                                     << u"error: nesting deeper than 200 levels"_s;
    QTest::newRow("alias bomb") << QByteArray("version: 3\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
                                              "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                              "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                                              "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                              "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                                              "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                                              "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n")
                                << u"values (aliases repeated within aliases?)"_s;
    QTest::newRow("empty name") << QByteArray("version: 3\nrules:\n  \"\": {detect: {}}\n")
                                << u"error: \"\" cannot be a name"_s;
    QTest::newRow("dot dot") << QByteArray("version: 3\nrules:\n  ..: {detect: {}}\n")
                             << u"error: \"..\" cannot be a name"_s;
    QTest::newRow("newline in a name")
            << QByteArray("version: 3\nrules:\n  \"a\\n- rule x\": {detect: {}}\n")
            << u"holds an invisible or control character"_s;
    QTest::newRow("service name") << QByteArray(
            "version: 3\nrules:\n  __lc-service-rule: {detect: {}}\n")
                                  << u"names starting with __ belong to the service"_s;
    QTest::newRow("namespace typo")
            << QByteArray("version: 3\nrules:\n  r: {namespace: manged, detect: {}}\n")
            << u"the namespace manged does not exist"_s;
    QTest::newRow("detect not a mapping") << QByteArray("version: 3\nrules:\n  r: {detect: text}\n")
                                          << u"detect must be a mapping"_s;
    QTest::newRow("respond not a list")
            << QByteArray("version: 3\nrules:\n  r: {detect: {}, respond: {action: report}}\n")
            << u"respond must be a list of actions"_s;
    QTest::newRow("is_enabled as text")
            << QByteArray("version: 3\nrules:\n  r: {detect: {}, is_enabled: \"false\"}\n")
            << u"is_enabled must be true or false, not \"false\""_s;
}

// Input that would crash, hang, exhaust memory or push something else than meant is an error
// with its place, before anything else happens.
void TestConfigLoader::hostileYaml()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QTemporaryDir dir;
    write(dir.filePath(u"lc.yaml"_s), text);
    const SyncConfig config = ConfigLoader::load(dir.filePath(u"lc.yaml"_s));
    const QStringList found = errors(config);
    QVERIFY2(!found.isEmpty(), "no error");
    QVERIFY2(found.join(u'\n').contains(error), qPrintable(found.join(u'\n')));
    QVERIFY(config.items.isEmpty());
}

void TestConfigLoader::devicesAndPipesAreNotRead()
{
    // A rules folder from someone else's repository may link a rule file to /dev/zero: reading
    // it whole exhausted memory. A config named as /dev/zero did the same.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"rules"_s));
    QVERIFY(QFile::link(u"/dev/zero"_s, dir.filePath(u"rules/endless.yaml"_s)));
    const SyncConfig folder = ConfigLoader::load(dir.filePath(u"rules"_s));
    QStringList found = errors(folder);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(u"endless.yaml: error: cannot read: not a regular file"_s),
             qPrintable(found.first()));

    const SyncConfig device = ConfigLoader::load(u"/dev/zero"_s);
    found = errors(device);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(u"not a regular file"_s), qPrintable(found.first()));
}

void TestConfigLoader::mergeKeysAndAnchors()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("lc.yaml")),
          "version: 3\n"
          "rules:\n"
          "  base: &base\n"
          "    detect: &d {event: NEW_PROCESS, op: is, path: event/FILE_PATH, value: a.exe}\n"
          "    respond: [{action: report, name: base}]\n"
          "  derived:\n"
          "    <<: *base\n"
          "    detect:\n"
          "      <<: *d\n"
          "      value: b.exe\n");
    const SyncConfig config = ConfigLoader::load(dir.filePath(QStringLiteral("lc.yaml")));
    QVERIFY2(!config.hasErrors(), qPrintable(errors(config).join(u'\n')));
    const SyncItem* derived = find(config, QStringLiteral("derived"));
    QVERIFY(derived);
    const ConfigValue& detect = derived->body.value(QStringLiteral("detect"));
    QCOMPARE(detect.value(QStringLiteral("value")).text(), QStringLiteral("b.exe"));
    QCOMPARE(detect.value(QStringLiteral("event")).text(), QStringLiteral("NEW_PROCESS"));
    QCOMPARE(derived->body.value(QStringLiteral("respond")).toJson(),
             QByteArray(R"([{"action":"report","name":"base"}])"));
    QVERIFY(!detect.contains(QStringLiteral("<<")));
}

void TestConfigLoader::c13AnchorsDoNotCrossFiles()
{
    const SyncConfig config = ConfigLoader::load(data(QStringLiteral("C13/lc.yaml")));
    const QStringList found = errors(config);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(QStringLiteral("second.yaml:5:")), qPrintable(found.first()));
    QVERIFY2(found.first().contains(QStringLiteral("second.yaml uses the alias *ps_base")),
             qPrintable(found.first()));
}

void TestConfigLoader::c13Templates()
{
    // lc.yaml without its include line: the merges as field case C13 expects them.
    QFile source(data(QStringLiteral("C13/lc.yaml")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("lc.yaml")),
          source.readAll().replace("include: second.yaml\n", ""));
    const SyncConfig config = ConfigLoader::load(dir.filePath(QStringLiteral("lc.yaml")));
    QVERIFY2(!config.hasErrors(), qPrintable(errors(config).join(u'\n')));
    // The template section is neither synced nor warned about.
    QVERIFY(config.diagnostics.isEmpty());
    QCOMPARE(config.items.size(), 3);

    const auto detectOf = [&](const QString& name) {
        return find(config, name)->body.value(QStringLiteral("detect"));
    };
    const auto field = [](const ConfigValue& map, const char* key) {
        return map.value(QString::fromLatin1(key)).toJson();
    };
    const ConfigValue powershell = detectOf(QStringLiteral("tpl-powershell"));
    QCOMPARE(field(powershell, "event"), QByteArray("\"NEW_PROCESS\""));
    QCOMPARE(field(powershell, "op"), QByteArray("\"ends with\""));
    QCOMPARE(field(powershell, "path"), QByteArray("\"event/FILE_PATH\""));
    QCOMPARE(field(powershell, "case sensitive"), QByteArray("false"));
    QCOMPARE(field(powershell, "value"), QByteArray("\"powershell.exe\""));
    QCOMPARE(powershell.entries().size(), size_t(5));
    QCOMPARE(find(config, QStringLiteral("tpl-powershell"))
                     ->body.value(QStringLiteral("respond"))
                     .toJson(),
             QByteArray(R"([{"action":"report","name":"templated"},)"
                        R"({"action":"add tag","tag":"templated","ttl":3600}])"));

    // In a list of merges the earlier mapping wins.
    const ConfigValue listMerge = detectOf(QStringLiteral("tpl-list-merge"));
    QCOMPARE(field(listMerge, "path"), QByteArray("\"event/COMMAND_LINE\""));
    QCOMPARE(field(listMerge, "op"), QByteArray("\"ends with\""));
    QCOMPARE(field(listMerge, "value"), QByteArray("\"-enc\""));
    QVERIFY(!find(config, QStringLiteral("tpl-list-merge"))
                     ->body.contains(QStringLiteral("respond")));

    // An explicit key wins even when written before the merge.
    const ConfigValue overrideFirst = detectOf(QStringLiteral("tpl-override-first"));
    QCOMPARE(field(overrideFirst, "path"), QByteArray("\"event/PARENT/FILE_PATH\""));
    QCOMPARE(field(overrideFirst, "value"), QByteArray("\"winword.exe\""));
    for (const SyncItem& item : config.items)
        QVERIFY2(!item.body.toJson().contains("<<"), item.body.toJson().constData());
}

void TestConfigLoader::exactNumbers()
{
    ConfigValue value;
    QList<ConfigDiagnostic> diagnostics;
    QVERIFY(YamlReader::read("a: 9223372036854775807\nb: 18446744073709551615\n"
                             "c: 123456789012345678901234567890\nd: 0.1\ne: -0\nf: 1.5e-7\n"
                             "g: 3.0\nh: \"0755\"\ni: !!str 12\n",
                             QStringLiteral("n.yaml"), &value, &diagnostics));
    QCOMPARE(value.toJson(),
             QByteArray(R"({"a":9223372036854775807,"b":18446744073709551615,)"
                        R"("c":123456789012345678901234567890,"d":0.1,"e":0,"f":1.5e-07,)"
                        R"("g":3.0,"h":"0755","i":"12"})"));
    QVERIFY(diagnostics.isEmpty());
}

void TestConfigLoader::version3Hives()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("lc.yaml")),
          "version: 3\n"
          "hives:\n"
          "  dr-general:\n"
          "    r1:\n"
          "      data: {detect: {op: exists, path: event}, respond: []}\n"
          "      usr_mtd: {enabled: false, tags: [x]}\n"
          "  dr-managed:\n"
          "    r1:\n"
          "      data: {detect: {op: exists, path: event}, respond: []}\n"
          "  fp:\n"
          "    f1:\n"
          "      data: {op: is, path: cat, value: x}\n"
          "  secret:\n"
          "    s: {data: {secret: x}}\n"
          "integrity:\n"
          "  i: {patterns: []}\n");
    const SyncConfig config = ConfigLoader::load(dir.filePath(QStringLiteral("lc.yaml")));
    QVERIFY2(!config.hasErrors(), qPrintable(errors(config).join(u'\n')));
    QCOMPARE(config.items.size(), 3);
    QCOMPARE(config.items.at(0).ns, QStringLiteral("general"));
    QCOMPARE(config.items.at(0).body.value(QStringLiteral("is_enabled")).toJson(),
             QByteArray("false"));
    QCOMPARE(config.items.at(1).ns, QStringLiteral("managed"));
    QCOMPARE(config.items.at(2).kind, SyncItem::Kind::FalsePositive);
    QCOMPARE(config.managedNamespaces, (QStringList{u"general"_s, u"managed"_s}));
    // What is not synced is said, with its line.
    const QList<ConfigDiagnostic> left = warnings(config);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(0).line, 13);
    QVERIFY(left.at(0).message.contains(QStringLiteral("secret")));
    QCOMPARE(left.at(1).line, 15);
    QVERIFY(left.at(1).message.contains(QStringLiteral("integrity")));
}

// About 1,500 real rules, one per file, in folders: all load, each under its file's name (two
// rules of the pack may report the same detection).
void TestConfigLoader::communityRulePack()
{
    const SyncConfig config = ConfigLoader::load(QStringLiteral(LCDESK_RULES_DIR));
    QVERIFY2(!config.hasErrors(), qPrintable(errors(config).mid(0, 10).join(u'\n')));
    QVERIFY2(config.items.size() > 1400, QByteArray::number(config.items.size()));
    QCOMPARE(config.files.size(), config.items.size());
    const SyncItem* sysmon = find(config, QStringLiteral("sysmon_file_block_executable"));
    QVERIFY(sysmon);
    QCOMPARE(sysmon->body.value(QStringLiteral("detect")).value(QStringLiteral("value")).toJson(),
             QByteArray("\"27\""));
}

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "TestConfigLoader.moc"
