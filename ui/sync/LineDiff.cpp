// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/LineDiff.h"

#include <algorithm>
#include <vector>

namespace lc {

int LineDiff::Result::changedLeft() const
{
    return static_cast<int>(std::count(leftChanged.begin(), leftChanged.end(), true));
}

int LineDiff::Result::changedRight() const
{
    return static_cast<int>(std::count(rightChanged.begin(), rightChanged.end(), true));
}

LineDiff::Result LineDiff::compare(const QStringList& left, const QStringList& right)
{
    Result result;
    result.leftChanged = QList<bool>(left.size(), true);
    result.rightChanged = QList<bool>(right.size(), true);

    // Rule bodies mostly differ in a line or two: the equal head and tail cost nothing.
    qsizetype head = 0;
    while (head < left.size() && head < right.size() && left.at(head) == right.at(head)) {
        result.leftChanged[head] = false;
        result.rightChanged[head] = false;
        ++head;
    }
    qsizetype tail = 0;
    while (tail < left.size() - head && tail < right.size() - head
           && left.at(left.size() - 1 - tail) == right.at(right.size() - 1 - tail)) {
        result.leftChanged[left.size() - 1 - tail] = false;
        result.rightChanged[right.size() - 1 - tail] = false;
        ++tail;
    }

    const qsizetype n = left.size() - head - tail;
    const qsizetype m = right.size() - head - tail;
    if (n == 0 || m == 0 || (n + 1) * (m + 1) > MaxCells)
        return result;

    // lengths[i][j]: the LCS of left[head+i..] and right[head+j..].
    const qsizetype width = m + 1;
    std::vector<int> lengths(static_cast<std::size_t>((n + 1) * width), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int& {
        return lengths[static_cast<std::size_t>(i * width + j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            at(i, j) = left.at(head + i) == right.at(head + j)
                               ? at(i + 1, j + 1) + 1
                               : std::max(at(i + 1, j), at(i, j + 1));
        }
    }

    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (left.at(head + i) == right.at(head + j)) {
            result.leftChanged[head + i] = false;
            result.rightChanged[head + j] = false;
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return result;
}

LineDiff::Aligned LineDiff::align(const QStringList& left, const QStringList& right)
{
    const Result diff = compare(left, right);
    Aligned aligned;
    qsizetype i = 0;
    qsizetype j = 0;
    const auto pad = [](QStringList& lines, QList<int>& fillers, qsizetype count) {
        for (qsizetype n = 0; n < count; ++n) {
            fillers.append(static_cast<int>(lines.size()));
            lines.append(QString());
        }
    };
    while (i < left.size() || j < right.size()) {
        // The changed lines up to the next shared line, on each side, then one row each.
        qsizetype leftRun = 0;
        while (i + leftRun < left.size() && diff.leftChanged.at(i + leftRun))
            ++leftRun;
        qsizetype rightRun = 0;
        while (j + rightRun < right.size() && diff.rightChanged.at(j + rightRun))
            ++rightRun;
        for (qsizetype n = 0; n < leftRun; ++n) {
            aligned.leftChanged.append(static_cast<int>(aligned.left.size()));
            aligned.left.append(left.at(i++));
        }
        for (qsizetype n = 0; n < rightRun; ++n) {
            aligned.rightChanged.append(static_cast<int>(aligned.right.size()));
            aligned.right.append(right.at(j++));
        }
        pad(aligned.left, aligned.leftFillers, rightRun - leftRun);
        pad(aligned.right, aligned.rightFillers, leftRun - rightRun);

        if (i < left.size() && j < right.size()) {
            aligned.left.append(left.at(i++));
            aligned.right.append(right.at(j++));
        }
    }
    return aligned;
}

} // namespace lc
