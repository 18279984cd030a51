// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QMainWindow;
class QTabWidget;
class QTreeView;

namespace lc {

class CommandPaletteModel;

// Every command of the window in one list (Ctrl+Shift+P): type to filter, Up and Down to
// choose, Return to run, Escape to leave. Commands that cannot run now are greyed with the
// reason when it is known; the page in front's commands come first (in bold).
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    CommandPalette(QMainWindow* window, QTabWidget* pages);

    // The "Command Palette…" action (Ctrl+Shift+P) that opens it; owned by the palette.
    QAction* openAction() const { return m_openAction; }
    // Collects the commands again and shows the palette over the window, filter cleared.
    void open() override;

    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* view() const { return m_view; }
    CommandPaletteModel* model() const { return m_model; }
    // Runs the command in row (after the palette closes); false, with the reason shown,
    // when it cannot run.
    bool run(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onFilterChanged(const QString& text);
    void showCurrentNote();
    void selectRow(int row);
    int currentRow() const;

    QMainWindow* m_window;
    QAction* m_openAction;
    CommandPaletteModel* m_model;
    QLineEdit* m_filter;
    QTreeView* m_view;
    QLabel* m_note;
};

} // namespace lc
