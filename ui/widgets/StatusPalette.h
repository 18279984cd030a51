// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace lc {

// Colours that carry a state (an error line under an input, a live or failed connection, a
// detection row), chosen from the widget's palette so they read on light, dark and
// high-contrast themes. The text beside them always says the state too: colour is never the
// only sign.
class StatusPalette
{
public:
    enum class Tone
    {
        Error,
        Warning,
        Success,
        Inactive,
    };

    static bool isDark(const QPalette& palette);
    // Half way between two colours: a tint on which the text over a still reads.
    static QColor blend(const QColor& a, const QColor& b);
    // Text in the tone, readable on the palette's window and base.
    static QColor text(Tone tone, const QPalette& palette);
    // A background in the tone on which the palette's own text stays readable.
    static QColor background(Tone tone, const QPalette& palette);
    // `palette` with its window text in the tone, for a QLabel.
    static QPalette forLabel(Tone tone, const QPalette& palette);
};

} // namespace lc
