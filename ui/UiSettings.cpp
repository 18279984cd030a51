// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiSettings.h"

#include <QSettings>

namespace lc {

namespace {

const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
const QString SplitterKey = QStringLiteral("MainWindow/splitter");
const QString SensorHeaderKey = QStringLiteral("SensorList/header");
const QString LastEnvironmentKey = QStringLiteral("Session/lastEnvironment");
const QString SyncConfigPathKey = QStringLiteral("Sync/configPath");

QByteArray bytes(const QString& key)
{
    return QSettings().value(key).toByteArray();
}

} // namespace

QByteArray UiSettings::windowGeometry()
{
    return bytes(GeometryKey);
}

void UiSettings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QByteArray UiSettings::windowState()
{
    return bytes(StateKey);
}

void UiSettings::setWindowState(const QByteArray& state)
{
    QSettings().setValue(StateKey, state);
}

QByteArray UiSettings::splitterState()
{
    return bytes(SplitterKey);
}

void UiSettings::setSplitterState(const QByteArray& state)
{
    QSettings().setValue(SplitterKey, state);
}

QByteArray UiSettings::sensorHeaderState()
{
    return bytes(SensorHeaderKey);
}

void UiSettings::setSensorHeaderState(const QByteArray& state)
{
    QSettings().setValue(SensorHeaderKey, state);
}

QString UiSettings::lastEnvironment()
{
    return QSettings().value(LastEnvironmentKey).toString();
}

void UiSettings::setLastEnvironment(const QString& entryId)
{
    QSettings().setValue(LastEnvironmentKey, entryId);
}

QString UiSettings::syncConfigPath()
{
    return QSettings().value(SyncConfigPathKey).toString();
}

void UiSettings::setSyncConfigPath(const QString& path)
{
    QSettings().setValue(SyncConfigPathKey, path);
}

} // namespace lc
