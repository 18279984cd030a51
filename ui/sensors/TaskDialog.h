// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "sensors/SensorSelection.h"

class QDialogButtonBox;
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

    QLineEdit* commandEdit() const { return m_command; }
    QLineEdit* investigationEdit() const { return m_investigation; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QLineEdit* m_command;
    QLineEdit* m_investigation;
    QDialogButtonBox* m_buttons;
};

} // namespace lc
