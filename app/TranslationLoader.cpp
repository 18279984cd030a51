// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "lc.i18n", QtInfoMsg)

namespace lc {

namespace {

const QString Directory = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("lcdesk_");

} // namespace

QStringList TranslationLoader::install(QCoreApplication& app, const QLocale& locale)
{
    QStringList installed;

    auto* english = new QTranslator(&app);
    if (english->load(Prefix + QStringLiteral("en"), Directory)) {
        QCoreApplication::installTranslator(english);
        installed << QStringLiteral("en");
    } else {
        qCWarning(lcI18n) << "The English plural forms are missing from the binary";
        delete english;
    }

    // QTranslator walks the locale's UI languages in order (de_AT, then de, ...); English
    // is already in place, and a language LC Desk does not ship leaves the English text.
    auto* own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("lcdesk"), QStringLiteral("_"), Directory)
        || own->language().startsWith(QLatin1String("en"))) {
        delete own;
        return installed;
    }
    QCoreApplication::installTranslator(own);
    const QString language = own->language().section(QLatin1Char('_'), 0, 0);
    installed << language;
    qCDebug(lcI18n) << "Installed the" << own->language() << "translation for"
                    << locale.uiLanguages();

    // Buttons of Qt's own dialogs (Cancel, Yes, No) come from Qt's translation, which
    // Debian ships in qt6-translations-l10n; without it they stay English.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed << QStringLiteral("qtbase_") + language;
    } else {
        delete qt;
    }
    return installed;
}

QStringList TranslationLoader::shippedLanguages()
{
    QStringList languages;
    const QStringList files = QDir(Directory).entryList({Prefix + QStringLiteral("*.qm")});
    for (const QString& file : files)
        languages << file.mid(Prefix.size()).chopped(3);
    return languages;
}

} // namespace lc
