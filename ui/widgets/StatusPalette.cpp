// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusPalette.h"

namespace lc {

namespace {

int hueOf(StatusPalette::Tone tone)
{
    switch (tone) {
    case StatusPalette::Tone::Error:
        return 0;
    case StatusPalette::Tone::Warning:
        return 38;
    case StatusPalette::Tone::Success:
        return 135;
    case StatusPalette::Tone::Inactive:
        break;
    }
    return -1;
}

} // namespace

QColor StatusPalette::blend(const QColor& a, const QColor& b)
{
    return QColor((a.red() + b.red()) / 2, (a.green() + b.green()) / 2, (a.blue() + b.blue()) / 2);
}

bool StatusPalette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusPalette::text(Tone tone, const QPalette& palette)
{
    if (tone == Tone::Inactive)
        return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window));

    // Dark enough on a light window and light enough on a dark one for a 4.5:1 contrast.
    return QColor::fromHsl(hueOf(tone), 210, isDark(palette) ? 180 : 78);
}

QColor StatusPalette::background(Tone tone, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (tone == Tone::Inactive)
        return blend(base, palette.color(QPalette::Window));

    const QColor tint = QColor::fromHsl(hueOf(tone), 170, isDark(palette) ? 70 : 200);
    return blend(base, tint);
}

QPalette StatusPalette::forLabel(Tone tone, const QPalette& palette)
{
    QPalette result = palette;
    result.setColor(QPalette::WindowText, text(tone, palette));
    return result;
}

} // namespace lc
