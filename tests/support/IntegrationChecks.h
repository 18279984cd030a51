// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>

#include "RequestOutcome.h"

// Starts an emulator inside a test function, failing the test with the emulator's own
// message when it cannot start.
#define LCTEST_START_EMULATOR(emulator, ...)                                                       \
    QVERIFY2((emulator).start(__VA_ARGS__), qPrintable((emulator).errorString()))

// Checks that a request finished well, printing the client's message when it did not. The
// argument (often the call itself) is evaluated once.
#define LCTEST_VERIFY_OK(expression)                                                               \
    do {                                                                                           \
        const lctest::RequestOutcome lctestOutcome = (expression);                                 \
        QVERIFY2(lctestOutcome.isOk(),                                                             \
                 qPrintable(QStringLiteral("finished=%1 status=%2 http=%3: %4")                    \
                                    .arg(lctestOutcome.finished)                                   \
                                    .arg(lc::ApiError::statusName(lctestOutcome.error.status))     \
                                    .arg(lctestOutcome.httpStatus)                                 \
                                    .arg(lctestOutcome.error.toString())));                        \
    } while (false)

// The emulator's request log, failing the test when it cannot be read (so that "no request
// arrived" is never concluded from a failed read).
#define LCTEST_REQUEST_LOG(variable, emulator)                                                     \
    bool variable##Read = false;                                                                   \
    const QList<lctest::LoggedRequest> variable = (emulator).requests(&variable##Read);            \
    QVERIFY2(variable##Read, qPrintable((emulator).errorString()))
