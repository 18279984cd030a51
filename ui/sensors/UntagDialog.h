// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "sensors/SensorSelection.h"

class QDialogButtonBox;
class QListWidget;

namespace lc {

// Which of the selection's tags to remove, each with the number of selected sensors carrying
// it.
class UntagDialog : public QDialog
{
    Q_OBJECT

public:
    UntagDialog(const SensorSelection& selection, QWidget* parent = nullptr);

    QStringList selectedTags() const;
    QListWidget* tagList() const { return m_list; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateState();

    QListWidget* m_list;
    QDialogButtonBox* m_buttons;
};

} // namespace lc
