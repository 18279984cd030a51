// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "sync/SyncPlan.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSplitter;

namespace lc {

// One plan entry in detail: what differs (PlanEntry::differences), where the config holds it,
// and the organisation's version beside the local one as YAML, with the lines that differ
// highlighted on both sides and matching lines side by side. A removal has only the organisation's
// side, an addition only the local one.
class SyncEntryPane : public QWidget
{
    Q_OBJECT

public:
    explicit SyncEntryPane(QWidget* parent = nullptr);

    void showEntry(const PlanEntry& entry);
    void clear();

    // The YAML shown for a body: a rule without its default is_enabled (as a fetch writes
    // it), an output of the config as the API lists it (what it is compared as).
    static QString displayText(const SyncItem& item);

    QLabel* titleLabel() const { return m_title; }
    QLabel* locationLabel() const { return m_location; }
    QListWidget* differencesList() const { return m_differences; }
    QPlainTextEdit* remoteText() const { return m_remote; }
    QPlainTextEdit* localText() const { return m_local; }
    QLabel* remoteCaption() const { return m_remoteCaption; }
    QLabel* localCaption() const { return m_localCaption; }
    // Lines (0-based) highlighted on each side. A change is laid out in rows: where one side
    // has fewer lines between two shared ones, empty filler lines keep the rest side by side.
    QList<int> highlightedRemoteLines() const { return m_remoteLines; }
    QList<int> highlightedLocalLines() const { return m_localLines; }

signals:
    // The location link was activated: the config file and line of the entry.
    void openLocation(const QString& file, int line);

protected:
    void changeEvent(QEvent* event) override;

private:
    void highlight();

    QLabel* m_title;
    QLabel* m_blocked;
    QLabel* m_location;
    QLabel* m_differencesCaption;
    QListWidget* m_differences;
    QSplitter* m_sides;
    QLabel* m_remoteCaption;
    QLabel* m_localCaption;
    QPlainTextEdit* m_remote;
    QPlainTextEdit* m_local;
    QList<int> m_remoteLines;
    QList<int> m_localLines;
    QList<int> m_remoteFillers;
    QList<int> m_localFillers;
    PlanEntry m_entry;
    bool m_hasEntry = false;
};

} // namespace lc
