// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/UntagDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lc {

namespace {

constexpr int TagRole = Qt::UserRole + 1;

} // namespace

UntagDialog::UntagDialog(const SensorSelection& selection, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Remove Tags"));
    const auto counts = selection.tagCounts();
    auto* intro = new QLabel(
            counts.isEmpty()
                    ? tr("The selected sensors have no tags: %1").arg(selection.describeHosts())
                    : tr("Remove tags from %n sensor(s): %1", nullptr, selection.size())
                              .arg(selection.describeHosts()),
            this);
    intro->setWordWrap(true);

    m_list->setAccessibleName(tr("Tags to remove"));
    for (const auto& [tag, count] : counts) {
        auto* item = new QListWidgetItem(tr("%1 (%n sensor(s))", nullptr, count).arg(tag), m_list);
        item->setData(TagRole, tag);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_list->setVisible(!counts.isEmpty());

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Remove"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &UntagDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    updateState();
}

QStringList UntagDialog::selectedTags() const
{
    QStringList tags;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            tags.append(item->data(TagRole).toString());
    }
    return tags;
}

void UntagDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedTags().isEmpty());
}

} // namespace lc
