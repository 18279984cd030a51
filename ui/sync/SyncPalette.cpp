// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncPalette.h"

#include "widgets/StatusPalette.h"

namespace lc {

namespace {

constexpr int GreenHue = 130;
constexpr int AmberHue = 35;
constexpr int BlueHue = 215;
constexpr int RedHue = 0;
constexpr int PurpleHue = 285;

// A strong text colour of the hue: dark on a light base, light on a dark one.
QColor textOfHue(int hue, const QPalette& palette)
{
    return QColor::fromHsl(hue, 200, StatusPalette::isDark(palette) ? 175 : 85);
}

// A background of the hue, a little apart from the base, for whole lines.
QColor backgroundOfHue(int hue, const QPalette& palette)
{
    const QColor tint = QColor::fromHsl(hue, 160, StatusPalette::isDark(palette) ? 60 : 215);
    // Half way between the base and the tint keeps the palette's text readable on it.
    return StatusPalette::blend(palette.color(QPalette::Base), tint);
}

} // namespace

QColor SyncPalette::actionColor(PlanEntry::Action action, const QPalette& palette)
{
    switch (action) {
    case PlanEntry::Action::Add:
        return textOfHue(GreenHue, palette);
    case PlanEntry::Action::Change:
        return textOfHue(BlueHue, palette);
    case PlanEntry::Action::Move:
        return textOfHue(PurpleHue, palette);
    case PlanEntry::Action::Remove:
        return textOfHue(RedHue, palette);
    case PlanEntry::Action::Same:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor SyncPalette::removedLineColor(const QPalette& palette)
{
    return backgroundOfHue(RedHue, palette);
}

QColor SyncPalette::addedLineColor(const QPalette& palette)
{
    return backgroundOfHue(GreenHue, palette);
}

QColor SyncPalette::blockedColor(const QPalette& palette)
{
    return textOfHue(AmberHue, palette);
}

} // namespace lc
