// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ActionReason.h"

#include <QAction>

namespace lc {

namespace {

constexpr const char* ReasonProperty = "disabledReason";

} // namespace

void ActionReason::setEnabled(QAction* action, bool enabled, const QString& reason)
{
    action->setProperty(ReasonProperty, enabled ? QString() : reason);
    action->setEnabled(enabled);
}

QString ActionReason::reason(const QAction* action)
{
    return action->property(ReasonProperty).toString();
}

} // namespace lc
