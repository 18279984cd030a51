// SPDX-License-Identifier: GPL-3.0-or-later
// The rotating log file, the scrubbing of secrets and the diagnostics text.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "LcDesk.h"
#include "diagnostics/DiagnosticLog.h"
#include "diagnostics/DiagnosticsReport.h"
#include "diagnostics/LogFile.h"
#include "diagnostics/LogScrubber.h"

using namespace lc;

namespace {

const QString ApiKey = QStringLiteral("3f1c9a2e-7b4d-4e8f-9a61-0c5d2b7e8f14");
const QString Oid = QStringLiteral("8cbe27f4-bfa1-4afb-ba19-138cd51389cd");
// A real-looking token: header {"alg":"RS256","typ":"JWT"}, a payload, a signature.
const QString Jwt = QStringLiteral("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
                                   "eyJvaWQiOiI4Y2JlMjdmNCIsImV4cCI6MTcwMDAwMDAwMH0."
                                   "Qk5lV2lOZ0xBc3VyZVNpZ25hdHVyZQ_-x");

QString readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void rotatesBySize();
    void singleFileStartsAgain();
    void fileIsPrivate();
    void scrubs_data();
    void scrubs();
    void keepsOrdinaryText_data();
    void keepsOrdinaryText();
    void knownSecretsAreRemoved();
    void categoriesReachTheFileScrubbed();
    void levelFilters();
    void installedLogRotates();
    void diagnosticsHoldNoSecret();
};

void TestLogFile::cleanup()
{
    DiagnosticLog::uninstall();
}

void TestLogFile::rotatesBySize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogFile log(dir.filePath(QStringLiteral("logs/lcdesk.log")), 1024, 3);
    for (int index = 0; index < 100; ++index)
        QVERIFY(log.writeLine(QStringLiteral("line %1 ").arg(index, 3, 10, QLatin1Char('0'))
                              + QString(88, QLatin1Char('x'))));

    // 100-byte lines: 10 to a file, three files, the newest in lcdesk.log.
    QStringList kept;
    for (int index = 2; index >= 0; --index) {
        const QString path = log.rotatedPath(index);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY(QFileInfo(path).size() <= 1024);
        kept += readAll(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QVERIFY(!QFile::exists(log.rotatedPath(3)));
    QCOMPARE(kept.size(), 30);
    QVERIFY(kept.constFirst().startsWith(QLatin1String("line 070 ")));
    QVERIFY(kept.constLast().startsWith(QLatin1String("line 099 ")));
    for (int index = 1; index < kept.size(); ++index)
        QVERIFY(kept.at(index - 1) < kept.at(index));
}

void TestLogFile::singleFileStartsAgain()
{
    QTemporaryDir dir;
    LogFile log(dir.filePath(QStringLiteral("one.log")), 1024, 1);
    for (int index = 0; index < 25; ++index)
        QVERIFY(log.writeLine(QString(99, QLatin1Char('a' + index))));
    QVERIFY(QFileInfo(log.path()).size() <= 1024);
    QVERIFY(readAll(log.path()).startsWith(QString(99, QLatin1Char('a' + 20))));
    QVERIFY(!QFile::exists(log.rotatedPath(1)));
}

void TestLogFile::fileIsPrivate()
{
    QTemporaryDir dir;
    LogFile log(dir.filePath(QStringLiteral("new/lcdesk.log")), 4096, 2);
    QVERIFY(log.writeLine(QStringLiteral("hello")));
    QCOMPARE(QFile::permissions(log.path()) & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("new"))) & 0x0077,
             QFileDevice::Permissions());
}

void TestLogFile::scrubs_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");

    QTest::newRow("jwt alone") << QStringLiteral("token renewed: %1 (expires in 3600 s)").arg(Jwt)
                               << Jwt;
    QTest::newRow("bearer header")
            << QStringLiteral("GET /v1/sensors Authorization: Bearer %1").arg(Jwt) << Jwt;
    QTest::newRow("bearer opaque") << QStringLiteral("header bearer Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5")
                                   << QStringLiteral("Zm9vYmFyYmF6cXV4");
    QTest::newRow("form secret")
            << QStringLiteral("POST /jwt oid=%1&secret=%2&uid=").arg(Oid, ApiKey) << ApiKey;
    QTest::newRow("json api_key")
            << QStringLiteral(R"({"oid": "%1", "api_key": "%2"})").arg(Oid, ApiKey) << ApiKey;
    QTest::newRow("yaml api_key") << QStringLiteral("  api_key: %1").arg(ApiKey) << ApiKey;
    QTest::newRow("key in prose")
            << QStringLiteral("using the API key for env prod, %1, from the keychain").arg(ApiKey)
            << ApiKey;
    QTest::newRow("password") << QStringLiteral("password=hunter2-correct-horse")
                              << QStringLiteral("hunter2");
    QTest::newRow("token value") << QStringLiteral("refresh_token: abcDEF0123456789xyz")
                                 << QStringLiteral("abcDEF0123456789xyz");
    QTest::newRow("url password") << QStringLiteral(
            "proxy https://analyst:s3cr3tPass@proxy.example:8080/")
                                  << QStringLiteral("s3cr3tPass");
}

void TestLogFile::scrubs()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);

    QVERIFY(line.contains(secret));
    const QString scrubbed = LogScrubber::scrub(line);
    QVERIFY2(!scrubbed.contains(secret), qPrintable(scrubbed));
    QVERIFY2(scrubbed.contains(LogScrubber::redacted()), qPrintable(scrubbed));
}

void TestLogFile::keepsOrdinaryText_data()
{
    QTest::addColumn<QString>("line");

    QTest::newRow("org id") << QStringLiteral("opened organisation %1 (Demo Org)").arg(Oid);
    QTest::newRow("sensor") << QStringLiteral("tagged sensor %1 with vip").arg(Oid);
    QTest::newRow("request") << QStringLiteral("GET https://api.limacharlie.io/v1/sensors/%1 "
                                               "-> 200 in 35 ms")
                                        .arg(Oid);
    QTest::newRow("words") << QStringLiteral("stream connected; 1204 events, 3 dropped");
}

void TestLogFile::keepsOrdinaryText()
{
    QFETCH(QString, line);
    QCOMPARE(LogScrubber::scrub(line), line);
}

void TestLogFile::knownSecretsAreRemoved()
{
    const QString line = QStringLiteral("weird place for it: %1").arg(QStringLiteral("zz9plural"));
    QVERIFY(!LogScrubber::scrub(line, {QStringLiteral("zz9plural")})
                     .contains(QLatin1String("zz9")));
    // Too short to be a secret: it would blank out ordinary words.
    QCOMPARE(LogScrubber::scrub(QStringLiteral("an ox"), {QStringLiteral("ox")}),
             QStringLiteral("an ox"));
}

void TestLogFile::categoriesReachTheFileScrubbed()
{
    QTemporaryDir dir;
    DiagnosticLog::Options options;
    options.directory = dir.path();
    options.level = DiagnosticLog::Level::Info;
    DiagnosticLog::install(options);
    QCOMPARE(DiagnosticLog::filePath(), dir.filePath(DiagnosticLog::fileName()));

    qCInfo(lcAuth) << "exchanging key" << ApiKey << "for a token";
    qCInfo(lcAuth).noquote() << QStringLiteral("POST /jwt oid=%1&secret=%2").arg(Oid, ApiKey);
    qCWarning(lcApi).noquote() << QStringLiteral("retrying with Authorization: Bearer %1").arg(Jwt);
    qCInfo(lcStream).noquote() << "spout connected with" << Jwt;
    qCInfo(lcCreds).nospace() << "api_key: " << ApiKey;

    const QString text = readAll(DiagnosticLog::filePath());
    QVERIFY2(!text.contains(ApiKey), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("Qk5lV2lOZ0xBc3VyZVNpZ25hdHVyZQ")));
    QCOMPARE(text.count(QLatin1Char('\n')), 5);
    QVERIFY(text.contains(QLatin1String(" I lc.auth: ")));
    QVERIFY(text.contains(QLatin1String(" W lc.api: retrying")));
    QVERIFY(text.contains(Oid));

    const QStringList recent = DiagnosticLog::recentLines(2);
    QCOMPARE(recent.size(), 2);
    QVERIFY(recent.constLast().contains(QLatin1String("lc.creds")));
    QVERIFY(!recent.join(QLatin1Char('\n')).contains(ApiKey));
}

void TestLogFile::levelFilters()
{
    QTemporaryDir dir;
    DiagnosticLog::Options options;
    options.directory = dir.path();
    options.level = DiagnosticLog::Level::Warning;
    DiagnosticLog::install(options);

    qCInfo(lcSensors) << "info-at-warning";
    qCWarning(lcSensors) << "warning-at-warning";
    qCDebug(lcSync) << "debug-at-warning";
    DiagnosticLog::setLevel(DiagnosticLog::Level::Debug);
    qCDebug(lcSync) << "debug-at-debug";
    qDebug() << "plain-debug-at-debug";
    DiagnosticLog::setLevel(DiagnosticLog::Level::Info);
    qCDebug(lcSync) << "debug-at-info";
    qDebug() << "plain-debug-at-info";
    qCInfo(lcUi) << "info-at-info";

    const QString text = readAll(dir.filePath(DiagnosticLog::fileName()));
    QVERIFY(!text.contains(QLatin1String("info-at-warning")));
    QVERIFY(text.contains(QLatin1String("warning-at-warning")));
    QVERIFY(!text.contains(QLatin1String("debug-at-warning")));
    QVERIFY(text.contains(QLatin1String("D lc.sync: debug-at-debug")));
    QVERIFY(text.contains(QLatin1String("plain-debug-at-debug")));
    QVERIFY(!text.contains(QLatin1String("debug-at-info")));
    QVERIFY(text.contains(QLatin1String("info-at-info")));

    DiagnosticLog::setLevel(DiagnosticLog::Level::Off);
    QVERIFY(DiagnosticLog::filePath().isEmpty());
    qCWarning(lcUi) << "warning-when-off";
    QVERIFY(!readAll(dir.filePath(DiagnosticLog::fileName()))
                     .contains(QLatin1String("warning-when-off")));
    QVERIFY(DiagnosticLog::recentLines(1).constFirst().contains(QLatin1String("warning-when-off")));

    QCOMPARE(DiagnosticLog::parseLevel(QStringLiteral(" DEBUG ")), DiagnosticLog::Level::Debug);
    QCOMPARE(DiagnosticLog::parseLevel(QStringLiteral("warn")), DiagnosticLog::Level::Warning);
    QVERIFY(!DiagnosticLog::parseLevel(QStringLiteral("loud")).has_value());
}

void TestLogFile::installedLogRotates()
{
    QTemporaryDir dir;
    DiagnosticLog::Options options;
    options.directory = dir.path();
    options.maxBytes = 4096;
    options.maxFiles = 5;
    DiagnosticLog::install(options);
    for (int index = 0; index < 400; ++index)
        qCInfo(lcStream).noquote()
                << QStringLiteral("event batch %1 with key %2").arg(index).arg(ApiKey);

    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, QStringList({QStringLiteral("lcdesk.log"), QStringLiteral("lcdesk.log.1"),
                                 QStringLiteral("lcdesk.log.2"), QStringLiteral("lcdesk.log.3"),
                                 QStringLiteral("lcdesk.log.4")}));
    for (const QString& name : files) {
        const QString text = readAll(dir.filePath(name));
        QVERIFY(QFileInfo(dir.filePath(name)).size() <= 4096);
        QVERIFY2(!text.contains(ApiKey), qPrintable(name));
    }
    QVERIFY(readAll(dir.filePath(QStringLiteral("lcdesk.log")))
                    .contains(QLatin1String("event batch 399 ")));
}

void TestLogFile::diagnosticsHoldNoSecret()
{
    QTemporaryDir dir;
    DiagnosticLog::Options options;
    options.directory = dir.path();
    DiagnosticLog::install(options);
    qCInfo(lcAuth) << "session for" << Oid << "key" << ApiKey;
    qCInfo(lcApi).noquote() << QStringLiteral("Authorization: Bearer %1").arg(Jwt);

    DiagnosticsReport report = DiagnosticsReport::withApplicationFacts();
    report.addSection(QStringLiteral("Session"));
    report.addFact(QStringLiteral("Organisation"), Oid);
    // A fact that should never be added, caught by the known secret all the same.
    report.addFact(QStringLiteral("Odd"), QStringLiteral("prefix%1suffix").arg(ApiKey));
    report.addKnownSecret(ApiKey);
    report.setLogLines(DiagnosticLog::recentLines(50));
    const QString text = report.text();

    QVERIFY(text.contains(QStringLiteral(LCDESK_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("Organisation: ") + Oid));
    QVERIFY(text.contains(dir.filePath(DiagnosticLog::fileName())));
    QVERIFY(text.contains(QLatin1String("lc.auth: session for")));
    QVERIFY2(!text.contains(ApiKey), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9")),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "TestLogFile.moc"
