// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

#include "sync/SyncPlan.h"

namespace lc {

// The colours of the sync view, derived from the widget's palette so that they stay readable
// on light, dark and high-contrast themes: a hue per action at a lightness that contrasts with
// the palette's base. Colour is never the only sign: every marker is also written as text.
class SyncPalette
{
public:
    // The text colour of an entry's marker and name.
    static QColor actionColor(PlanEntry::Action action, const QPalette& palette);
    // The background of a line only the organisation has (removed by the push), and of a line
    // only the config has (written by the push).
    static QColor removedLineColor(const QPalette& palette);
    static QColor addedLineColor(const QPalette& palette);
    static QColor blockedColor(const QPalette& palette);
};

} // namespace lc
