// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "sensors/SearchText.h"

using lc::SearchText;
using namespace Qt::StringLiterals;

class TestSearchText : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void cjkUnchanged_data();
    void cjkUnchanged();
    void normalisationFormsAgree_data();
    void normalisationFormsAgree();
};

void TestSearchText::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii lower") << u"ws-01"_s << u"ws-01"_s;
    QTest::newRow("ascii upper") << u"WS-Alpha-01"_s << u"ws-alpha-01"_s;
    QTest::newRow("precomposed") << QStringLiteral("B\u00FCro") << u"buro"_s;
    QTest::newRow("decomposed") << QStringLiteral("Bu\u0308ro") << u"buro"_s;
    QTest::newRow("upper precomposed") << QStringLiteral("B\u00DCRO") << u"buro"_s;
    QTest::newRow("plain upper") << u"BURO"_s << u"buro"_s;
    QTest::newRow("several accents")
            << QStringLiteral("\u00C9l\u00E8ve-Fran\u00E7ois") << u"eleve-francois"_s;
    QTest::newRow("fullwidth") << QStringLiteral("\uFF37\uFF33\uFF10\uFF11") << u"ws01"_s;
    QTest::newRow("greek") << QStringLiteral("\u0391\u0398\u0397\u039D\u0391")
                           << QStringLiteral("\u03B1\u03B8\u03B7\u03BD\u03B1");
    QTest::newRow("cyrillic") << QStringLiteral("\u0421\u0415\u0420\u0412\u0415\u0420")
                              << QStringLiteral("\u0441\u0435\u0440\u0432\u0435\u0440");
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchText::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::fold(text), expected);
}

void TestSearchText::cjkUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("japanese") << QStringLiteral("\u65E5\u672C\u8A9E\u30EB\u30FC\u30EB");
    QTest::newRow("chinese") << QStringLiteral("\u4E2D\u6587\u4E3B\u673A");
    QTest::newRow("hiragana") << QStringLiteral("\u3072\u3089\u304C\u306A");
    QTest::newRow("with ascii") << QStringLiteral("srv-\u6771\u4EAC-01");
    // Voiced kana decompose into a base kana and a combining mark under NFKD; the mark is
    // part of the letter (\u30C7 "de" is not \u30C6 "te") and must survive.
    QTest::newRow("katakana voiced") << QStringLiteral("\u30C7\u30FC\u30BF");
    QTest::newRow("katakana semi-voiced") << QStringLiteral("\u30D1\u30BD\u30B3\u30F3");
    QTest::newRow("hangul") << QStringLiteral("\uD55C\uAD6D\uC5B4");
}

void TestSearchText::cjkUnchanged()
{
    QFETCH(QString, text);
    QCOMPARE(SearchText::fold(text), text);
}

void TestSearchText::normalisationFormsAgree_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("latin") << QStringLiteral("Caf\u00E9 Z\u00FCrich");
    QTest::newRow("vietnamese") << QStringLiteral("Vi\u1EC7t Nam");
    QTest::newRow("hangul") << QStringLiteral("\uD55C\uAD6D\uC5B4");
    QTest::newRow("kana with voicing") << QStringLiteral("\u30C7\u30FC\u30BF");
}

void TestSearchText::normalisationFormsAgree()
{
    QFETCH(QString, text);
    const QString folded = SearchText::fold(text);
    QCOMPARE(SearchText::fold(text.normalized(QString::NormalizationForm_D)), folded);
    QCOMPARE(SearchText::fold(text.normalized(QString::NormalizationForm_C)), folded);
    QCOMPARE(SearchText::fold(text.toUpper()), folded);
    // Folding is idempotent, so a folded query matches a folded key.
    QCOMPARE(SearchText::fold(folded), folded);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "TestSearchText.moc"
