// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/LiveEventTable.h"

namespace lc {

void LiveEventTable::mousePressEvent(QMouseEvent* event)
{
    const int before = currentIndex().row();
    QTableView::mousePressEvent(event);
    notePick(before);
}

void LiveEventTable::keyPressEvent(QKeyEvent* event)
{
    const int before = currentIndex().row();
    QTableView::keyPressEvent(event);
    notePick(before);
}

void LiveEventTable::notePick(int rowBefore)
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.row() != rowBefore)
        emit rowPicked(current.row());
}

} // namespace lc
