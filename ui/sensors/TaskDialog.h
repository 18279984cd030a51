// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "sensors/SensorSelection.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lc {

// One sensor command line (`os_version`, `file_info "C:\\Temp\\a b.exe"`) for the selected
// sensors, with an optional investigation id that the sensors echo in their replies.
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    TaskDialog(const SensorSelection& selection, QWidget* parent = nullptr);

    QString command() const;
    QString investigationId() const;
    // Send through a console, which shows each sensor's replies, rather than as a batch that
    // only reports whether each sensor took the task. On by default for small selections.
    bool showRepliesInConsole() const;

    // Sensors up to which the console is the default.
    static constexpr int consoleDefaultLimit = 20;

    QLineEdit* commandEdit() const { return m_command; }
    QLineEdit* investigationEdit() const { return m_investigation; }
    QCheckBox* consoleCheck() const { return m_inConsole; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QLineEdit* m_command;
    QLineEdit* m_investigation;
    QCheckBox* m_inConsole;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace lc
