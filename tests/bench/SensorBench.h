// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QVector>

namespace lc {

class ApiClient;

// Measures the sensor list against its targets, as ratios of times taken in the same run:
//  - loading every page into the model vs downloading the same pages alone (target 1.5);
//  - one filter keystroke on all rows vs the 30 ms budget (target 1.0).
class SensorBench : public QObject
{
    Q_OBJECT

public:
    SensorBench(ApiClient* client, int rounds);

    // Returns the process exit code: 0 when both targets are met.
    int run();

private:
    double downloadPagesMs(int* pages, qint64* bytes);
    double loadIntoModelMs(int* sensors);
    QVector<double> filterKeystrokesMs(int* rows);

    ApiClient* m_client;
    int m_rounds;
};

} // namespace lc
