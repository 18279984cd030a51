// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <memory>
#include <string_view>

namespace lc {

// Interned strings for the few indexed fields of stream records (hostnames, sids, event
// types, investigation ids): each distinct value is stored once and referred to by id.
// Id 0 is the empty string; ids run from 0 to size() - 1. Ids are never reused while the pool
// lives, until clear() forgets every string and numbering starts again (EventStore::cleared
// tells the views). Lookups hash once into an open-addressed table; values stay at a fixed
// address, so the views returned by value() live as long as the pool (or until clear()).
class StringPool
{
public:
    StringPool();
    ~StringPool();

    quint32 intern(std::string_view value);
    std::string_view value(quint32 id) const;
    quint32 size() const;
    void clear();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lc
