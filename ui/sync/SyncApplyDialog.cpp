// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncApplyDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "sync/SyncPalette.h"

namespace lc {

SyncApplyDialog::SyncApplyDialog(const SyncPlan& plan, const QList<int>& entries,
                                 const QString& scope, const QString& organisation, QWidget* parent)
    : QDialog(parent)
    , m_summaryLabel(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
    , m_apply(new QPushButton(this))
{
    setWindowTitle(tr("Apply Changes"));
    setAccessibleName(tr("Apply changes"));

    int added = 0;
    int changed = 0;
    int moved = 0;
    int removed = 0;
    int removing = 0;
    for (int index : entries) {
        const PlanEntry& entry = plan.entries.at(index);
        added += entry.action == PlanEntry::Action::Add;
        changed += entry.action == PlanEntry::Action::Change;
        moved += entry.action == PlanEntry::Action::Move;
        removed += entry.action == PlanEntry::Action::Remove;
        removing += entry.action == PlanEntry::Action::Remove;
    }
    QStringList parts;
    if (added > 0)
        parts << tr("%n to add", nullptr, added);
    if (changed > 0)
        parts << tr("%n to change", nullptr, changed);
    if (moved > 0)
        parts << tr("%n to move", nullptr, moved);
    if (removed > 0)
        parts << tr("%n to remove", nullptr, removed);
    m_summary = parts.join(QStringLiteral(", "));

    QString text = tr("Apply %1 to %2?")
                           .arg(scope, organisation.toHtmlEscaped())
                           .prepend(QStringLiteral("<p><b>"))
                           .append(QStringLiteral("</b></p>"));
    text += QStringLiteral("<p>%1.</p>").arg(m_summary.toHtmlEscaped());
    if (const int blocked = plan.blockedCount(); blocked > 0)
        text += tr("<p>Blocked entries are left out (%n): the key may not make them.</p>", nullptr,
                   blocked);
    text += tr("<p>Each change is sent on its own; one that fails does not stop the others, and "
               "running the push again finishes what is left.</p>");
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setText(text);
    m_summaryLabel->setAccessibleName(tr("What will be applied"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);

    // C08: an emptied rules file with force would delete every detection (or every
    // false-positive rule, every output).
    const QStringList wiped = plan.wipes();
    m_needsWord = !wiped.isEmpty() && removing > 0;
    auto* warning = new QLabel(this);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    warning->setAccessibleName(tr("Warning"));
    QPalette warningPalette = warning->palette();
    warningPalette.setColor(QPalette::WindowText,
                            SyncPalette::actionColor(PlanEntry::Action::Remove, palette()));
    warning->setPalette(warningPalette);
    QFont bold = warning->font();
    bold.setBold(true);
    warning->setFont(bold);
    warning->setText(tr("This push deletes %1 and keeps none. Check the config: an emptied or "
                        "missing file looks like this.")
                             .arg(wiped.join(tr(", ")))
                     + QLatin1Char(' ') + tr("To go ahead, type %1:").arg(confirmationWord()));
    m_confirmation->setAccessibleName(tr("Type %1 to confirm").arg(confirmationWord()));
    m_confirmation->setPlaceholderText(confirmationWord());
    warning->setBuddy(m_confirmation);
    warning->setVisible(m_needsWord);
    m_confirmation->setVisible(m_needsWord);
    layout->addWidget(warning);
    layout->addWidget(m_confirmation);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply->setText(tr("&Apply"));
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_needsWord) {
        m_apply->setEnabled(false);
        m_apply->setDefault(false);
        QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
        cancel->setDefault(true);
        connect(m_confirmation, &QLineEdit::textChanged, this,
                [this, cancel](const QString& typed) {
                    const bool confirmed = typed.trimmed() == confirmationWord();
                    m_apply->setEnabled(confirmed);
                    cancel->setDefault(!confirmed);
                    m_apply->setDefault(confirmed);
                });
        m_confirmation->setFocus();
    } else {
        m_apply->setDefault(true);
        m_apply->setFocus();
    }
}

} // namespace lc
