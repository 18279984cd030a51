// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include "investigate/Indicator.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace lc {

// The list of indicators a SpotCheck looks for, and the fields to add one: a type (file,
// directory, file hash, registry key or value, YARA on the host, on processes or on files)
// with the fields that type needs. Nothing is judged while typing; check() judges every
// indicator the way the run will and marks the rejected ones in the list with the reason.
class IndicatorEditor : public QWidget
{
    Q_OBJECT

public:
    // The order of the type box.
    enum class Type
    {
        File,
        Directory,
        FileHash,
        RegistryKey,
        RegistryValue,
        YaraHost,
        YaraProcess,
        YaraFiles,
    };
    Q_ENUM(Type)

    explicit IndicatorEditor(QWidget* parent = nullptr);

    QList<Indicator> indicators() const { return m_indicators; }
    void addIndicator(const Indicator& indicator);
    void removeIndicator(int row);
    void clear();

    // Judges every indicator (YARA rule files are read); marks the rejected ones and returns
    // the usable ones. *problems receives one sentence per rejected indicator.
    QList<Indicator> check(QStringList* problems);
    // The rejection shown for a row (empty when it passed or was not checked yet).
    QString rejection(int row) const { return m_rejections.value(row); }

    void setType(Type type);
    Type type() const;
    // Builds an indicator from the fields and appends it; false (with the reason shown
    // under the fields) when a required field is empty.
    bool addFromFields();

    QComboBox* typeBox() const { return m_type; }
    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* patternEdit() const { return m_pattern; }
    QSpinBox* depthBox() const { return m_depth; }
    QLineEdit* hashEdit() const { return m_hash; }
    QLineEdit* valueEdit() const { return m_value; }
    QLineEdit* ruleEdit() const { return m_rule; }
    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* fieldError() const { return m_fieldError; }

signals:
    void indicatorsChanged();

private:
    void updateFields();
    void refreshRow(int row);
    void chooseRuleFile();

    QList<Indicator> m_indicators;
    QStringList m_rejections; // per row, empty when fine or not checked

    QComboBox* m_type;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QLabel* m_patternLabel;
    QLineEdit* m_pattern;
    QLabel* m_depthLabel;
    QSpinBox* m_depth;
    QLabel* m_hashLabel;
    QLineEdit* m_hash;
    QLabel* m_valueLabel;
    QLineEdit* m_value;
    QLabel* m_ruleLabel;
    QWidget* m_ruleRow;
    QLineEdit* m_rule;
    QPushButton* m_browse;
    QLabel* m_fieldError;
    QPushButton* m_add;
    QPushButton* m_remove;
    QListWidget* m_list;
};

} // namespace lc
