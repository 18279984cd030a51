// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/WelcomePanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lc {

WelcomePanel::WelcomePanel(QWidget* parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Open the &Demo Organisation"), this))
    , m_login(new QPushButton(tr("&Log In…"), this))
    , m_import(new QPushButton(tr("&Import Keys from ~/.limacharlie"), this))
{
    setAccessibleName(tr("Welcome"));
    auto* title = new QLabel(tr("Welcome to LC Desk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(tr("No LimaCharlie credentials were found: not in LC Desk's keychain, "
                               "not in the limacharlie command's credentials file, not in LC_* "
                               "environment variables.\n\nTry the demo organisation, a simulated "
                               "fleet served on this computer, or log in with an organisation ID "
                               "and an API key."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A wrapped label inside an aligned layout item gets no height for its width; fix both.
    text->setFixedWidth(520);
    text->setMinimumHeight(text->heightForWidth(520));

    m_demo->setDefault(true);
    m_demo->setAccessibleName(tr("Open the demo organisation"));
    m_login->setAccessibleName(tr("Log in"));
    m_import->setAccessibleName(tr("Import keys from the credentials file"));
    m_import->hide();
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    connect(m_login, &QPushButton::clicked, this, &WelcomePanel::loginRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePanel::importRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    for (QPushButton* button : {m_demo, m_login, m_import}) {
        button->setMinimumWidth(280);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(3);
}

void WelcomePanel::setImportAvailable(bool available)
{
    m_import->setVisible(available);
}

} // namespace lc
