// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/YamlParseGuard.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <string>

namespace lc {

namespace {

// Only where each document starts matters.
class DocumentStarts : public YAML::EventHandler
{
public:
    YAML::Mark start;

    void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override
    {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {}
    void OnMapEnd() override {}
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

bool YamlParseGuard::isUnusual(QByteArrayView text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView row = text.sliced(start, end - start);
        start = end + 1;

        qsizetype first = 0;
        while (first < row.size() && isBlank(row.at(first)))
            ++first;
        if (first == row.size() || row.at(first) == '#')
            continue;
        if (QByteArrayView("?:,]}%|>@`&*!").contains(row.at(first)))
            return true;
        if (first == 0 && (row.startsWith("---") || row.startsWith("...")))
            return true;
        // An anchor, alias or tag after a blank; a '#' ends the part worth looking at.
        for (qsizetype i = first + 1; i < row.size(); ++i) {
            const char c = row.at(i);
            if (c == '#' && isBlank(row.at(i - 1)))
                break;
            if ((c == '&' || c == '*' || c == '!') && isBlank(row.at(i - 1)))
                return true;
        }
    }
    return false;
}

bool YamlParseGuard::readsToEnd(QByteArrayView text, int* line, int* column)
{
    std::istringstream input(std::string(text.data(), static_cast<size_t>(text.size())));
    YAML::Parser parser(input);
    DocumentStarts handler;
    int previous = -1;
    try {
        for (qsizetype documents = 0; parser.HandleNextDocument(handler); ++documents) {
            // A document starting where the last one did, or more documents than bytes: the
            // parser is no longer moving.
            if (handler.start.pos == previous || documents > text.size()) {
                *line = handler.start.line + 1;
                *column = handler.start.column + 1;
                return false;
            }
            previous = handler.start.pos;
        }
    } catch (const YAML::Exception&) {
        // yaml-cpp's own error: its loader stops at the same place and says why.
    }
    return true;
}

QString YamlParseGuard::message()
{
    return tr("YAML cannot be read on from here (a stray ',' or '?' outside [ ] or { }?); quote "
              "the value that holds it");
}

} // namespace lc
