// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace lc {

// The live table: a QTableView that tells when the user, with the mouse or the keyboard, made
// another row current (focus alone or a model change does not count), so following the newest
// row can stop while a row is read.
class LiveEventTable : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

signals:
    void rowPicked(int row);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void notePick(int rowBefore);
};

} // namespace lc
