// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace lc {

// Asks for the YARA rule of a scan: rule text typed or pasted, a rule file on this computer,
// or an https URL the sensor downloads. The sensor takes the rule as one word on the task
// line: text and files are sent base64-encoded, a URL as it is.
class YaraRuleDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        Text,
        File,
        Url,
    };

    // target: what is scanned, for the title ("process 4242 on ws-01").
    YaraRuleDialog(const QString& target, QWidget* parent = nullptr);

    void setSource(Source source);
    Source source() const;
    QPlainTextEdit* ruleEdit() const { return m_text; }
    QLineEdit* fileEdit() const { return m_file; }
    QLineEdit* urlEdit() const { return m_url; }
    QLabel* problemLabel() const { return m_problem; }

    // Why the rule cannot be used yet; empty when it can.
    QString problem() const;
    // The rule as the task line carries it (valid after the dialog was accepted).
    QString ruleArgument() const { return m_argument; }

    // Larger rules belong on a web server: the task line would be too long.
    static constexpr qint64 MaxRuleBytes = 256 * 1024;

public slots:
    void accept() override;

private:
    void updateState();
    void chooseFile();

    QRadioButton* m_textChoice;
    QRadioButton* m_fileChoice;
    QRadioButton* m_urlChoice;
    QPlainTextEdit* m_text;
    QLineEdit* m_file;
    QLineEdit* m_url;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_argument;
};

} // namespace lc
