// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/TaskDialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lc {

namespace {

// Common sensor commands (reference §11), offered as the user types.
QStringList knownCommands()
{
    return {QStringLiteral("dir_list"),     QStringLiteral("file_get"),
            QStringLiteral("file_hash"),    QStringLiteral("file_info"),
            QStringLiteral("history_dump"), QStringLiteral("mem_map"),
            QStringLiteral("mem_strings"),  QStringLiteral("netstat"),
            QStringLiteral("os_autoruns"),  QStringLiteral("os_drivers"),
            QStringLiteral("os_packages"),  QStringLiteral("os_processes"),
            QStringLiteral("os_services"),  QStringLiteral("os_users"),
            QStringLiteral("os_version"),   QStringLiteral("yara_scan")};
}

} // namespace

TaskDialog::TaskDialog(const SensorSelection& selection, QWidget* parent)
    : QDialog(parent)
    , m_command(new QLineEdit(this))
    , m_investigation(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Send Task"));
    auto* intro = new QLabel(tr("Send a command to %n sensor(s): %1", nullptr, selection.size())
                                     .arg(selection.describeHosts()),
                             this);
    intro->setWordWrap(true);
    auto* note = new QLabel(tr("Offline sensors refuse tasks; each sensor's result is shown "
                               "after sending. Replies arrive on the event stream."),
                            this);
    note->setWordWrap(true);

    m_command->setPlaceholderText(tr("e.g. os_version"));
    m_command->setAccessibleName(tr("Command"));
    auto* completer = new QCompleter(knownCommands(), m_command);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_command->setCompleter(completer);
    m_investigation->setPlaceholderText(tr("optional"));
    m_investigation->setAccessibleName(tr("Investigation ID"));

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_command, &QLineEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!command().isEmpty()); });

    auto* form = new QFormLayout;
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&Investigation ID:"), m_investigation);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

QString TaskDialog::command() const
{
    return m_command->text().trimmed();
}

QString TaskDialog::investigationId() const
{
    return m_investigation->text().trimmed();
}

} // namespace lc
