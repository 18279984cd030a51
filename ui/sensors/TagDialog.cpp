// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/TagDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lc {

namespace {

constexpr int CustomTtl = -1;

} // namespace

TagDialog::TagDialog(const SensorSelection& selection, QWidget* parent)
    : QDialog(parent)
    , m_tags(new QLineEdit(this))
    , m_ttl(new QComboBox(this))
    , m_customTtl(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Tag Sensors"));
    auto* intro = new QLabel(tr("Add tags to %n sensor(s): %1", nullptr, selection.size())
                                     .arg(selection.describeHosts()),
                             this);
    intro->setWordWrap(true);

    m_tags->setPlaceholderText(tr("e.g. vip, under-investigation"));
    m_tags->setAccessibleName(tr("Tags to add"));
    m_tags->setToolTip(tr("Separate several tags with commas."));

    m_ttl->setAccessibleName(tr("Tag lifetime"));
    m_ttl->addItem(tr("Permanent"), 0);
    m_ttl->addItem(tr("10 minutes"), 10 * 60);
    m_ttl->addItem(tr("1 hour"), 60 * 60);
    m_ttl->addItem(tr("1 day"), 24 * 60 * 60);
    m_ttl->addItem(tr("7 days"), 7 * 24 * 60 * 60);
    m_ttl->addItem(tr("Custom…"), CustomTtl);

    m_customTtl->setAccessibleName(tr("Tag lifetime in seconds"));
    m_customTtl->setRange(1, 10 * 365 * 24 * 60 * 60);
    m_customTtl->setValue(3600);
    m_customTtl->setSuffix(tr(" s"));
    m_customTtl->setEnabled(false);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Tag"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tags, &QLineEdit::textChanged, this, &TagDialog::updateState);
    connect(m_ttl, &QComboBox::currentIndexChanged, this, &TagDialog::updateState);

    auto* form = new QFormLayout;
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Expires:"), m_ttl);
    form->addRow(tr("&Seconds:"), m_customTtl);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateState();
}

QStringList TagDialog::tags() const
{
    QStringList result;
    for (const QString& part : m_tags->text().split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !result.contains(tag))
            result.append(tag);
    }
    return result;
}

int TagDialog::ttlSeconds() const
{
    const int preset = m_ttl->currentData().toInt();
    return preset == CustomTtl ? m_customTtl->value() : preset;
}

void TagDialog::updateState()
{
    m_customTtl->setEnabled(m_ttl->currentData().toInt() == CustomTtl);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!tags().isEmpty());
}

} // namespace lc
