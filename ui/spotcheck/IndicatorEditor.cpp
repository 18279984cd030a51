// SPDX-License-Identifier: GPL-3.0-or-later
#include "spotcheck/IndicatorEditor.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

#include "investigate/SpotCheck.h"

namespace lc {

namespace {

QLineEdit* makeEdit(QWidget* parent, const QString& placeholder, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

IndicatorEditor::IndicatorEditor(QWidget* parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_pathLabel(new QLabel(this))
    , m_path(makeEdit(this, {}, tr("Path")))
    , m_patternLabel(new QLabel(tr("&Name pattern:"), this))
    , m_pattern(makeEdit(this, tr("*.exe (* and ? wildcards)"), tr("Name pattern")))
    , m_depthLabel(new QLabel(tr("&Depth:"), this))
    , m_depth(new QSpinBox(this))
    , m_hashLabel(new QLabel(tr("SHA-&256:"), this))
    , m_hash(makeEdit(this, tr("64 hexadecimal characters"), tr("SHA-256")))
    , m_valueLabel(new QLabel(tr("&Value name:"), this))
    , m_value(makeEdit(this, tr("SvcUpdate"), tr("Value name")))
    , m_ruleLabel(new QLabel(tr("&YARA rule:"), this))
    , m_ruleRow(new QWidget(this))
    , m_rule(makeEdit(m_ruleRow, tr("rule file, or an https:// URL the sensor fetches"),
                      tr("YARA rule")))
    , m_browse(new QPushButton(tr("&Browse…"), m_ruleRow))
    , m_fieldError(new QLabel(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_list(new QListWidget(this))
{
    m_type->addItem(tr("File"), QVariant::fromValue(Type::File));
    m_type->addItem(tr("Files in a directory"), QVariant::fromValue(Type::Directory));
    m_type->addItem(tr("File hash in a directory"), QVariant::fromValue(Type::FileHash));
    m_type->addItem(tr("Registry key (Windows)"), QVariant::fromValue(Type::RegistryKey));
    m_type->addItem(tr("Registry value (Windows)"), QVariant::fromValue(Type::RegistryValue));
    m_type->addItem(tr("YARA on the host"), QVariant::fromValue(Type::YaraHost));
    m_type->addItem(tr("YARA on processes"), QVariant::fromValue(Type::YaraProcess));
    m_type->addItem(tr("YARA on files in a directory"), QVariant::fromValue(Type::YaraFiles));
    m_type->setAccessibleName(tr("Indicator type"));

    m_depth->setRange(0, 1000);
    m_depth->setValue(1);
    m_depth->setAccessibleName(tr("Depth"));
    m_depth->setToolTip(tr("How many folder levels below the directory to look in"));
    m_browse->setToolTip(tr("Choose a YARA rule file on this computer; its text is sent"));
    m_fieldError->setWordWrap(true);
    m_fieldError->setForegroundRole(QPalette::BrightText);
    m_fieldError->hide();
    m_list->setAccessibleName(tr("Indicators"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_remove->setEnabled(false);

    auto* ruleLayout = new QHBoxLayout(m_ruleRow);
    ruleLayout->setContentsMargins(0, 0, 0, 0);
    ruleLayout->addWidget(m_rule, 1);
    ruleLayout->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(m_pathLabel, m_path);
    form->addRow(m_patternLabel, m_pattern);
    form->addRow(m_depthLabel, m_depth);
    form->addRow(m_hashLabel, m_hash);
    form->addRow(m_valueLabel, m_value);
    form->addRow(m_ruleLabel, m_ruleRow);
    m_pathLabel->setBuddy(m_path);
    m_patternLabel->setBuddy(m_pattern);
    m_depthLabel->setBuddy(m_depth);
    m_hashLabel->setBuddy(m_hash);
    m_valueLabel->setBuddy(m_value);
    m_ruleLabel->setBuddy(m_rule);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fieldError, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    // Return in any field adds the indicator, as the Add button does.
    for (QLineEdit* edit : {m_path, m_pattern, m_hash, m_value, m_rule})
        connect(edit, &QLineEdit::returnPressed, this, &IndicatorEditor::addFromFields);
    connect(m_type, &QComboBox::currentIndexChanged, this, &IndicatorEditor::updateFields);
    connect(m_add, &QPushButton::clicked, this, &IndicatorEditor::addFromFields);
    connect(m_browse, &QPushButton::clicked, this, &IndicatorEditor::chooseRuleFile);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QListWidgetItem* item : m_list->selectedItems())
            rows.append(m_list->row(item));
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : std::as_const(rows))
            removeIndicator(row);
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });

    auto* removeAction = new QAction(tr("Remove"), m_list);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, m_remove, &QPushButton::click);
    m_list->addAction(removeAction);

    updateFields();
}

void IndicatorEditor::setType(Type type)
{
    m_type->setCurrentIndex(m_type->findData(QVariant::fromValue(type)));
}

IndicatorEditor::Type IndicatorEditor::type() const
{
    return m_type->currentData().value<Type>();
}

void IndicatorEditor::updateFields()
{
    const Type current = type();
    const bool inDirectory =
            current == Type::Directory || current == Type::FileHash || current == Type::YaraFiles;
    const bool yara =
            current == Type::YaraHost || current == Type::YaraProcess || current == Type::YaraFiles;

    QString pathLabel;
    QString placeholder;
    switch (current) {
    case Type::File:
        pathLabel = tr("&Path:");
        placeholder = tr("C:\\Users\\Public\\tool.exe or /tmp/dropper");
        break;
    case Type::Directory:
    case Type::FileHash:
    case Type::YaraFiles:
        pathLabel = tr("&Directory:");
        placeholder = tr("C:\\Users or /home");
        break;
    case Type::RegistryKey:
    case Type::RegistryValue:
        pathLabel = tr("&Key:");
        placeholder = tr("hklm\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
        break;
    case Type::YaraProcess:
        pathLabel = tr("&Processes:");
        placeholder = tr("a process id or a name expression such as *svchost*");
        break;
    case Type::YaraHost:
        break;
    }
    m_pathLabel->setText(pathLabel);
    m_path->setPlaceholderText(placeholder);
    m_path->setAccessibleName(QString(pathLabel).remove(QLatin1Char('&')).remove(QLatin1Char(':')));

    const auto show = [](QWidget* label, QWidget* field, bool visible) {
        label->setVisible(visible);
        field->setVisible(visible);
    };
    show(m_pathLabel, m_path, current != Type::YaraHost);
    show(m_patternLabel, m_pattern, inDirectory);
    show(m_depthLabel, m_depth, inDirectory);
    show(m_hashLabel, m_hash, current == Type::FileHash);
    show(m_valueLabel, m_value, current == Type::RegistryValue);
    show(m_ruleLabel, m_ruleRow, yara);
    m_fieldError->hide();
}

bool IndicatorEditor::addFromFields()
{
    const Type current = type();
    const QString path = m_path->text();
    const QString pattern = m_pattern->text().trimmed();
    const QString rule = m_rule->text().trimmed();

    // Only emptiness is refused here; everything else is judged by check(), as the run does.
    QString missing;
    if (current != Type::YaraHost && path.trimmed().isEmpty())
        missing = QString(m_pathLabel->text()).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
    else if ((current == Type::Directory || current == Type::FileHash || current == Type::YaraFiles)
             && pattern.isEmpty())
        missing = tr("Name pattern");
    else if (current == Type::FileHash && m_hash->text().trimmed().isEmpty())
        missing = tr("SHA-256");
    else if (current == Type::RegistryValue && m_value->text().isEmpty())
        missing = tr("Value name");
    else if ((current == Type::YaraHost || current == Type::YaraProcess
              || current == Type::YaraFiles)
             && rule.isEmpty())
        missing = tr("YARA rule");
    if (!missing.isEmpty()) {
        m_fieldError->setText(tr("%1 is needed for this type.").arg(missing));
        m_fieldError->show();
        return false;
    }
    m_fieldError->hide();

    Indicator indicator;
    switch (current) {
    case Type::File:
        indicator = Indicator::file(path);
        break;
    case Type::Directory:
        indicator = Indicator::directory(path, pattern, m_depth->value());
        break;
    case Type::FileHash:
        indicator = Indicator::fileHash(path, pattern, m_depth->value(), m_hash->text());
        break;
    case Type::RegistryKey:
        indicator = Indicator::registryKey(path);
        break;
    case Type::RegistryValue:
        indicator = Indicator::registryValue(path, m_value->text());
        break;
    case Type::YaraHost:
        indicator = Indicator::yara(rule);
        break;
    case Type::YaraProcess:
        indicator = Indicator::yara(rule, Indicator::YaraScope::Process, path.trimmed());
        break;
    case Type::YaraFiles:
        indicator =
                Indicator::yara(rule, Indicator::YaraScope::Files, path, pattern, m_depth->value());
        break;
    }
    addIndicator(indicator);

    // Ready for the next one of the same kind.
    m_path->clear();
    m_hash->clear();
    m_value->clear();
    m_path->setFocus(Qt::OtherFocusReason);
    return true;
}

void IndicatorEditor::addIndicator(const Indicator& indicator)
{
    m_indicators.append(indicator);
    m_rejections.append(QString());
    m_list->addItem(new QListWidgetItem);
    refreshRow(int(m_indicators.size()) - 1);
    emit indicatorsChanged();
}

void IndicatorEditor::removeIndicator(int row)
{
    if (row < 0 || row >= m_indicators.size())
        return;
    m_indicators.removeAt(row);
    m_rejections.removeAt(row);
    delete m_list->takeItem(row);
    emit indicatorsChanged();
}

void IndicatorEditor::clear()
{
    m_indicators.clear();
    m_rejections.clear();
    m_list->clear();
    emit indicatorsChanged();
}

QList<Indicator> IndicatorEditor::check(QStringList* problems)
{
    QList<Indicator> usable;
    for (int row = 0; row < m_indicators.size(); ++row) {
        // One at a time through the same judge as the run, so each sentence has its row.
        QList<Indicator> one{m_indicators.at(row)};
        const QStringList found = SpotCheck::validate(one);
        m_rejections[row] = found.join(QLatin1Char(' '));
        if (found.isEmpty())
            usable.append(one.first());
        else if (problems != nullptr)
            problems->append(found);
        refreshRow(row);
    }
    return usable;
}

void IndicatorEditor::refreshRow(int row)
{
    QListWidgetItem* item = m_list->item(row);
    const Indicator& indicator = m_indicators.at(row);
    const QString& rejection = m_rejections.at(row);
    QString text = QStringLiteral("%1: %2").arg(indicator.kindName(), indicator.text());
    if (!rejection.isEmpty())
        text += QLatin1Char('\n') + tr("Rejected: %1").arg(rejection);
    item->setText(text);
    item->setToolTip(rejection.isEmpty() ? indicator.text() : rejection);
    item->setIcon(rejection.isEmpty() ? QIcon()
                                      : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    item->setData(Qt::UserRole, !rejection.isEmpty());
}

void IndicatorEditor::chooseRuleFile()
{
    const QString file =
            QFileDialog::getOpenFileName(this, tr("YARA Rule File"), m_rule->text(),
                                         tr("YARA rules (*.yar *.yara);;All files (*)"));
    if (!file.isEmpty())
        m_rule->setText(file);
}

} // namespace lc
