// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace lc {

// The first thing shown when no organisation could be opened: the demo in one click, or the
// login dialog, or the import of the limacharlie command's keys when that file exists.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    void setImportAvailable(bool available);
    QPushButton* demoButton() const { return m_demo; }
    QPushButton* loginButton() const { return m_login; }
    QPushButton* importButton() const { return m_import; }

signals:
    void demoRequested();
    void loginRequested();
    void importRequested();

private:
    QPushButton* m_demo;
    QPushButton* m_login;
    QPushButton* m_import;
};

} // namespace lc
