// SPDX-License-Identifier: GPL-3.0-or-later
#include "LossySink.h"

namespace lc {

LossySink::LossySink(EventSink* target, quint64 every)
    : m_target(target)
    , m_every(every)
{}

void LossySink::acceptLine(const IndexedLine& line)
{
    if (++m_seen % m_every == 0) {
        ++m_swallowed;
        return;
    }
    m_target->acceptLine(line);
}

void LossySink::endBatch()
{
    m_target->endBatch();
}

} // namespace lc
