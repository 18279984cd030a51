// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

#include "console/ConsoleHistory.h"

class QCompleter;
class QStringListModel;

namespace lc {

// The console's command line: Tab completes command names and then the command's flags
// (CommandCatalog::complete), with a popup when several fit; Up and Down walk this console's
// history; Return emits submitted().
class CommandLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    CommandLineEdit(const QString& historyKey, QWidget* parent = nullptr);

    ConsoleHistory& history() { return m_history; }
    QCompleter* completer() const { return m_completer; }
    // What Tab would offer at the cursor now.
    QStringList candidates() const;
    // Completes at the cursor as Tab does: the only candidate is inserted (with a space after
    // it), several insert what they share and open the popup. False when nothing fits.
    bool completeAtCursor();

signals:
    void submitted(const QString& line);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void insertCompletion(const QString& candidate, bool finished);
    void walkHistory(bool back);

    ConsoleHistory m_history;
    QCompleter* m_completer;
    QStringListModel* m_candidates;
    int m_replaceFrom = 0;
};

} // namespace lc
