// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/LiveEventDelegate.h"

#include <algorithm>

#include "LiveEventModel.h"
#include "stream/EventRecord.h"
#include "widgets/StatusPalette.h"

namespace lc {

bool LiveEventDelegate::isDetection(const QModelIndex& index)
{
    return index.data(LiveEventModel::KindRole).toInt() == static_cast<int>(EventKind::Detection);
}

QColor LiveEventDelegate::detectionTint(const QPalette& palette)
{
    // Strong enough to find in a scrolling list, with the palette's text still readable.
    return StatusPalette::background(StatusPalette::Tone::Error, palette);
}

QStyleOptionViewItem LiveEventDelegate::optionFor(const QModelIndex& index,
                                                  const QWidget* view) const
{
    QStyleOptionViewItem option;
    if (view) {
        option.initFrom(view);
        option.font = view->font();
        option.fontMetrics = view->fontMetrics();
    }
    initStyleOption(&option, index);
    return option;
}

QSize LiveEventDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    // Never measured per row: the vertical header has a fixed section size.
    return {option.rect.width(), option.fontMetrics.height() + 8};
}

void LiveEventDelegate::initStyleOption(QStyleOptionViewItem* option,
                                        const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Laying out text costs by its length: what cannot fit the cell (at the narrowest glyph
    // width) is dropped before the style elides the rest, so long summaries paint as fast
    // as short ones.
    const int width = option->rect.width();
    if (width > 0) {
        const int narrowest = std::max(1, option->fontMetrics.horizontalAdvance(QLatin1Char('.')));
        const qsizetype fit = width / narrowest + 2;
        if (option->text.size() > fit)
            option->text.truncate(fit);
    }
    if (isDetection(index)) {
        option->font.setBold(true);
        option->backgroundBrush = detectionTint(option->palette);
    }
    const int flags = index.data(LiveEventModel::FlagsRole).toInt();
    if (flags & (EventRecord::InvalidUtf8 | EventRecord::NotAnObject))
        option->font.setItalic(true);
}

} // namespace lc
