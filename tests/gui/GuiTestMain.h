// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

// Runs one GUI test class in a throw-away home: no user settings, files, keychain (no session
// bus, so the user's keychain is never asked) or LC_* credentials can leak in, and the tests
// behave the same everywhere.
template <typename Test>
int runGuiTest(int argc, char* argv[], const char* applicationName)
{
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
    qputenv("LCDESK_CONFIG_DIR", (home.path() + QStringLiteral("/lcdesk")).toUtf8());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    for (const char* name : {"LC_OID", "LC_UID", "LC_API_KEY", "LC_CREDS_FILE", "LC_CURRENT_ENV",
                             "LC_API_URL", "LC_JWT_URL", "LC_STREAM_URL"})
        qunsetenv(name);

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LCDeskTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
    Test test;
    return QTest::qExec(&test, argc, argv);
}
