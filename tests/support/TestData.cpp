// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"

#include <QFile>
#include <QtDebug>

namespace lctest {

QString TestData::path(const QString& relative)
{
    return QStringLiteral(LCDESK_TEST_DATA_DIR "/") + relative;
}

QByteArray TestData::read(const QString& relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read test data" << file.fileName() << file.errorString();
        return {};
    }
    return file.readAll();
}

} // namespace lctest
