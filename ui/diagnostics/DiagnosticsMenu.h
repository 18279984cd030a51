// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace lc {

class MainWindow;

// The Help menu's diagnostics: Copy Diagnostics (version, Qt, platform, session state with the
// organisation id but never a key, and the last log lines, all scrubbed) onto the clipboard,
// the log level (kept in the settings) and Open Log Folder.
class DiagnosticsMenu : public QObject
{
    Q_OBJECT

public:
    // How many recent log lines the diagnostics carry.
    static constexpr int LogLines = 200;

    explicit DiagnosticsMenu(MainWindow* window);

    void addTo(QMenu* menu);
    QAction* copyAction() const { return m_copy; }
    QAction* openFolderAction() const { return m_openFolder; }
    QMenu* levelMenu() const { return m_levelMenu; }

    // What Copy Diagnostics puts on the clipboard.
    QString diagnosticsText() const;

signals:
    void copied();

private:
    void copy();
    void updateLevelChecks();

    MainWindow* m_window;
    QAction* m_copy;
    QAction* m_openFolder;
    QMenu* m_levelMenu;
};

} // namespace lc
