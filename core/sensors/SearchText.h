// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lc {

// Text folded for matching what a user types: compatibility-decomposed, accents and other
// combining marks dropped, case folded. "Büro", "BURO" and a decomposed "Bu\u0308ro" all
// fold to "buro", so a hostname matches however it or the query was typed.
class SearchText
{
public:
    static QString fold(const QString& text);
};

} // namespace lc
