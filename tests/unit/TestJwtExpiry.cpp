// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "TestData.h"
#include "api/JwtSession.h"

using lc::JwtSession;
using namespace Qt::StringLiterals;

namespace {

QString segment(const QByteArray& bytes)
{
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString jwtWithPayload(const QByteArray& payload)
{
    return segment(R"({"alg":"RS256","typ":"JWT"})") + u'.' + segment(payload) + u'.'
           + segment("signature");
}

} // namespace

class TestJwtExpiry : public QObject
{
    Q_OBJECT

private slots:
    void expiryOf_data();
    void expiryOf();
    void sampleToken();
};

void TestJwtExpiry::expiryOf_data()
{
    QTest::addColumn<QString>("jwt");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("exp") << jwtWithPayload(R"({"exp":1718003600,"oid":"x"})")
                         << Q_INT64_C(1718003600);
    QTest::newRow("exp after 2038")
            << jwtWithPayload(R"({"exp":4102444800})") << Q_INT64_C(4102444800);
    QTest::newRow("fractional exp")
            << jwtWithPayload(R"({"exp":1718003600.75})") << Q_INT64_C(1718003600);
    // Payload bytes chosen so the base64url text holds '-' and '_'.
    QTest::newRow("url alphabet") << jwtWithPayload(R"({"exp":1700000000,"n":"~~~???>>>"})")
                                  << Q_INT64_C(1700000000);
    QTest::newRow("padded payload")
            << segment("{}") + u'.'
                       + QString::fromLatin1(QByteArray(R"({"exp":12345})")
                                                     .toBase64(QByteArray::Base64UrlEncoding))
                       + u".sig"_s
            << Q_INT64_C(12345);
    QTest::newRow("no exp") << jwtWithPayload(R"({"oid":"x"})") << Q_INT64_C(0);
    QTest::newRow("exp as text") << jwtWithPayload(R"({"exp":"1718003600"})") << Q_INT64_C(0);
    QTest::newRow("payload not json") << jwtWithPayload("not json") << Q_INT64_C(0);
    QTest::newRow("one part") << u"abc"_s << Q_INT64_C(0);
    QTest::newRow("empty") << QString() << Q_INT64_C(0);
    QTest::newRow("garbage base64") << u"a.@@@@.c"_s << Q_INT64_C(0);
}

void TestJwtExpiry::expiryOf()
{
    QFETCH(QString, jwt);
    QFETCH(qint64, expected);
    QCOMPARE(JwtSession::expiryOf(jwt), expected);
}

void TestJwtExpiry::sampleToken()
{
    const QJsonObject answer =
            QJsonDocument::fromJson(lctest::TestData::read(u"samples/jwt_response.json"_s))
                    .object();
    const QString jwt = answer.value(u"jwt"_s).toString();
    QVERIFY(!jwt.isEmpty());
    QCOMPARE(JwtSession::expiryOf(jwt), Q_INT64_C(1718003600));
}

QTEST_GUILESS_MAIN(TestJwtExpiry)
#include "TestJwtExpiry.moc"
