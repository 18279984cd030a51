// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandPalette.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "CommandPaletteModel.h"
#include "LcDesk.h"

namespace lc {

CommandPalette::CommandPalette(QMainWindow* window, QTabWidget* pages)
    : QDialog(window)
    , m_window(window)
    , m_openAction(new QAction(tr("Command &Palette…"), this))
    , m_model(new CommandPaletteModel(window, pages, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("CommandPalette"));
    setWindowTitle(tr("Command Palette"));
    setAccessibleName(tr("Command palette"));
    // The window's shortcuts rest while a command is being chosen.
    setWindowModality(Qt::WindowModal);

    m_openAction->setObjectName(QStringLiteral("CommandPaletteAction"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_openAction->setShortcutContext(Qt::WindowShortcut);
    m_openAction->setStatusTip(tr("List every command with its shortcut and run one"));
    connect(m_openAction, &QAction::triggered, this, &CommandPalette::open);

    m_filter->setPlaceholderText(tr("Type to find a command"));
    m_filter->setAccessibleName(tr("Find a command"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Commands"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CommandPaletteModel::CommandColumn,
                                           QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CommandPaletteModel::ShortcutColumn,
                                           QHeaderView::ResizeToContents);
    // Typing always goes to the filter; the list is walked from there with the arrow keys.
    m_view->setFocusProxy(m_filter);

    m_note->setAccessibleName(tr("Command note"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    resize(640, 420);

    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::onFilterChanged);
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex& index) { run(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommandPalette::showCurrentNote);
}

void CommandPalette::open()
{
    m_model->reload(m_openAction);
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_model->setFilterText({});
    selectRow(0);

    // Over the top of the window, as wide as fits.
    const QRect area = m_window->geometry();
    const int width = std::min(area.width() - 40, 720);
    resize(std::max(width, 360), std::min(area.height() - 80, 460));
    move(area.center().x() - this->width() / 2, area.top() + 60);
    show();
    raise();
    activateWindow();
    m_filter->setFocus(Qt::ShortcutFocusReason);
}

bool CommandPalette::run(int row)
{
    QAction* action = m_model->action(row);
    if (action == nullptr)
        return false;
    if (!m_model->isEnabled(row)) {
        const QString reason = m_model->reason(row);
        m_note->setText(reason.isEmpty()
                                ? tr("%1 is not available now.").arg(m_model->title(row))
                                : tr("%1 is not available: %2").arg(m_model->title(row), reason));
        return false;
    }
    qCInfo(lcUi).noquote() << "command palette runs" << m_model->title(row);
    accept();
    // After the palette has closed, so the command finds focus back in the window.
    QPointer<QAction> target(action);
    QTimer::singleShot(0, m_window, [target] {
        if (target && target->isEnabled())
            target->trigger();
    });
    return true;
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            const int step = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down ? 1 : 10;
            const bool up = key->key() == Qt::Key_Up || key->key() == Qt::Key_PageUp;
            const int last = m_model->rowCount() - 1;
            selectRow(std::clamp(currentRow() + (up ? -step : step), 0, std::max(last, 0)));
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            run(currentRow());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::onFilterChanged(const QString& text)
{
    m_model->setFilterText(text);
    selectRow(0);
}

void CommandPalette::selectRow(int row)
{
    if (m_model->rowCount() == 0) {
        m_note->setText(tr("No command matches."));
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    showCurrentNote();
}

int CommandPalette::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void CommandPalette::showCurrentNote()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_note->setText(m_model->data(m_model->index(row, 0), Qt::ToolTipRole).toString());
}

} // namespace lc
