// SPDX-License-Identifier: GPL-3.0-or-later
// ApiPath and FormData: an encoded path segment or form field holds only characters that travel
// unchanged, decodes back to exactly the text given, and the URL made from them (as ApiClient
// makes it) keeps every byte.
//
// Input: NUL-separated texts (UTF-8): all of them are the path's segments, and each pair is a
// key and value of the form.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "FuzzCheck.h"
#include "api/ApiPath.h"
#include "api/FormData.h"

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
           || c == '.' || c == '_' || c == '~';
}

bool isUpperHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

// Only unreserved characters, %XX with upper-case hex, and (for forms) '+'.
bool isCleanlyEncoded(const QByteArray& encoded, bool plusAllowed)
{
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '%') {
            if (i + 2 >= encoded.size() || !isUpperHex(encoded.at(i + 1))
                || !isUpperHex(encoded.at(i + 2)))
                return false;
            i += 2;
        } else if (!isUnreserved(c) && !(plusAllowed && c == '+')) {
            return false;
        }
    }
    return true;
}

QByteArray formDecoded(QByteArray encoded)
{
    encoded.replace('+', ' ');
    return QByteArray::fromPercentEncoding(encoded);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QStringList texts;
    for (const QByteArray& part : input.split('\0'))
        texts << QString::fromUtf8(part);

    bool usable = true;
    for (const QString& text : texts) {
        const QByteArray segment = lc::ApiPath::encodeSegment(text);
        LCDESK_FUZZ_CHECK(isCleanlyEncoded(segment, false), "a path segment is not clean");
        LCDESK_FUZZ_CHECK(QByteArray::fromPercentEncoding(segment) == text.toUtf8(),
                          "a path segment decodes to other text");
        const QByteArray field = lc::FormData::encodeComponent(text);
        LCDESK_FUZZ_CHECK(isCleanlyEncoded(field, true), "a form field is not clean");
        LCDESK_FUZZ_CHECK(formDecoded(field) == text.toUtf8(),
                          "a form field decodes to other text");
        usable = usable && !text.isEmpty() && text != QLatin1String(".")
                 && text != QLatin1String("..");
    }

    const lc::ApiPath path = lc::ApiPath::v1(texts);
    LCDESK_FUZZ_CHECK(path.isValid() == usable, "a path is refused or accepted wrongly");
    LCDESK_FUZZ_CHECK(path.isValid() || !path.error().isEmpty(), "a refusal without a reason");

    lc::FormData form;
    for (qsizetype i = 0; i + 1 < texts.size(); i += 2)
        form.add(texts.at(i), texts.at(i + 1));
    const QByteArray query = form.toUrlEncoded();
    const QList<QByteArray> pairs = query.isEmpty() ? QList<QByteArray>() : query.split('&');
    LCDESK_FUZZ_CHECK(pairs.size() == form.items().size(), "the form has other fields");
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QList<QByteArray> keyValue = pairs.at(i).split('=');
        LCDESK_FUZZ_CHECK(keyValue.size() == 2, "a form field is not key=value");
        LCDESK_FUZZ_CHECK(formDecoded(keyValue.at(0)) == form.items().at(i).first.toUtf8()
                                  && formDecoded(keyValue.at(1))
                                             == form.items().at(i).second.toUtf8(),
                          "a form field decodes to another pair");
    }

    if (!path.isValid())
        return 0;
    QByteArray encoded = QByteArrayLiteral("https://api.example.test") + path.encoded();
    if (!query.isEmpty())
        encoded += '?' + query;
    const QUrl url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    LCDESK_FUZZ_CHECK(url.isValid(), "the URL is invalid");
    LCDESK_FUZZ_CHECK(url.toEncoded() == encoded, "the URL changed bytes of the path or query");
    return 0;
}
