// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandPaletteModel.h"

#include <QAction>
#include <QApplication>
#include <QFont>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QSet>
#include <QTabWidget>

#include <algorithm>

#include "widgets/ActionReason.h"

namespace lc {

namespace {

const QString PathSeparator = QStringLiteral(" \u25B8 ");

QString folded(const QString& text)
{
    // Accents and case do not matter when filtering: "regle" finds "Règle".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c.toCaseFolded());
    }
    return result;
}

} // namespace

CommandPaletteModel::CommandPaletteModel(QMainWindow* window, QTabWidget* pages, QObject* parent)
    : QAbstractTableModel(parent)
    , m_window(window)
    , m_pages(pages)
{}

QString CommandPaletteModel::plainText(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (int index = 0; index < text.size(); ++index) {
        const QChar c = text.at(index);
        if (c == QLatin1Char('&')) {
            if (index + 1 < text.size() && text.at(index + 1) == QLatin1Char('&')) {
                result.append(c);
                ++index;
            }
            continue;
        }
        if (c == QLatin1Char('\t'))
            break;
        result.append(c);
    }
    return result.trimmed();
}

void CommandPaletteModel::reload(const QAction* exclude)
{
    beginResetModel();
    m_commands.clear();
    collectMenu(m_window->menuBar()->actions(), QString(), exclude);

    // The widgets' own actions: shortcuts of a page, context menus, toolbars. Dialogs and
    // popups are other windows and are left out.
    QSet<const QAction*> seen;
    for (const Command& command : std::as_const(m_commands))
        seen.insert(command.action);
    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->window() != m_window)
            continue;
        for (QAction* action : widget->actions()) {
            if (action == exclude || seen.contains(action) || action->menu() != nullptr)
                continue;
            seen.insert(action);
            add(action, pageName(pageOf(action)));
        }
    }

    // A stable sort keeps the menu order inside each group.
    std::stable_sort(m_commands.begin(), m_commands.end(),
                     [](const Command& a, const Command& b) { return a.group < b.group; });
    applyFilter();
    endResetModel();
}

void CommandPaletteModel::collectMenu(const QList<QAction*>& actions, const QString& path,
                                      const QAction* exclude)
{
    for (QAction* action : actions) {
        if (action == exclude || action->isSeparator() || !action->isVisible())
            continue;
        const QString text = plainText(action->text());
        const QString here = path.isEmpty() ? text : path + PathSeparator + text;
        if (QMenu* menu = action->menu()) {
            collectMenu(menu->actions(), here, exclude);
            continue;
        }
        add(action, path);
    }
}

void CommandPaletteModel::add(QAction* action, const QString& path)
{
    const QString title = plainText(action->text());
    if (title.isEmpty() || action->isSeparator() || !action->isVisible())
        return;
    for (const Command& command : std::as_const(m_commands)) {
        if (command.action == action)
            return;
    }

    Command command;
    command.action = action;
    command.title = title;
    command.path = path;
    QStringList shortcuts;
    for (const QKeySequence& sequence : action->shortcuts())
        shortcuts << sequence.toString(QKeySequence::NativeText);
    command.shortcut = shortcuts.join(QStringLiteral(", "));
    command.enabled = action->isEnabled();

    const QWidget* page = pageOf(action);
    const QWidget* front = m_pages ? m_pages->currentWidget() : nullptr;
    command.inFront = page != nullptr && page == front;
    command.group = page == nullptr ? 1 : (command.inFront ? 0 : 2);
    if (!command.enabled) {
        command.reason = ActionReason::reason(action);
        if (command.reason.isEmpty() && page != nullptr && !command.inFront)
            command.reason = tr("Only on the %1 tab.").arg(pageName(page));
    }
    command.searchText =
            folded(title + QLatin1Char(' ') + path + QLatin1Char(' ') + action->toolTip());
    m_commands.append(command);
}

QWidget* CommandPaletteModel::pageOf(const QAction* action) const
{
    if (!m_pages)
        return nullptr;
    for (int index = 0; index < m_pages->count(); ++index) {
        QWidget* page = m_pages->widget(index);
        for (const QObject* owner = action->parent(); owner; owner = owner->parent()) {
            if (owner == page)
                return page;
        }
        for (const QObject* object : action->associatedObjects()) {
            const auto* widget = qobject_cast<const QWidget*>(object);
            if (widget && (widget == page || page->isAncestorOf(widget)))
                return page;
        }
    }
    return nullptr;
}

QString CommandPaletteModel::pageName(const QWidget* page) const
{
    if (!m_pages || page == nullptr)
        return {};
    return plainText(m_pages->tabText(m_pages->indexOf(const_cast<QWidget*>(page))));
}

void CommandPaletteModel::setFilterText(const QString& text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    applyFilter();
    endResetModel();
}

void CommandPaletteModel::applyFilter()
{
    m_shown.clear();
    const QStringList words = folded(m_filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int index = 0; index < m_commands.size(); ++index) {
        const Command& command = m_commands.at(index);
        const bool matches = std::all_of(words.begin(), words.end(), [&](const QString& word) {
            return command.searchText.contains(word);
        });
        if (matches && command.action)
            m_shown.append(index);
    }
}

int CommandPaletteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int CommandPaletteModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandPaletteModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Command& command = m_commands.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ShortcutColumn)
            return command.shortcut;
        return command.path.isEmpty() ? command.title
                                      : command.path + PathSeparator + command.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList parts;
        if (!command.enabled)
            parts << (command.reason.isEmpty() ? tr("Not available now.") : command.reason);
        if (command.action && !command.action->statusTip().isEmpty())
            parts << command.action->statusTip();
        return parts.join(QLatin1Char(' '));
    }
    case Qt::ForegroundRole:
        // Greyed as a disabled menu entry would be, in the theme's own colour.
        if (!command.enabled)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (command.inFront && index.column() == CommandColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == CommandColumn && command.action && command.action->isCheckable())
            return command.action->isChecked() ? Qt::Checked : Qt::Unchecked;
        return {};
    case ReasonRole:
        return command.reason;
    default:
        return {};
    }
}

QVariant CommandPaletteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ShortcutColumn ? tr("Shortcut") : tr("Command");
}

QAction* CommandPaletteModel::action(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_commands.at(m_shown.at(row)).action : nullptr;
}

QString CommandPaletteModel::title(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_commands.at(m_shown.at(row)).title : QString();
}

QString CommandPaletteModel::shortcutText(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_commands.at(m_shown.at(row)).shortcut : QString();
}

bool CommandPaletteModel::isEnabled(int row) const
{
    return row >= 0 && row < m_shown.size() && m_commands.at(m_shown.at(row)).enabled;
}

QString CommandPaletteModel::reason(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_commands.at(m_shown.at(row)).reason : QString();
}

bool CommandPaletteModel::isInFront(int row) const
{
    return row >= 0 && row < m_shown.size() && m_commands.at(m_shown.at(row)).inFront;
}

int CommandPaletteModel::rowOf(const QAction* action) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_commands.at(m_shown.at(row)).action == action)
            return row;
    }
    return -1;
}

} // namespace lc
