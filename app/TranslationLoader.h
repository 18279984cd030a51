// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace lc {

// Installs LC Desk's translations for a locale. English is always installed: it holds the
// singular and plural forms of the "%n" strings. On top of it comes the locale's own
// language when LC Desk ships one (":/i18n/lcdesk_<lang>.qm", embedded at build time), and
// Qt's translation of its standard dialogs when the system has it.
class TranslationLoader
{
public:
    // The languages installed, English first ("en", then for example "de" and "qtbase_de").
    static QStringList install(QCoreApplication& app, const QLocale& locale = QLocale());

    // The languages LC Desk ships a translation for, from the embedded files.
    static QStringList shippedLanguages();
};

} // namespace lc
