// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace lc {

class EnvironmentCatalog;

// The organisation picker: every entry of the catalog (LC Desk's environments, the credentials
// file's, the environment variables, the demo), with where it comes from as a tooltip.
class EnvironmentSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit EnvironmentSwitcher(EnvironmentCatalog* catalog, QWidget* parent = nullptr);

    QString currentId() const;
    // Shows entryId as current without emitting environmentChosen.
    void setCurrentId(const QString& entryId);

signals:
    // The user picked an entry.
    void environmentChosen(const QString& entryId);

private:
    void rebuild();

    EnvironmentCatalog* m_catalog;
    QString m_currentId;
};

} // namespace lc
