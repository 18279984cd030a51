// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include "ApiRequest.h"

class AccountDirectory;
class FeedSender;
class OutputStore;
class StreamHub;
class StreamService;
class StreamSettingsStore;
class SyslogDelivery;

// The stream side of the control API: live stream connections and their counters, runtime
// stream settings and faults, injected bytes, the stream timeline, outputs with their delivery
// state, and the Firehose feeder.
class StreamControlApi
{
public:
    StreamControlApi(const AccountDirectory& directory, StreamHub& hub,
                     StreamSettingsStore& settings, StreamService& streams, OutputStore& outputs,
                     SyslogDelivery& delivery, FeedSender& feeder);

    // False when the request is not one of these endpoints.
    bool handle(const ApiRequest& request, httplib::Response& response);

private:
    void streams(const ApiRequest& request, httplib::Response& response);
    void inject(const ApiRequest& request, httplib::Response& response);
    void settings(const ApiRequest& request, httplib::Response& response);
    void timeline(const ApiRequest& request, httplib::Response& response);
    void outputs(const ApiRequest& request, httplib::Response& response);
    void feed(const ApiRequest& request, httplib::Response& response);

    const AccountDirectory& m_directory;
    StreamHub& m_hub;
    StreamSettingsStore& m_settings;
    StreamService& m_streams;
    OutputStore& m_outputs;
    SyslogDelivery& m_delivery;
    FeedSender& m_feeder;
};
