// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <memory>
#include <string_view>

namespace lc {

// Interned strings for the few indexed fields of stream records (hostnames, sids, event
// types, investigation ids): each distinct value is stored once and referred to by id.
// Id 0 is the empty string. Ids are never reused while the pool lives.
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
