// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/TaskDialog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "investigate/CommandCatalog.h"
#include "investigate/Investigation.h"
#include "widgets/StatusPalette.h"

namespace lc {

TaskDialog::TaskDialog(const SensorSelection& selection, QWidget* parent)
    : QDialog(parent)
    , m_command(new QLineEdit(this))
    , m_investigation(new QLineEdit(this))
    , m_inConsole(new QCheckBox(tr("Show the &replies in a console"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Send Task"));
    auto* intro = new QLabel(tr("Send a command to %n sensor(s): %1", nullptr, selection.size())
                                     .arg(selection.describeHosts()),
                             this);
    intro->setWordWrap(true);
    auto* note = new QLabel(tr("Offline sensors refuse tasks. In a console each sensor's "
                               "replies are shown as they arrive; without it, each sensor's "
                               "answer to the sending is shown and the replies arrive on the "
                               "event stream."),
                            this);
    note->setWordWrap(true);
    m_inConsole->setChecked(selection.size() <= consoleDefaultLimit);
    m_problem->setWordWrap(true);
    m_problem->setPalette(StatusPalette::forLabel(StatusPalette::Tone::Error, palette()));
    m_problem->hide();

    m_command->setPlaceholderText(tr("e.g. os_version"));
    m_command->setAccessibleName(tr("Command"));
    auto* completer = new QCompleter(CommandCatalog::names(), m_command);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_command->setCompleter(completer);
    m_investigation->setPlaceholderText(tr("optional"));
    m_investigation->setAccessibleName(tr("Investigation ID"));

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The console tracks replies under the investigation id, so it must be one it can use.
    const auto update = [this] {
        const QString id = investigationId();
        const QString problem =
                id.isEmpty() || !m_inConsole->isChecked() ? QString() : Investigation::checkId(id);
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)
                ->setEnabled(!command().isEmpty() && problem.isEmpty());
    };
    connect(m_command, &QLineEdit::textChanged, this, update);
    connect(m_investigation, &QLineEdit::textChanged, this, update);
    connect(m_inConsole, &QCheckBox::toggled, this, update);

    auto* form = new QFormLayout;
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&Investigation ID:"), m_investigation);
    form->addRow(QString(), m_inConsole);
    form->addRow(QString(), m_problem);

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

bool TaskDialog::showRepliesInConsole() const
{
    return m_inConsole->isChecked();
}

} // namespace lc
