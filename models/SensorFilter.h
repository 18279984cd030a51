// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace lc {

struct SensorRecord;

// What the sensor list shows, parsed once per keystroke and then tested against every record
// without allocating. Free text is space-separated terms that must all match; a term is folded
// like the store's search key (case, accents, decomposed characters) and matched as a substring.
// Double quotes keep spaces inside one term. Recognised forms:
//   tag:NAME    a tag that starts with NAME
//   plat:NAME   a platform whose name starts with NAME (plat:win, plat:linux)
//   ip:PREFIX   an internal or external address that starts with PREFIX
//   host:PREFIX a hostname that starts with PREFIX
// A form with nothing after the colon is ignored, so the list does not empty while it is typed.
class SensorFilter
{
public:
    enum class TermKind
    {
        Text,
        Tag,
        Platform,
        Ip,
        Host
    };

    struct Term
    {
        TermKind kind = TermKind::Text;
        QString value;

        bool operator==(const Term& other) const
        {
            return kind == other.kind && value == other.value;
        }
    };

    static SensorFilter parse(const QString& text);

    void setOnlineOnly(bool onlineOnly) { m_onlineOnly = onlineOnly; }
    bool onlineOnly() const { return m_onlineOnly; }
    // Platform name as SensorRecord::platformName spells it; empty for all.
    void setPlatform(const QString& platformName) { m_platform = platformName; }
    const QString& platform() const { return m_platform; }
    const QVector<Term>& terms() const { return m_terms; }

    // False when every sensor passes, so callers can skip the walk.
    bool isActive() const { return m_onlineOnly || !m_platform.isEmpty() || !m_terms.isEmpty(); }
    bool matches(const SensorRecord& record) const;
    // The same test with the record's search key taken from elsewhere (a contiguous copy is
    // faster to walk); record is only read when needsRecord().
    bool matches(const SensorRecord& record, QStringView searchKey) const;
    // Only text and host terms: the search key alone decides.
    bool needsRecord() const;
    bool matchesKey(QStringView searchKey) const;
    // True when every record this filter passes also passes previous (the user typed more),
    // so only what previous showed needs testing again.
    bool narrows(const SensorFilter& previous) const;

    bool operator==(const SensorFilter& other) const
    {
        return m_onlineOnly == other.m_onlineOnly && m_platform == other.m_platform
               && m_terms == other.m_terms;
    }
    bool operator!=(const SensorFilter& other) const { return !(*this == other); }

private:
    static QStringList tokenize(const QString& text);
    static bool termMatches(const Term& term, const SensorRecord& record, QStringView searchKey);

    QVector<Term> m_terms;
    QString m_platform;
    bool m_onlineOnly = false;
};

} // namespace lc
