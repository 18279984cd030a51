// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/CommandLineEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>

#include <algorithm>

#include "investigate/CommandCatalog.h"

namespace lc {

namespace {

QString commonPrefix(const QStringList& words)
{
    if (words.isEmpty())
        return {};
    QString prefix = words.first();
    for (const QString& word : words) {
        int length = 0;
        const int limit = int(std::min(prefix.size(), word.size()));
        while (length < limit && prefix.at(length).toLower() == word.at(length).toLower())
            ++length;
        prefix.truncate(length);
    }
    return prefix;
}

} // namespace

CommandLineEdit::CommandLineEdit(const QString& historyKey, QWidget* parent)
    : QLineEdit(parent)
    , m_history(historyKey)
    , m_completer(new QCompleter(this))
    , m_candidates(new QStringListModel(this))
{
    // The completer is driven by Tab only: attached with setWidget, not setCompleter, so the
    // line edit does not pop it up on every keystroke.
    m_completer->setModel(m_candidates);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->popup()->setAccessibleName(tr("Completions"));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& candidate) { insertCompletion(candidate, true); });

    // Editing the line ends a walk through the history; Up then starts again from the newest.
    connect(this, &QLineEdit::textEdited, this, [this] { m_history.resetWalk(); });
}

QStringList CommandLineEdit::candidates() const
{
    return CommandCatalog::complete(text(), cursorPosition()).candidates;
}

bool CommandLineEdit::completeAtCursor()
{
    const CommandCatalog::Completions completions =
            CommandCatalog::complete(text(), cursorPosition());
    if (completions.candidates.isEmpty())
        return false;

    m_replaceFrom = completions.replaceFrom;
    if (completions.candidates.size() == 1) {
        insertCompletion(completions.candidates.first(), true);
        return true;
    }

    const QString typed = text().mid(m_replaceFrom, cursorPosition() - m_replaceFrom);
    const QString shared = commonPrefix(completions.candidates);
    if (shared.size() > typed.size())
        insertCompletion(shared, false);

    m_candidates->setStringList(completions.candidates);
    QRect area = cursorRect();
    QAbstractItemView* popup = m_completer->popup();
    area.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width()
                  + 16);
    m_completer->complete(area);
    return true;
}

void CommandLineEdit::insertCompletion(const QString& candidate, bool finished)
{
    const int cursor = cursorPosition();
    QString line = text();
    QString inserted = candidate;
    const bool spaceFollows = cursor < line.size() && line.at(cursor).isSpace();
    if (finished && !spaceFollows)
        inserted += QLatin1Char(' ');
    line.replace(m_replaceFrom, cursor - m_replaceFrom, inserted);
    setText(line);
    setCursorPosition(m_replaceFrom + int(inserted.size()) + (finished && spaceFollows ? 1 : 0));
    m_history.resetWalk();
}

bool CommandLineEdit::event(QEvent* event)
{
    // Tab completes while there is something to complete; on an empty line it moves the
    // focus on, so the console stays usable from the keyboard.
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier
            && !text().trimmed().isEmpty()) {
            // With the popup open, Tab takes its current candidate (the completer does that
            // with the events the line edit leaves alone).
            if (m_completer->popup()->isVisible())
                event->ignore();
            else
                completeAtCursor();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void CommandLineEdit::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (event->modifiers() == Qt::NoModifier) {
            walkHistory(event->key() == Qt::Key_Up);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Return in the popup picks a candidate; it never sends the half-completed line.
        if (m_completer->popup()->isVisible()) {
            event->ignore();
            return;
        }
        emit submitted(text());
        return;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void CommandLineEdit::walkHistory(bool back)
{
    const QString line = back ? m_history.previous(text()) : m_history.next();
    if (line.isNull())
        return;
    setText(line);
    setCursorPosition(int(line.size()));
}

} // namespace lc
