// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "api/FormData.h"

using lc::FormData;
using namespace Qt::StringLiterals;

// Expected bytes are what Python's urllib.parse.urlencode(..., doseq=True) produces
// (quote_plus, safe=''), written out by hand.
class TestFormData : public QObject
{
    Q_OBJECT

private slots:
    void singleValue_data();
    void singleValue();
    void repeatedKeys();
    void listAndSingleInOrder();
    void jsonField();
    void jsonScalars();
    void boolsAndInts();
    void emptyForm();
    void valuesLookup();
};

void TestFormData::singleValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("space is plus") << u"name"_s << u"ops lab"_s << QByteArray("name=ops+lab");
    QTest::newRow("plus is %2B") << u"q"_s << u"a+b"_s << QByteArray("q=a%2Bb");
    QTest::newRow("slash") << u"path"_s << u"team/blue"_s << QByteArray("path=team%2Fblue");
    QTest::newRow("percent") << u"p"_s << u"50%-off"_s << QByteArray("p=50%25-off");
    QTest::newRow("latin-1 letter")
            << u"h"_s << QStringLiteral("B\u00FCro") << QByteArray("h=B%C3%BCro");
    QTest::newRow("cjk") << u"j"_s << QStringLiteral("\u65E5\u672C")
                         << QByteArray("j=%E6%97%A5%E6%9C%AC");
    QTest::newRow("outside the BMP")
            << u"e"_s << QString::fromUtf8("\xF0\x9F\x98\x80") << QByteArray("e=%F0%9F%98%80");
    QTest::newRow("unreserved and sub-delims")
            << u"t"_s << u"~*'()!-._"_s << QByteArray("t=~%2A%27%28%29%21-._");
    QTest::newRow("separators in value") << u"amp"_s << u"a=b&c"_s << QByteArray("amp=a%3Db%26c");
    QTest::newRow("newline") << u"nl"_s << u"x\ny"_s << QByteArray("nl=x%0Ay");
    QTest::newRow("question and hash") << u"r"_s << u"a?b#c"_s << QByteArray("r=a%3Fb%23c");
    QTest::newRow("key is encoded too") << u"a key"_s << QString() << QByteArray("a+key=");
    QTest::newRow("letters digits") << u"limit"_s << u"AZaz09"_s << QByteArray("limit=AZaz09");
}

void TestFormData::singleValue()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(FormData().add(key, value).toUrlEncoded(), expected);
}

void TestFormData::repeatedKeys()
{
    FormData form;
    form.add(u"sids"_s, QStringList{u"x"_s, u"y y"_s, u"z+"_s});
    QCOMPARE(form.toUrlEncoded(), QByteArray("sids=x&sids=y+y&sids=z%2B"));
}

void TestFormData::listAndSingleInOrder()
{
    // urlencode([("tasks", ["os_version", "dir_list c:\\"]), ("investigation_id", "inv/1")])
    FormData form;
    form.add(u"tasks"_s, QStringList{u"os_version"_s, u"dir_list c:\\"_s});
    form.add(u"investigation_id"_s, u"inv/1"_s);
    QCOMPARE(form.toUrlEncoded(),
             QByteArray("tasks=os_version&tasks=dir_list+c%3A%5C&investigation_id=inv%2F1"));
}

void TestFormData::jsonField()
{
    // urlencode({"detect": json.dumps({"a": 1, "b": "x y"}, separators=(",", ":"))})
    FormData form;
    form.addJson(u"detect"_s, QJsonObject{{u"a"_s, 1}, {u"b"_s, u"x y"_s}});
    QCOMPARE(form.toUrlEncoded(), QByteArray("detect=%7B%22a%22%3A1%2C%22b%22%3A%22x+y%22%7D"));

    FormData nested;
    nested.addJson(u"data"_s, QJsonObject{{u"op"_s, u"is"_s},
                                          {u"path"_s, u"event/FILE_PATH"_s},
                                          {u"values"_s, QJsonArray{u"+"_s, 2}}});
    QCOMPARE(nested.toUrlEncoded(),
             QByteArray("data=%7B%22op%22%3A%22is%22%2C%22path%22%3A%22event%2FFILE_PATH%22%2C%22"
                        "values%22%3A%5B%22%2B%22%2C2%5D%7D"));

    FormData array;
    array.addJson(u"objects"_s, QJsonArray{u"a"_s, u"b"_s});
    QCOMPARE(array.toUrlEncoded(), QByteArray("objects=%5B%22a%22%2C%22b%22%5D"));
}

void TestFormData::jsonScalars()
{
    // json.dumps("a b") == '"a b"', json.dumps(3) == '3', json.dumps(True) == 'true'
    FormData form;
    form.addJson(u"s"_s, u"a b"_s);
    form.addJson(u"n"_s, 3);
    form.addJson(u"b"_s, true);
    QCOMPARE(form.toUrlEncoded(), QByteArray("s=%22a+b%22&n=3&b=true"));
}

void TestFormData::boolsAndInts()
{
    FormData form;
    form.addBool(u"is_online_only"_s, true);
    form.addBool(u"x"_s, false);
    form.addInt(u"limit"_s, 1000);
    form.addInt(u"neg"_s, -5);
    form.addInt(u"big"_s, Q_INT64_C(4294967296));
    QCOMPARE(form.toUrlEncoded(),
             QByteArray("is_online_only=true&x=false&limit=1000&neg=-5&big=4294967296"));
}

void TestFormData::emptyForm()
{
    QVERIFY(FormData().isEmpty());
    QCOMPARE(FormData().toUrlEncoded(), QByteArray());
    // An empty list adds nothing (urlencode({"tags": []}, doseq=True) == "").
    FormData form;
    form.add(u"tags"_s, QStringList());
    QVERIFY(form.isEmpty());
    QCOMPARE(form.toUrlEncoded(), QByteArray());
}

void TestFormData::valuesLookup()
{
    FormData form;
    form.add(u"tags"_s, QStringList{u"a"_s, u"b"_s}).add(u"ttl"_s, u"60"_s);
    QCOMPARE(form.values(u"tags"_s), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(form.values(u"ttl"_s), QStringList{u"60"_s});
    QVERIFY(form.values(u"none"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestFormData)
#include "TestFormData.moc"
