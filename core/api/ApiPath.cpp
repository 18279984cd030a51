// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiPath.h"

#include <QCoreApplication>

namespace lc {

ApiPath ApiPath::v1(const QStringList& segments)
{
    return build({QStringLiteral("v1")}, segments);
}

ApiPath ApiPath::root(const QStringList& segments)
{
    return build({}, segments);
}

ApiPath ApiPath::build(const QStringList& prefix, const QStringList& segments)
{
    ApiPath path;
    const QStringList all = prefix + segments;
    for (const QString& segment : all) {
        // HTTP stacks collapse "." and ".." segments, which would silently address another
        // resource; an empty one would do the same with "//".
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..")) {
            path.m_error = QCoreApplication::translate("lc::ApiPath",
                                                       "The name \"%1\" cannot be used in a "
                                                       "request path; rename it.")
                                   .arg(segment);
            path.m_encoded.clear();
            return path;
        }
        path.m_encoded += '/';
        path.m_encoded += encodeSegment(segment);
    }
    return path;
}

QByteArray ApiPath::encodeSegment(const QString& segment)
{
    // Only RFC 3986 unreserved characters stay literal; QByteArray::toPercentEncoding uses
    // exactly that set and upper-case hex.
    return segment.toUtf8().toPercentEncoding();
}

} // namespace lc
