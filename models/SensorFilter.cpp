// SPDX-License-Identifier: GPL-3.0-or-later
#include "SensorFilter.h"

#include <QStringView>

#include <algorithm>

#include "sensors/SearchText.h"
#include "sensors/SensorRecord.h"

namespace lc {

namespace {

struct Prefix
{
    QLatin1String text;
    SensorFilter::TermKind kind;
};

constexpr Prefix prefixes[] = {
        {QLatin1String("tag:"), SensorFilter::TermKind::Tag},
        {QLatin1String("plat:"), SensorFilter::TermKind::Platform},
        {QLatin1String("ip:"), SensorFilter::TermKind::Ip},
        {QLatin1String("host:"), SensorFilter::TermKind::Host},
};

bool isAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// The value is already folded; most tags are ASCII, where a case-insensitive compare is the
// fold and costs no allocation.
bool tagStartsWith(const QString& tag, const QString& foldedValue)
{
    if (tag.startsWith(foldedValue, Qt::CaseInsensitive))
        return true;
    return !isAscii(tag) && SearchText::fold(tag).startsWith(foldedValue);
}

} // namespace

QStringList SensorFilter::tokenize(const QString& text)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    bool hasToken = false;

    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            hasToken = true;
            continue;
        }
        if (c.isSpace() && !quoted) {
            if (hasToken)
                tokens.append(current);
            current.clear();
            hasToken = false;
            continue;
        }
        current.append(c);
        hasToken = true;
    }
    if (hasToken)
        tokens.append(current);
    return tokens;
}

SensorFilter SensorFilter::parse(const QString& text)
{
    SensorFilter filter;
    for (const QString& token : tokenize(text)) {
        Term term;
        QString value = token;
        for (const Prefix& prefix : prefixes) {
            if (token.startsWith(prefix.text, Qt::CaseInsensitive)) {
                term.kind = prefix.kind;
                value = token.mid(prefix.text.size());
                break;
            }
        }
        term.value = SearchText::fold(value);
        if (term.value.isEmpty())
            continue;
        if (!filter.m_terms.contains(term))
            filter.m_terms.append(term);
    }
    return filter;
}

bool SensorFilter::termMatches(const Term& term, const SensorRecord& record, QStringView searchKey)
{
    switch (term.kind) {
    case TermKind::Text:
        return searchKey.contains(term.value);
    case TermKind::Host:
        // The search key starts with the folded hostname and a line break follows it, so a
        // prefix of the key that holds no line break is a prefix of the hostname.
        return searchKey.startsWith(term.value);
    case TermKind::Platform:
        return record.platformName.startsWith(term.value);
    case TermKind::Ip:
        return record.info.intIp.startsWith(term.value, Qt::CaseInsensitive)
               || record.info.extIp.startsWith(term.value, Qt::CaseInsensitive);
    case TermKind::Tag:
        for (const QString& tag : record.tags) {
            if (tagStartsWith(tag, term.value))
                return true;
        }
        return false;
    }
    return false;
}

bool SensorFilter::matches(const SensorRecord& record) const
{
    return matches(record, record.searchKey);
}

bool SensorFilter::matches(const SensorRecord& record, QStringView searchKey) const
{
    if (m_onlineOnly && record.online != OnlineState::Online)
        return false;
    if (!m_platform.isEmpty() && record.platformName != m_platform)
        return false;
    for (const Term& term : m_terms) {
        if (!termMatches(term, record, searchKey))
            return false;
    }
    return true;
}

bool SensorFilter::needsRecord() const
{
    if (m_onlineOnly || !m_platform.isEmpty())
        return true;
    return std::any_of(m_terms.cbegin(), m_terms.cend(), [](const Term& term) {
        return term.kind != TermKind::Text && term.kind != TermKind::Host;
    });
}

bool SensorFilter::matchesKey(QStringView searchKey) const
{
    for (const Term& term : m_terms) {
        const bool match = term.kind == TermKind::Host ? searchKey.startsWith(term.value)
                                                       : searchKey.contains(term.value);
        if (!match)
            return false;
    }
    return true;
}

} // namespace lc

namespace lc {

bool SensorFilter::narrows(const SensorFilter& previous) const
{
    if (previous.m_onlineOnly && !m_onlineOnly)
        return false;
    if (!previous.m_platform.isEmpty() && previous.m_platform != m_platform)
        return false;
    for (const Term& old : previous.m_terms) {
        const bool covered =
                std::any_of(m_terms.cbegin(), m_terms.cend(), [&old](const Term& term) {
                    if (term.kind != old.kind)
                        return false;
                    // A longer substring implies the shorter one; a longer prefix, the shorter
                    // prefix.
                    return old.kind == TermKind::Text ? term.value.contains(old.value)
                                                      : term.value.startsWith(old.value);
                });
        if (!covered)
            return false;
    }
    return true;
}

} // namespace lc
