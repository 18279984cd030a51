// SPDX-License-Identifier: GPL-3.0-or-later
// YamlReader, which reads sync configs the way PyYAML does: whatever it accepts without an error
// becomes a value whose JSON (what is pushed to the organisation) is valid and reads back the
// same; a refusal always says why, at a place in the file.
#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include "FuzzCheck.h"
#include "sync/ConfigDiagnostic.h"
#include "sync/ConfigValue.h"
#include "sync/YamlReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString file = QStringLiteral("fuzz.yaml");

    lc::ConfigValue value;
    QList<lc::ConfigDiagnostic> diagnostics;
    const bool read = lc::YamlReader::read(input, file, &value, &diagnostics);

    bool hasError = false;
    for (const lc::ConfigDiagnostic& diagnostic : diagnostics) {
        LCDESK_FUZZ_CHECK(diagnostic.file == file, "a diagnostic names another file");
        LCDESK_FUZZ_CHECK(!diagnostic.message.isEmpty(), "a diagnostic says nothing");
        LCDESK_FUZZ_CHECK(diagnostic.line >= 0 && diagnostic.column >= 0,
                          "a diagnostic has a negative position");
        hasError = hasError || diagnostic.severity == lc::ConfigDiagnostic::Severity::Error;
    }
    LCDESK_FUZZ_CHECK(read != hasError, "the result and the diagnostics disagree");
    if (!read)
        return 0;

    const QByteArray json = value.toJson();
    LCDESK_FUZZ_CHECK(nlohmann::json::accept(json.constData(), json.constData() + json.size()),
                      "an accepted document gives invalid JSON");
    lc::ConfigValue again;
    LCDESK_FUZZ_CHECK(lc::ConfigValue::fromJson(json, &again), "the JSON is refused");
    LCDESK_FUZZ_CHECK(again.toJson() == json, "the JSON reads back differently");
    return 0;
}
