// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QIcon>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace lc {

// Help > About LC Desk: the version (and the Qt it runs on), LC Desk's licence, and the
// licences and attribution of the data that ships with it (the demo organisation's community
// rules). About Qt is one button away.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The icon of the installed theme (io.github.lcdesk.LCDesk), else the one built in.
    static QIcon applicationIcon();

    QLabel* versionLabel() const { return m_version; }
    QLabel* licenceLabel() const { return m_licence; }
    QLabel* bundledDataLabel() const { return m_bundledData; }
    QPushButton* aboutQtButton() const { return m_aboutQt; }

private:
    QLabel* m_version;
    QLabel* m_licence;
    QLabel* m_bundledData;
    QPushButton* m_aboutQt;
    QDialogButtonBox* m_buttons;
};

} // namespace lc
