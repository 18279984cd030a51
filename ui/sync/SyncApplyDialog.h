// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "sync/SyncPlan.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace lc {

// The last word before a push: how many entries will be added, changed, moved and removed,
// where, and which are left out. A plan that deletes every D&R rule of the organisation and
// keeps none is only applied after the user types the word "delete".
class SyncApplyDialog : public QDialog
{
    Q_OBJECT

public:
    // entries: the plan indexes that would be applied (all writing ones).
    SyncApplyDialog(const SyncPlan& plan, const QList<int>& entries, const QString& scope,
                    const QString& organisation, QWidget* parent = nullptr);

    static QString confirmationWord() { return QStringLiteral("delete"); }
    bool needsConfirmationWord() const { return m_needsWord; }
    // "2 to add, 4 to change" of the entries to apply.
    QString summary() const { return m_summary; }

    QLabel* summaryLabel() const { return m_summaryLabel; }
    QLineEdit* confirmationEdit() const { return m_confirmation; }
    QPushButton* applyButton() const { return m_apply; }

private:
    QLabel* m_summaryLabel;
    QLineEdit* m_confirmation;
    QPushButton* m_apply;
    QString m_summary;
    bool m_needsWord = false;
};

} // namespace lc
