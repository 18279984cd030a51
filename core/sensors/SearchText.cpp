// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/SearchText.h"

namespace lc {

QString SearchText::fold(const QString& text)
{
    // Plain ASCII is by far the common case; skip normalisation for it.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();

    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        // The kana voicing marks are part of the letter (\u30C7 "de" is not \u30C6 "te"),
        // unlike Latin accents.
        const bool kanaVoicing = c.unicode() == 0x3099 || c.unicode() == 0x309A;
        if (!kanaVoicing
            && (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
                || category == QChar::Mark_Enclosing))
            continue;
        folded.append(c);
    }
    // Recompose what is left, so kana and Hangul syllables come back as typed.
    return folded.toCaseFolded().normalized(QString::NormalizationForm_C);
}

} // namespace lc
