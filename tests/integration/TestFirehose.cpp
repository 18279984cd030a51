// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>

#include "EmulatorProcess.h"
#include "IntegrationChecks.h"
#include "RequestWaiter.h"
#include "StreamTestSink.h"
#include "TestClient.h"
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/OutputApi.h"
#include "stream/FirehoseListener.h"
#include "stream/SelfSignedCertificate.h"

using namespace lctest;
using namespace Qt::StringLiterals;
using State = lc::LiveStream::State;

namespace {

// The decrypted payloads of field case C02 (one write each): a record over three reads, a
// read that is pure continuation, a read that starts with "}\n", a read ending mid-record.
const QList<QByteArray> connA = {
        "{\"n\":1,\"e\":\"A\"}\n{\"n\":2,\"e\":\"B\"",
        ",\"x\":\"mid\"",
        "}\n{\"n\":3}\n{\"n\":",
        "4,\"p\":\"end\"}\n",
};
const QList<QByteArray> connB = {
        "{\"n\":10,\"conn\":\"b\"}\n{\"n\":11,",
        "\"conn\":\"b\"}\n",
};
const QList<QByteArray> expectedA = {
        "{\"n\":1,\"e\":\"A\"}",
        "{\"n\":2,\"e\":\"B\",\"x\":\"mid\"}",
        "{\"n\":3}",
        "{\"n\":4,\"p\":\"end\"}",
};

lc::FirehoseOptions loopbackOptions()
{
    lc::FirehoseOptions options;
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    return options;
}

// A feeder like LimaCharlie's syslog output: TLS without checking the listener's certificate.
std::unique_ptr<QSslSocket> connectFeeder(quint16 port)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    // Never a blocking wait: the listener runs in this same thread.
    QSignalSpy encrypted(socket.get(), &QSslSocket::encrypted);
    socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
    if (!encrypted.wait(10'000)) {
        qWarning() << "feeder handshake failed:" << socket->errorString();
        return nullptr;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return socket;
}

// One write, sent before the listener gets to read it, then a pause so each write arrives as
// its own read.
void writeChunk(QSslSocket& socket, const QByteArray& bytes)
{
    socket.write(bytes);
    socket.flush();
    QTest::qWait(100);
}

// TCP FIN without TLS close_notify: what OpenSSL 3 calls an "unexpected EOF".
void finWithoutCloseNotify(QSslSocket& socket)
{
    ::shutdown(static_cast<int>(socket.socketDescriptor()), SHUT_WR);
}

QList<QByteArray> withMarker(const QList<QByteArray>& records, const QByteArray& marker,
                             bool present)
{
    QList<QByteArray> result;
    for (const QByteArray& record : records) {
        if (record.contains(marker) == present)
            result.append(record);
    }
    return result;
}

QString casePath(const QString& relative)
{
    return QStringLiteral(LCDESK_CASES_DIR "/") + relative;
}

// The organisation's outputs as the emulator lists them, read with the harness's own token.
QJsonObject outputsOf(EmulatorProcess& emulator)
{
    const EmulatorProcess::ControlReply reply = emulator.apiCall(
            "GET", "/v1/outputs/" + emulator.oid().toLatin1(), emulator.mintJwt(emulator.apiKey()));
    return QJsonDocument::fromJson(reply.body).object().value(emulator.oid()).toObject();
}

QList<LoggedRequest> outputCalls(EmulatorProcess& emulator, const QString& method, bool* ok)
{
    QList<LoggedRequest> calls;
    for (const LoggedRequest& request : emulator.requests(ok)) {
        if (request.listener == "api"_L1 && request.method == method
            && request.path().startsWith("/v1/outputs/"))
            calls.append(request);
    }
    return calls;
}

} // namespace

// The Firehose listener: listen address parsing, the generated certificate, and the TLS
// listener fed directly by test sockets (C02 without the emulator; FirehoseEmulator drives
// the same through lcdesk-emulator).
class TestFirehose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseListenOn_data();
    void parseListenOn();
    void generatedCertificate();
    void certificateCache();
    void peerClosingWithoutCloseNotifyKeepsRecords();
    void interleavedConnectionsHaveTheirOwnBuffers();
    void truncatedLastRecordIsReported();
    void failedHandshakeDoesNotStopTheListener();
    void userCertificateIsPresented();
    void portInUseFails();
    void unnamedListenerOnAllInterfacesNeedsNoDestination();
    void emulatorFeedsReassembled_data();
    void emulatorFeedsReassembled();
    void registersDeliversAndDeletesItsOutput();
    void leftoverOutputIsOffered();

private:
    lc::ApiClient m_client;
};

void TestFirehose::initTestCase()
{
    // The certificate cache goes to a test location, not the user's data directory.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QSslSocket::supportsSsl());
}

void TestFirehose::parseListenOn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");

    QTest::newRow("ip:port") << u"127.0.0.1:4443"_s << true << u"127.0.0.1"_s << 4443;
    QTest::newRow(":port is 0.0.0.0") << u":4443"_s << true << u"0.0.0.0"_s << 4443;
    QTest::newRow("ip alone is 443") << u"127.0.0.2"_s << true << u"127.0.0.2"_s << 443;
    QTest::newRow("[v6]:port") << u"[::1]:8443"_s << true << u"::1"_s << 8443;
    QTest::newRow("bare v6") << u"::1"_s << true << u"::1"_s << 443;
    QTest::newRow("[v6] alone") << u"[::1]"_s << true << u"::1"_s << 443;
    QTest::newRow("port 0") << u"127.0.0.1:0"_s << true << u"127.0.0.1"_s << 0;
    QTest::newRow("empty") << QString() << false << QString() << 0;
    QTest::newRow("name") << u"localhost:443"_s << false << QString() << 0;
    QTest::newRow("port too big") << u"127.0.0.1:65536"_s << false << QString() << 0;
    QTest::newRow("negative port") << u"127.0.0.1:-1"_s << false << QString() << 0;
    QTest::newRow("port not a number") << u":https"_s << false << QString() << 0;
    QTest::newRow("empty port") << u"127.0.0.1:"_s << false << QString() << 0;
    QTest::newRow("unclosed bracket") << u"[::1:443"_s << false << QString() << 0;
    QTest::newRow("junk after bracket") << u"[::1]443"_s << false << QString() << 0;
}

void TestFirehose::parseListenOn()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, address);
    QFETCH(int, port);

    QHostAddress parsedAddress(u"10.9.8.7"_s);
    quint16 parsedPort = 7;
    QString error;
    QCOMPARE(lc::FirehoseOptions::parseListenOn(text, parsedAddress, parsedPort, &error), ok);
    if (ok) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsedAddress, QHostAddress(address));
        QCOMPARE(int(parsedPort), port);
    } else {
        QVERIFY(!error.isEmpty());
        // Bad input leaves the outputs alone.
        QCOMPARE(parsedAddress, QHostAddress(u"10.9.8.7"_s));
        QCOMPARE(int(parsedPort), 7);
    }
}

void TestFirehose::generatedCertificate()
{
    QString error;
    const lc::SelfSignedCertificate made = lc::SelfSignedCertificate::generate(
            {QHostAddress(u"127.0.0.2"_s), QHostAddress(QHostAddress::AnyIPv4)}, &error);
    QVERIFY2(!made.isNull(), qPrintable(error));
    QCOMPARE(made.certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{u"limacharlie_firehose"_s});
    QVERIFY(made.certificate.isSelfSigned());
    const QList<QHostAddress> names = lc::SelfSignedCertificate::ipAddresses(made.certificate);
    QVERIFY(names.contains(QHostAddress(u"127.0.0.1"_s)));
    QVERIFY(names.contains(QHostAddress(u"::1"_s)));
    QVERIFY(names.contains(QHostAddress(u"127.0.0.2"_s)));
    // "All interfaces" is no address a peer could check.
    QVERIFY(!names.contains(QHostAddress(u"0.0.0.0"_s)));
    QVERIFY(made.certificate.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));
    QCOMPARE(made.key.type(), QSsl::PrivateKey);
}

void TestFirehose::certificateCache()
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"firehose"_s);
    QString error;
    const lc::SelfSignedCertificate first =
            lc::SelfSignedCertificate::loadOrCreate(cache, {QHostAddress(u"127.0.0.1"_s)}, &error);
    QVERIFY2(!first.isNull(), qPrintable(error));

    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(cache + u"/firehose-key.pem"_s).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);

    const lc::SelfSignedCertificate again =
            lc::SelfSignedCertificate::loadOrCreate(cache, {QHostAddress(u"127.0.0.1"_s)}, &error);
    QCOMPARE(again.certificate, first.certificate);
    QCOMPARE(again.key.toPem(), first.key.toPem());

    // Another listen address is not covered by the cached certificate: a new one names it.
    const lc::SelfSignedCertificate other =
            lc::SelfSignedCertificate::loadOrCreate(cache, {QHostAddress(u"127.0.0.2"_s)}, &error);
    QVERIFY(other.certificate != first.certificate);
    QVERIFY(lc::SelfSignedCertificate::ipAddresses(other.certificate)
                    .contains(QHostAddress(u"127.0.0.2"_s)));

    // A damaged cache is replaced, not trusted.
    QFile key(cache + u"/firehose-key.pem"_s);
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write("not a key");
    key.close();
    const lc::SelfSignedCertificate repaired =
            lc::SelfSignedCertificate::loadOrCreate(cache, {QHostAddress(u"127.0.0.2"_s)}, &error);
    QVERIFY(!repaired.isNull());
    QVERIFY(repaired.certificate != other.certificate);
}

void TestFirehose::peerClosingWithoutCloseNotifyKeepsRecords()
{
    // C02 scenario 1.
    lc::FirehoseListener listener(&m_client, loopbackOptions());
    StreamTestSink sink;
    listener.setSink(&sink);
    StreamWatch watch(&listener);
    listener.start();
    QCOMPARE(listener.state(), State::Connecting);
    QVERIFY(listener.listeningPort() != 0);

    auto feeder = connectFeeder(listener.listeningPort());
    QVERIFY(feeder);
    QTRY_COMPARE(listener.state(), State::Live);
    for (const QByteArray& chunk : connA)
        writeChunk(*feeder, chunk);
    finWithoutCloseNotify(*feeder);

    QTRY_COMPARE_WITH_TIMEOUT(listener.connectionCount(), 0, 10'000);
    QCOMPARE(sink.records, expectedA);
    QCOMPARE(sink.malformed.size(), 0);
    QCOMPARE(listener.truncatedRecords(), 0u);
    QVERIFY2(watch.notices.filter(u"peer closed"_s).size() == 1,
             qPrintable(watch.notices.join(u" | "_s)));
    QVERIFY2(watch.errors.isEmpty(), qPrintable(watch.errors.join(u" | "_s)));
    QCOMPARE(watch.count(State::Failed), 0);
    // Back to waiting for the next connection, still listening.
    QCOMPARE(listener.state(), State::Connecting);

    listener.stop();
    QCOMPARE(listener.state(), State::Stopped);
}

void TestFirehose::interleavedConnectionsHaveTheirOwnBuffers()
{
    // C02 scenario 2: two feeds at once, reads interleaved, both closing with close_notify.
    lc::FirehoseListener listener(&m_client, loopbackOptions());
    StreamTestSink sink;
    listener.setSink(&sink);
    StreamWatch watch(&listener);
    listener.start();

    auto a = connectFeeder(listener.listeningPort());
    auto b = connectFeeder(listener.listeningPort());
    QVERIFY(a && b);
    QTRY_COMPARE(listener.connectionCount(), 2);
    writeChunk(*a, connA.at(0));
    writeChunk(*b, connB.at(0));
    writeChunk(*a, connA.at(1));
    writeChunk(*b, connB.at(1));
    writeChunk(*a, connA.at(2));
    writeChunk(*a, connA.at(3));
    a->disconnectFromHost();
    b->disconnectFromHost();

    QTRY_COMPARE_WITH_TIMEOUT(listener.connectionCount(), 0, 10'000);
    QCOMPARE(withMarker(sink.records, "\"conn\"", false), expectedA);
    QCOMPARE(withMarker(sink.records, "\"conn\"", true),
             (QList<QByteArray>{"{\"n\":10,\"conn\":\"b\"}", "{\"n\":11,\"conn\":\"b\"}"}));
    QCOMPARE(sink.malformed.size(), 0);
    QCOMPARE(watch.notices.filter(u"peer closed"_s).size(), 2);
    QVERIFY(watch.errors.isEmpty());
}

void TestFirehose::truncatedLastRecordIsReported()
{
    lc::FirehoseListener listener(&m_client, loopbackOptions());
    StreamTestSink sink;
    listener.setSink(&sink);
    StreamWatch watch(&listener);
    listener.start();

    auto feeder = connectFeeder(listener.listeningPort());
    QVERIFY(feeder);
    writeChunk(*feeder, "{\"n\":1}\n{\"n\":2,\"cut\":");
    finWithoutCloseNotify(*feeder);

    QTRY_COMPARE_WITH_TIMEOUT(listener.connectionCount(), 0, 10'000);
    QCOMPARE(sink.records, (QList<QByteArray>{"{\"n\":1}"}));
    // The cut-off record is handed on as malformed (counted as a client drop), never as good.
    QCOMPARE(sink.malformed, (QList<QByteArray>{"{\"n\":2,\"cut\":"}));
    QCOMPARE(listener.truncatedRecords(), 1u);
    QVERIFY2(watch.notices.filter(u"truncated"_s).size() == 1,
             qPrintable(watch.notices.join(u" | "_s)));
    QVERIFY(watch.errors.isEmpty());
}

void TestFirehose::failedHandshakeDoesNotStopTheListener()
{
    lc::FirehoseListener listener(&m_client, loopbackOptions());
    StreamTestSink sink;
    listener.setSink(&sink);
    StreamWatch watch(&listener);
    listener.start();

    // Plain text where a TLS ClientHello is expected.
    QTcpSocket plain;
    plain.connectToHost(u"127.0.0.1"_s, listener.listeningPort());
    QTRY_COMPARE(plain.state(), QAbstractSocket::ConnectedState);
    plain.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    plain.flush();
    QTRY_VERIFY_WITH_TIMEOUT(plain.state() == QAbstractSocket::UnconnectedState
                                     || !watch.notices.filter(u"TLS"_s).isEmpty(),
                             10'000);
    QCOMPARE(watch.count(State::Failed), 0);

    auto feeder = connectFeeder(listener.listeningPort());
    QVERIFY(feeder);
    writeChunk(*feeder, "{\"n\":5}\n");
    QTRY_COMPARE(sink.records, (QList<QByteArray>{"{\"n\":5}"}));
    QCOMPARE(listener.state(), State::Live);
}

void TestFirehose::userCertificateIsPresented()
{
    QTemporaryDir dir;
    QString error;
    const lc::SelfSignedCertificate own =
            lc::SelfSignedCertificate::generate({QHostAddress(u"127.0.0.1"_s)}, &error);
    QVERIFY2(!own.isNull(), qPrintable(error));
    QFile cert(dir.filePath(u"cert.pem"_s));
    QFile key(dir.filePath(u"key.pem"_s));
    QVERIFY(cert.open(QIODevice::WriteOnly) && key.open(QIODevice::WriteOnly));
    cert.write(own.certificate.toPem());
    key.write(own.key.toPem());
    cert.close();
    key.close();

    lc::FirehoseOptions options = loopbackOptions();
    options.certificateFile = cert.fileName();
    options.keyFile = key.fileName();
    lc::FirehoseListener listener(&m_client, options);
    listener.start();
    QCOMPARE(listener.state(), State::Connecting);

    // A strict peer that trusts only this certificate completes the handshake.
    QSslSocket strict;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({own.certificate});
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    strict.setSslConfiguration(tls);
    QSignalSpy encrypted(&strict, &QSslSocket::encrypted);
    strict.connectToHostEncrypted(u"127.0.0.1"_s, listener.listeningPort());
    QVERIFY2(encrypted.wait(10'000), qPrintable(strict.errorString()));
    QCOMPARE(strict.peerCertificate(), own.certificate);

    // Only one of the two files is refused before anything listens.
    lc::FirehoseOptions half = loopbackOptions();
    half.certificateFile = cert.fileName();
    lc::FirehoseListener refused(&m_client, half);
    refused.start();
    QCOMPARE(refused.state(), State::Failed);
    QCOMPARE(refused.listeningPort(), quint16(0));

    // A key of another certificate is refused at start, naming both files.
    const lc::SelfSignedCertificate other =
            lc::SelfSignedCertificate::generate({QHostAddress(u"127.0.0.1"_s)}, &error);
    QFile otherKey(dir.filePath(u"other-key.pem"_s));
    QVERIFY(otherKey.open(QIODevice::WriteOnly));
    otherKey.write(other.key.toPem());
    otherKey.close();
    lc::FirehoseOptions mismatched = loopbackOptions();
    mismatched.certificateFile = cert.fileName();
    mismatched.keyFile = otherKey.fileName();
    lc::FirehoseListener wrongPair(&m_client, mismatched);
    wrongPair.start();
    QCOMPARE(wrongPair.state(), State::Failed);
    QVERIFY2(wrongPair.errorText().contains(u"does not belong"_s),
             qPrintable(wrongPair.errorText()));
    QCOMPARE(wrongPair.listeningPort(), quint16(0));

    // A certificate file that is not there is said to be missing.
    lc::FirehoseOptions missing = loopbackOptions();
    missing.certificateFile = dir.filePath(u"nowhere.pem"_s);
    missing.keyFile = key.fileName();
    lc::FirehoseListener absent(&m_client, missing);
    absent.start();
    QVERIFY2(absent.errorText().contains(u"does not exist"_s), qPrintable(absent.errorText()));
}

void TestFirehose::portInUseFails()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    lc::FirehoseOptions options = loopbackOptions();
    options.port = occupier.serverPort();
    lc::FirehoseListener listener(&m_client, options);
    listener.start();
    QCOMPARE(listener.state(), State::Failed);
    QVERIFY2(listener.errorText().contains(u"127.0.0.1:%1"_s.arg(occupier.serverPort())),
             qPrintable(listener.errorText()));
}

void TestFirehose::unnamedListenerOnAllInterfacesNeedsNoDestination()
{
    // Without a name nothing is registered, so "all interfaces" is fine; with a name and no
    // public destination it is refused, since the cloud could not dial 0.0.0.0.
    lc::FirehoseOptions options = loopbackOptions();
    options.address = QHostAddress(QHostAddress::AnyIPv4);
    lc::FirehoseListener unnamed(&m_client, options);
    unnamed.start();
    QCOMPARE(unnamed.state(), State::Connecting);
    unnamed.stop();

    options.name = u"t"_s;
    lc::FirehoseListener named(&m_client, options);
    QSignalSpy stopped(&named, &lc::FirehoseListener::stopped);
    named.start();
    QCOMPARE(named.state(), State::Failed);
    QVERIFY2(named.errorText().contains(u"public destination"_s), qPrintable(named.errorText()));
    QCOMPARE(named.listeningPort(), quint16(0));
    named.stop();
    QVERIFY(stopped.wait(2000));
}

void TestFirehose::emulatorFeedsReassembled_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("peerCloses");
    QTest::newRow("C02 scenario 1: FIN without close_notify") << u"scenario_1"_s << 1;
    QTest::newRow("C02 scenario 2: two feeds interleaved") << u"scenario_2"_s << 2;
}

void TestFirehose::emulatorFeedsReassembled()
{
    // C02 played by the emulator's feeder (TLS, TCP_NODELAY, one write per file, 100 ms
    // apart) into a listener with a generated certificate and no registration.
    QFETCH(QString, scenario);
    QFETCH(int, peerCloses);

    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, {u"--sensors"_s, u"1"_s});
    lc::FirehoseListener listener(&m_client, loopbackOptions());
    StreamTestSink sink;
    listener.setSink(&sink);
    StreamWatch watch(&listener);
    listener.start();
    QCOMPARE(listener.state(), State::Connecting);

    const QJsonObject request{
            {u"dest"_s, u"127.0.0.1:%1"_s.arg(listener.listeningPort())},
            {u"session"_s, casePath(u"C02/session.yaml"_s)},
            {u"scenario"_s, scenario},
    };
    // The control call runs the event loop while the feeder writes, so the listener reads.
    const EmulatorProcess::ControlReply fed = emulator.control(
            "POST", u"/_emulator/feed"_s, QJsonDocument(request).toJson(QJsonDocument::Compact));
    QVERIFY2(fed.isOk(), qPrintable(fed.error));

    QTRY_COMPARE_WITH_TIMEOUT(watch.notices.filter(u"peer closed"_s).size(), peerCloses, 10'000);
    QTRY_COMPARE(listener.connectionCount(), 0);
    QCOMPARE(withMarker(sink.records, "\"conn\"", false), expectedA);
    if (peerCloses == 2) {
        QCOMPARE(withMarker(sink.records, "\"conn\"", true),
                 (QList<QByteArray>{"{\"n\":10,\"conn\":\"b\"}", "{\"n\":11,\"conn\":\"b\"}"}));
    }
    QCOMPARE(sink.malformed.size(), 0);
    QCOMPARE(listener.truncatedRecords(), 0u);
    QVERIFY2(watch.errors.isEmpty(), qPrintable(watch.errors.join(u" | "_s)));
    QCOMPARE(watch.count(State::Failed), 0);
}

void TestFirehose::registersDeliversAndDeletesItsOutput()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, {u"--sensors"_s, u"20"_s, u"--time-scale"_s, u"0.1"_s});
    lc::ApiClient client;
    TestClient::configure(client, emulator);
    lc::FirehoseOptions options = loopbackOptions();
    options.name = u"itest"_s;
    lc::FirehoseListener listener(&client, options);
    StreamTestSink sink;
    listener.setSink(&sink);
    StreamWatch watch(&listener);
    QSignalSpy registered(&listener, &lc::FirehoseListener::registered);
    QSignalSpy leftover(&listener, &lc::FirehoseListener::leftoverOutputFound);
    listener.start();
    QVERIFY(registered.wait(10'000));
    QCOMPARE(leftover.size(), 0);
    const QString destination = u"127.0.0.1:%1"_s.arg(listener.listeningPort());
    QCOMPARE(listener.destination(), destination);
    QVERIFY(listener.isRegistered());

    const QJsonObject output = outputsOf(emulator).value(u"tmp_live_itest"_s).toObject();
    QCOMPARE(output.value(u"module"_s).toString(), u"syslog"_s);
    QCOMPARE(output.value(u"for"_s).toString(), u"event"_s);
    QCOMPARE(output.value(u"dest_host"_s).toString(), destination);
    QCOMPARE(output.value(u"is_tls"_s).toString(), u"true"_s);
    QCOMPARE(output.value(u"is_strict_tls"_s).toString(), u"false"_s);
    QCOMPARE(output.value(u"is_no_header"_s).toString(), u"true"_s);

    // The emulator delivers its telemetry over TLS into the listener.
    QTRY_VERIFY_WITH_TIMEOUT(sink.records.size() >= 10, 15'000);
    QCOMPARE(listener.state(), State::Live);
    for (const QByteArray& record : std::as_const(sink.records))
        QVERIFY2(record.startsWith("{\"routing\":"), record);
    QCOMPARE(sink.malformed.size(), 0);

    QSignalSpy stopped(&listener, &lc::FirehoseListener::stopped);
    listener.stop();
    QVERIFY(stopped.wait(10'000));
    QVERIFY2(stopped.first().first().toString().contains(u"deleted"_s),
             qPrintable(stopped.first().first().toString()));
    QCOMPARE(listener.state(), State::Stopped);
    QVERIFY(!listener.outputLeftBehind());
    QVERIFY(!outputsOf(emulator).contains(u"tmp_live_itest"_s));
    bool ok = false;
    const QList<LoggedRequest> deletes = outputCalls(emulator, u"DELETE"_s, &ok);
    QVERIFY(ok);
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.first().body, QByteArray("name=tmp_live_itest"));
    QCOMPARE(outputCalls(emulator, u"POST"_s, &ok).size(), 1);
}

void TestFirehose::leftoverOutputIsOffered()
{
    EmulatorProcess emulator;
    LCTEST_START_EMULATOR(emulator, {u"--sensors"_s, u"5"_s, u"--time-scale"_s, u"0.1"_s});
    lc::ApiClient client;
    TestClient::configure(client, emulator);

    // What a crashed run leaves behind: the output pointing at a port nobody listens on.
    lc::FormData stale;
    stale.add(u"dest_host"_s, u"127.0.0.1:9"_s);
    stale.add(u"is_tls"_s, u"true"_s);
    stale.add(u"is_no_header"_s, u"true"_s);
    LCTEST_VERIFY_OK(RequestWaiter::wait(
            lc::OutputApi(&client).add(u"tmp_live_left"_s, u"syslog"_s, u"event"_s, stale)));

    lc::FirehoseOptions options = loopbackOptions();
    options.name = u"left"_s;
    lc::FirehoseListener listener(&client, options);
    QSignalSpy leftover(&listener, &lc::FirehoseListener::leftoverOutputFound);
    QSignalSpy registered(&listener, &lc::FirehoseListener::registered);
    listener.start();
    QVERIFY(leftover.wait(10'000));
    QCOMPARE(leftover.first().at(0).toString(), u"tmp_live_left"_s);
    QCOMPARE(leftover.first().at(1).toString(), u"127.0.0.1:9"_s);
    QCOMPARE(listener.state(), State::Connecting);
    QVERIFY(listener.stateText().contains(u"already exists"_s));
    // Nothing is changed until the user answers.
    QTest::qWait(300);
    bool ok = false;
    QCOMPARE(outputCalls(emulator, u"POST"_s, &ok).size(), 1);
    QCOMPARE(outputCalls(emulator, u"DELETE"_s, &ok).size(), 0);
    QCOMPARE(registered.size(), 0);

    listener.removeLeftoverAndStart();
    QVERIFY(registered.wait(10'000));
    const QString destination = u"127.0.0.1:%1"_s.arg(listener.listeningPort());
    QCOMPARE(outputsOf(emulator)
                     .value(u"tmp_live_left"_s)
                     .toObject()
                     .value(u"dest_host"_s)
                     .toString(),
             destination);
    QCOMPARE(outputCalls(emulator, u"DELETE"_s, &ok).size(), 1);

    QSignalSpy stopped(&listener, &lc::FirehoseListener::stopped);
    listener.stop();
    QVERIFY(stopped.wait(10'000));
    QVERIFY(!outputsOf(emulator).contains(u"tmp_live_left"_s));

    // Keeping a leftover that sends elsewhere is allowed, with a warning that says so.
    LCTEST_VERIFY_OK(RequestWaiter::wait(
            lc::OutputApi(&client).add(u"tmp_live_left"_s, u"syslog"_s, u"event"_s, stale)));
    lc::FirehoseListener keeper(&client, options);
    QSignalSpy keeperLeftover(&keeper, &lc::FirehoseListener::leftoverOutputFound);
    QSignalSpy notices(&keeper, &lc::LiveStream::notice);
    keeper.start();
    QVERIFY(keeperLeftover.wait(10'000));
    keeper.keepLeftoverAndStart();
    bool warned = false;
    for (const QList<QVariant>& notice : std::as_const(notices))
        warned = warned || notice.at(0).toString().startsWith(u"Warning"_s);
    QVERIFY(warned);
    keeper.stop();
}

QTEST_GUILESS_MAIN(TestFirehose)
#include "TestFirehose.moc"
