// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

enum class ListenerRole
{
    Api,
    Jwt,
    Stream,
    Foreign,
    PlainApi,
};

inline std::string listenerRoleName(ListenerRole role)
{
    switch (role) {
    case ListenerRole::Api:
        return "api";
    case ListenerRole::Jwt:
        return "jwt";
    case ListenerRole::Stream:
        return "stream";
    case ListenerRole::Foreign:
        return "foreign";
    case ListenerRole::PlainApi:
        return "plain_api";
    }
    return "unknown";
}

inline std::optional<ListenerRole> listenerRoleFromName(std::string_view name)
{
    for (const ListenerRole role : {ListenerRole::Api, ListenerRole::Jwt, ListenerRole::Stream,
                                    ListenerRole::Foreign, ListenerRole::PlainApi}) {
        if (listenerRoleName(role) == name) {
            return role;
        }
    }
    return std::nullopt;
}
