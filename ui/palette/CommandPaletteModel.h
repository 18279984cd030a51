// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class QAction;
class QMainWindow;
class QTabWidget;
class QWidget;

namespace lc {

// Every command of a main window, for the command palette: the entries of its menu bar (with
// their submenus) and the actions its widgets carry for themselves (a page's own shortcuts,
// context-menu actions, toolbar buttons), collected afresh by reload() so new actions appear
// by themselves. Each knows its menu path, shortcuts, whether it can run and, when it cannot,
// why if that is known: the action's "disabledReason" property, or a page that is not in front.
// The page in front comes first, then the window's own commands, then the other pages'.
class CommandPaletteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CommandColumn,
        ShortcutColumn,
        ColumnCount,
    };

    // The role holding why a disabled command cannot run (empty when not known).
    static constexpr int ReasonRole = Qt::UserRole + 1;

    // pages: the window's tabs, whose current page is "in front"; may be null.
    CommandPaletteModel(QMainWindow* window, QTabWidget* pages, QObject* parent = nullptr);

    // Collects the commands again; exclude (the palette's own action) is left out.
    void reload(const QAction* exclude = nullptr);
    // Keeps the commands whose name or menu path holds every word of text, ignoring case and
    // accents' absence ("Rules ▸ Dry Run" for "dry rul").
    void setFilterText(const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QAction* action(int row) const;
    QString title(int row) const;
    QString shortcutText(int row) const;
    bool isEnabled(int row) const;
    QString reason(int row) const;
    // Whether the command belongs to the page in front.
    bool isInFront(int row) const;
    // The row of action among the shown ones; -1 when filtered out or unknown.
    int rowOf(const QAction* action) const;

    // "&Tag Sensors…" as a menu shows it: "Tag Sensors…".
    static QString plainText(const QString& text);

private:
    struct Command
    {
        QPointer<QAction> action;
        QString title;
        QString path; // "Sensors ▸ Tag"; the page's name for an action outside menus
        QString shortcut;
        QString reason;
        QString searchText;
        bool enabled = true;
        bool inFront = false;
        int group = 0; // 0 page in front, 1 window, 2 other pages
    };

    void collectMenu(const QList<QAction*>& actions, const QString& path, const QAction* exclude);
    void add(QAction* action, const QString& path);
    QWidget* pageOf(const QAction* action) const;
    QString pageName(const QWidget* page) const;
    void applyFilter();

    QMainWindow* m_window;
    QPointer<QTabWidget> m_pages;
    QList<Command> m_commands;
    QList<int> m_shown; // indexes into m_commands
    QString m_filter;
};

} // namespace lc
