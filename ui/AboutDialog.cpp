// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lc {

namespace {

const QString ApplicationId = QStringLiteral("io.github.lcdesk.LCDesk");

QLabel* paragraph(const QString& html, QWidget* parent)
{
    auto* label = new QLabel(html, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

// Where packaging/ installs the licence texts, seen from the installed lcdesk (bin/); empty in
// a build tree.
QString installedLicenceFolder()
{
    const QDir folder(QCoreApplication::applicationDirPath()
                      + QStringLiteral("/../share/doc/lcdesk"));
    if (!folder.exists(QStringLiteral("copyright")))
        return {};
    return QDir::cleanPath(folder.absolutePath());
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About LC Desk"));

    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    m_version =
            paragraph(tr("<h2>LC Desk %1</h2>"
                         "<p>The desktop console for the LimaCharlie.io EDR cloud.</p>"
                         "<p>Built with Qt %2, running on Qt %3.</p>")
                              .arg(QStringLiteral(LCDESK_VERSION), QStringLiteral(QT_VERSION_STR),
                                   QString::fromLatin1(qVersion())),
                      this);
    m_version->setObjectName(QStringLiteral("AboutVersion"));

    m_licence = paragraph(
            tr("<p>LC Desk is free software: you can redistribute it and/or modify it under the "
               "terms of the GNU General Public License as published by the Free Software "
               "Foundation, either version 3 of the License, or (at your option) any later "
               "version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See the "
               "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public "
               "License</a> for details.</p>"),
            this);
    m_licence->setObjectName(QStringLiteral("AboutLicence"));

    // The Detection Rule License asks that shared rules keep their authors, a link to the
    // rule set and the licence: the rules keep their metadata, and this names the rest.
    QString bundledData =
            tr("<p><b>Bundled data.</b> The demo organisation starts with community rules from "
               "<a href=\"https://github.com/refractionPOINT/sigma-limacharlie\">"
               "sigma-limacharlie</a>: Sigma rules of the "
               "<a href=\"https://github.com/SigmaHQ/sigma\">SigmaHQ</a> project converted to "
               "LimaCharlie D&amp;R rules, distributed under the "
               "<a href=\"https://github.com/SigmaHQ/Detection-Rule-License\">Detection Rule "
               "License (DRL) 1.1</a>. Each rule names its authors and references in its "
               "metadata.</p>"
               "<p>lcdesk-emulator, the demo organisation's server, includes "
               "<a href=\"https://github.com/nlohmann/json\">JSON for Modern C++</a> "
               "by Niels Lohmann (MIT License).</p>");
    const QString licenceFolder = installedLicenceFolder();
    if (!licenceFolder.isEmpty())
        bundledData += tr("<p>The licence texts are in %1.</p>").arg(licenceFolder.toHtmlEscaped());
    m_bundledData = paragraph(bundledData, this);
    m_bundledData->setObjectName(QStringLiteral("AboutBundledData"));

    auto* text = new QVBoxLayout;
    text->addWidget(m_version);
    text->addWidget(m_licence);
    text->addWidget(m_bundledData);
    text->addStretch(1);

    auto* body = new QHBoxLayout;
    body->addWidget(icon);
    body->addLayout(text, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_aboutQt = m_buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    m_aboutQt->setObjectName(QStringLiteral("AboutQtButton"));
    connect(m_aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

QIcon AboutDialog::applicationIcon()
{
    QIcon builtIn;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/").arg(size) + ApplicationId
                        + QStringLiteral(".png"));
    return QIcon::fromTheme(ApplicationId, builtIn);
}

} // namespace lc
