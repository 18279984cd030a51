// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "sensors/SensorSelection.h"

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace lc {

// Tags to add to the selected sensors, and for how long: permanent, a preset or a number of
// seconds.
class TagDialog : public QDialog
{
    Q_OBJECT

public:
    TagDialog(const SensorSelection& selection, QWidget* parent = nullptr);

    // Comma-separated input, trimmed, without empties or repeats.
    QStringList tags() const;
    // 0 for a permanent tag.
    int ttlSeconds() const;

    QLineEdit* tagsEdit() const { return m_tags; }
    QComboBox* ttlBox() const { return m_ttl; }
    QSpinBox* customTtlBox() const { return m_customTtl; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateState();

    QLineEdit* m_tags;
    QComboBox* m_ttl;
    QSpinBox* m_customTtl;
    QDialogButtonBox* m_buttons;
};

} // namespace lc
