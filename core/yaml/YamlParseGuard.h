// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace lc {

// The last check before yaml-cpp loads a document: its parser is run over the text event by
// event to see that it gets to the end. On some text it stops at a token no node can start with
// (a ',' outside [ ] or { }, a '?' after the document's node) and its loaders then add empty
// documents there forever. This
// catches what YamlPrecheck's token scanner misjudges; as it costs about half a load, readers
// run it only on text that uses YAML beyond mappings, lists and plain or quoted values.
class YamlParseGuard
{
    Q_DECLARE_TR_FUNCTIONS(YamlParseGuard)

public:
    // Whether text holds anchors, aliases, tags, explicit keys, directives, document markers or
    // lines starting with an indicator, where the scanner is not trusted on its own.
    static bool isUnusual(QByteArrayView text);

    // True when yaml-cpp reads the text to its end or stops with an error of its own; false,
    // with the 1-based line and column, where it stops making progress.
    static bool readsToEnd(QByteArrayView text, int* line, int* column);

    static QString message();
};

} // namespace lc
