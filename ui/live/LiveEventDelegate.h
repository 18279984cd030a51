// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace lc {

// Paints the live table's rows: detections stand out (bold, tinted), and rows whose line was
// not valid UTF-8 or not a JSON object are in italics. Reads the model's KindRole and
// FlagsRole, so it costs nothing for rows that are not painted.
class LiveEventDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static bool isDetection(const QModelIndex& index);
    static QColor detectionTint(const QPalette& palette);

    // The style a cell is painted with (tests and accessibility checks read it).
    QStyleOptionViewItem optionFor(const QModelIndex& index, const QWidget* view) const;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace lc
