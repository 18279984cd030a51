// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/EnvironmentSwitcher.h"

#include <QStyle>

#include "session/EnvironmentCatalog.h"

namespace lc {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

EnvironmentSwitcher::EnvironmentSwitcher(EnvironmentCatalog* catalog, QWidget* parent)
    : QComboBox(parent)
    , m_catalog(catalog)
{
    setAccessibleName(tr("Organisation"));
    setToolTip(tr("The organisation to open"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(18);
    setPlaceholderText(tr("Choose an organisation…"));

    connect(m_catalog, &EnvironmentCatalog::entriesChanged, this, &EnvironmentSwitcher::rebuild);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString id = itemData(index, IdRole).toString();
        if (id.isEmpty())
            return;
        m_currentId = id;
        emit environmentChosen(id);
    });
    rebuild();
}

QString EnvironmentSwitcher::currentId() const
{
    return m_currentId;
}

void EnvironmentSwitcher::setCurrentId(const QString& entryId)
{
    m_currentId = entryId;
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(entryId, IdRole));
}

void EnvironmentSwitcher::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();

    using Kind = EnvironmentCatalog::Kind;
    using KeyStatus = CredentialManager::KeyStatus;
    Kind previous = Kind::LcDesk;
    for (const EnvironmentCatalog::Entry& entry : m_catalog->entries()) {
        if (count() > 0 && entry.kind != previous)
            insertSeparator(count());
        previous = entry.kind;

        QIcon icon;
        if (entry.keyStatus == KeyStatus::Missing
            || entry.keyStatus == KeyStatus::KeychainUnavailable)
            icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        addItem(icon, entry.label);
        setItemData(count() - 1, entry.id(), IdRole);
        setItemData(count() - 1, entry.detail, Qt::ToolTipRole);
        setItemData(count() - 1, entry.detail, Qt::AccessibleDescriptionRole);
    }
    setCurrentIndex(findData(m_currentId, IdRole));
}

} // namespace lc
