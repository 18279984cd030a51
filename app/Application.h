// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;
class QString;

namespace lc {

// Chooses between the desktop console and the command line, and runs it.
class Application
{
public:
    static int run(int argc, char* argv[]);
    // What `lcdesk --version` prints: name and version, Qt's version, the licence.
    static QString versionText();

private:
    static int runCommandLine(int argc, char* argv[]);
    static int runDesktop(int argc, char* argv[]);
    static void installTranslations(QCoreApplication& app);
};

} // namespace lc
