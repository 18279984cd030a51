// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include "ApiRequest.h"

// The Spout host (stream.limacharlie.io). Scripted exchanges are answered before a request
// gets here; the streaming endpoint itself (POST /<oid>, newline-delimited JSON) belongs in
// this class and is not served yet, so every request is answered 404 for now.
class StreamService
{
public:
    void handle(const ApiRequest& request, httplib::Response& response) const;
};
