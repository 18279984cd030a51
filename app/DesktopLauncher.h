// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace lc {

class MainWindow;

// Reads the desktop options (--demo, --env, --sensors) and opens the main window on the
// organisation they name.
class DesktopLauncher
{
    Q_DECLARE_TR_FUNCTIONS(lc::DesktopLauncher)

public:
    DesktopLauncher();
    ~DesktopLauncher();

    // False when the options are wrong or only help was asked for; the reason is printed.
    bool start(const QStringList& arguments);
    // Exit status for a false start(): 0 after --help, 2 for a usage error.
    int exitCode() const { return m_exitCode; }

private:
    std::unique_ptr<MainWindow> m_window;
    int m_exitCode = 0;
};

} // namespace lc
