// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAction;

namespace lc {

// Enables or disables an action and keeps the sentence that says why it is disabled, which the
// command palette shows beside it ("Select one or more sensors first.").
class ActionReason
{
public:
    static void setEnabled(QAction* action, bool enabled, const QString& reason = {});
    static QString reason(const QAction* action);
};

} // namespace lc
