// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace lc {

// The colour of a "this cannot be sent" line under an input, readable on light, dark and
// high-contrast themes. The text always says what is wrong, so the colour is never the only
// sign.
class ProblemPalette
{
public:
    static QColor color(const QPalette& palette);
    // `palette` with its window text in that colour, for a QLabel.
    static QPalette forLabel(const QPalette& palette);
};

} // namespace lc
