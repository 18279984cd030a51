// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace lc {

class DemoServer;

// Rules as code with a real rule pack (about 1,500 rules) against the emulator:
// - a dry-run (load the folder, read the organisation holding them, plan) end to end,
//   against 1 s;
// - pushing all of them with 5 ms added to every request, concurrent against one at a time,
//   against a ratio of 5;
// - the Rules tab opening on the plan of all of them, against 200 ms.
class SyncBench
{
public:
    explicit SyncBench(const QString& rulesDir);
    int run();

private:
    bool control(DemoServer& emulator, const QByteArray& method, const QString& path,
                 const QByteArray& body, QString* error);

    QString m_rulesDir;
};

} // namespace lc
