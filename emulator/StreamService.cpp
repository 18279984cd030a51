// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamService.h"

#include "Reply.h"

void StreamService::handle(const ApiRequest& request, httplib::Response& response) const
{
    Reply::error(response, 404,
                 "no stream endpoint at " + request.rawPath()
                         + " (this emulator serves only scripted stream exchanges)");
}
