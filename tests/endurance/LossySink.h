// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include "stream/EventSink.h"

namespace lc {

// Test only (--sabotage lose-events): passes lines on to the real sink but swallows one record
// in `every`, as a client bug that loses events silently would. The run must notice.
class LossySink : public EventSink
{
public:
    LossySink(EventSink* target, quint64 every);

    void acceptLine(const IndexedLine& line) override;
    void endBatch() override;
    quint64 swallowed() const { return m_swallowed; }

private:
    EventSink* m_target;
    quint64 m_every;
    quint64 m_seen = 0;
    quint64 m_swallowed = 0;
};

} // namespace lc
