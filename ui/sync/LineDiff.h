// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace lc {

// Which lines of two texts are not part of their longest common subsequence of lines: the
// lines to highlight when the organisation's version and the local one are shown side by side;
// and the two texts laid out in rows, with empty filler lines where one side has fewer lines
// between two lines they share, so that matching lines sit side by side.
class LineDiff
{
public:
    struct Aligned
    {
        QStringList left;
        QStringList right;
        QList<int> leftChanged; // rows (0-based) of lines only the left has
        QList<int> rightChanged;
        QList<int> leftFillers; // rows added on the left to stay beside the right
        QList<int> rightFillers;
    };

    struct Result
    {
        QList<bool> leftChanged;  // one per left line
        QList<bool> rightChanged; // one per right line
        int changedLeft() const;
        int changedRight() const;
    };

    static Result compare(const QStringList& left, const QStringList& right);
    static Aligned align(const QStringList& left, const QStringList& right);

    // The quadratic table is only built for a middle part (after the common first and last
    // lines are set aside) of at most this many cells; past it every middle line is marked.
    static constexpr qsizetype MaxCells = 4'000'000;
};

} // namespace lc
