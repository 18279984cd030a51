// SPDX-License-Identifier: GPL-3.0-or-later
#include "LcDesk.h"

Q_LOGGING_CATEGORY(lcApi, "lc.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "lc.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCreds, "lc.creds", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSensors, "lc.sensors", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStream, "lc.stream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "lc.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "lc.ui", QtInfoMsg)
