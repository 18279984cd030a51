// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace lc {

// Every key the desktop console keeps in QSettings, in one place. Only layout, the name of
// the last environment and the last sync config path are kept: never a key, token or
// organisation secret.
class UiSettings
{
public:
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& state);
    static QByteArray splitterState();
    static void setSplitterState(const QByteArray& state);
    static QByteArray sensorHeaderState();
    static void setSensorHeaderState(const QByteArray& state);
    // An EnvironmentCatalog entry id ("lcdesk:prod", "demo"); empty when none was opened.
    static QString lastEnvironment();
    static void setLastEnvironment(const QString& entryId);
    // The sync config (a file or a folder) the Rules tab used last.
    static QString syncConfigPath();
    static void setSyncConfigPath(const QString& path);
};

} // namespace lc
