// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamFilter.h"

#include <algorithm>

std::string StreamFilter::investigationPrefix(const std::string& investigationId)
{
    return investigationId.substr(0, investigationId.find('/'));
}

bool StreamFilter::acceptsSensor(const std::string& sensorSid,
                                 const std::vector<std::string>& tags) const
{
    if (!sid.empty() && sensorSid != sid) {
        return false;
    }
    if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end()) {
        return false;
    }
    return true;
}

bool StreamFilter::accepts(const StreamRecord& record) const
{
    if (record.type != type || !acceptsSensor(record.sid, record.tags)) {
        return false;
    }
    if (type == StreamType::Detect && !cat.empty() && record.cat != cat) {
        return false;
    }
    // Investigation ids starting with "__" are internal: only their receipts are forwarded.
    if (record.investigationId.rfind("__", 0) == 0 && !record.isReceipt) {
        return false;
    }
    if (type == StreamType::Event && !invId.empty()
        && (record.investigationId.empty()
            || investigationPrefix(record.investigationId) != invId)) {
        return false;
    }
    return true;
}

nlohmann::ordered_json StreamFilter::toJson() const
{
    return {{"sid", sid}, {"tag", tag}, {"cat", cat}, {"inv_id", invId}};
}
