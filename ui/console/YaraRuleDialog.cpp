// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/YaraRuleDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace lc {

YaraRuleDialog::YaraRuleDialog(const QString& target, QWidget* parent)
    : QDialog(parent)
    , m_textChoice(new QRadioButton(tr("Rule &text"), this))
    , m_fileChoice(new QRadioButton(tr("Rule &file"), this))
    , m_urlChoice(new QRadioButton(tr("HTTPS &URL"), this))
    , m_text(new QPlainTextEdit(this))
    , m_file(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("YARA Scan of %1").arg(target));

    m_text->setAccessibleName(tr("YARA rule text"));
    m_text->setPlaceholderText(tr("rule Example { strings: $a = \"marker\" condition: $a }"));
    m_text->setTabChangesFocus(true);
    m_file->setAccessibleName(tr("YARA rule file"));
    m_file->setPlaceholderText(tr("A .yar file on this computer"));
    m_url->setAccessibleName(tr("YARA rule URL"));
    m_url->setPlaceholderText(tr("https://example.com/rules/implant.yar"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose a rule file"));
    connect(browse, &QPushButton::clicked, this, &YaraRuleDialog::chooseFile);

    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Rule problem"));
    QPushButton* scan = m_buttons->addButton(tr("&Scan"), QDialogButtonBox::AcceptRole);
    scan->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &YaraRuleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* grid = new QGridLayout;
    grid->addWidget(m_textChoice, 0, 0, Qt::AlignTop);
    grid->addWidget(m_text, 0, 1, 1, 2);
    grid->addWidget(m_fileChoice, 1, 0);
    grid->addWidget(m_file, 1, 1);
    grid->addWidget(browse, 1, 2);
    grid->addWidget(m_urlChoice, 2, 0);
    grid->addWidget(m_url, 2, 1, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QRadioButton* choice : {m_textChoice, m_fileChoice, m_urlChoice})
        connect(choice, &QRadioButton::toggled, this, &YaraRuleDialog::updateState);
    connect(m_text, &QPlainTextEdit::textChanged, this, &YaraRuleDialog::updateState);
    connect(m_file, &QLineEdit::textChanged, this, &YaraRuleDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &YaraRuleDialog::updateState);
    // Typing into a field picks its source.
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { setSource(Source::Text); });
    connect(m_file, &QLineEdit::textEdited, this, [this] { setSource(Source::File); });
    connect(m_url, &QLineEdit::textEdited, this, [this] { setSource(Source::Url); });

    m_textChoice->setChecked(true);
    updateState();
    resize(620, 360);
}

void YaraRuleDialog::setSource(Source source)
{
    switch (source) {
    case Source::Text:
        m_textChoice->setChecked(true);
        break;
    case Source::File:
        m_fileChoice->setChecked(true);
        break;
    case Source::Url:
        m_urlChoice->setChecked(true);
        break;
    }
}

YaraRuleDialog::Source YaraRuleDialog::source() const
{
    if (m_fileChoice->isChecked())
        return Source::File;
    if (m_urlChoice->isChecked())
        return Source::Url;
    return Source::Text;
}

QString YaraRuleDialog::problem() const
{
    switch (source()) {
    case Source::Text:
        if (m_text->toPlainText().trimmed().isEmpty())
            return tr("Type or paste a rule.");
        if (m_text->toPlainText().toUtf8().size() > MaxRuleBytes)
            return tr("The rule is over 256 KB: put it on a web server and give its https URL.");
        return {};
    case Source::File: {
        const QString path = m_file->text().trimmed();
        if (path.isEmpty())
            return tr("Choose a rule file.");
        const QFileInfo info(path);
        if (!info.isFile())
            return tr("There is no file %1.").arg(path);
        if (info.size() > MaxRuleBytes)
            return tr("The rule file is over 256 KB: put it on a web server and give its https "
                      "URL.");
        return {};
    }
    case Source::Url: {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (m_url->text().trimmed().isEmpty())
            return tr("Give the https URL of the rule.");
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return tr("The sensor downloads rules over https only: give an https:// URL.");
        if (m_url->text().contains(QLatin1Char(' ')))
            return tr("A URL cannot hold spaces.");
        return {};
    }
    }
    return {};
}

void YaraRuleDialog::updateState()
{
    const QString text = problem();
    m_problem->setText(text);
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(text.isEmpty());
    }
}

void YaraRuleDialog::accept()
{
    if (!problem().isEmpty()) {
        updateState();
        return;
    }

    switch (source()) {
    case Source::Text:
        m_argument = QString::fromLatin1(m_text->toPlainText().toUtf8().toBase64());
        break;
    case Source::File: {
        // A rule file is small (checked above); reading it here is quick.
        QFile file(m_file->text().trimmed());
        if (!file.open(QIODevice::ReadOnly)) {
            m_problem->setText(
                    tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
            return;
        }
        const QByteArray rule = file.read(MaxRuleBytes + 1);
        if (rule.trimmed().isEmpty()) {
            m_problem->setText(tr("%1 is empty.").arg(file.fileName()));
            return;
        }
        m_argument = QString::fromLatin1(rule.toBase64());
        break;
    }
    case Source::Url:
        m_argument = m_url->text().trimmed();
        break;
    }
    QDialog::accept();
}

void YaraRuleDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("YARA Rule File"), m_file->text(),
                                   tr("YARA rules (*.yar *.yara);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_file->setText(path);
        setSource(Source::File);
    });
    dialog->open();
}

} // namespace lc
