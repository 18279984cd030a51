// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace lctest {

// Files under tests/support/data (samples and field cases).
class TestData
{
public:
    static QString path(const QString& relative);
    // The whole file; an empty array (and a warning) when it cannot be read.
    static QByteArray read(const QString& relative);
};

} // namespace lctest
