// SPDX-License-Identifier: GPL-3.0-or-later
// ConfigLoader on a small tree of config files: every rule, false-positive rule and output it
// loads has a usable name and a body that is valid JSON, and a diagnostic names a file.
//
// Input: up to four files separated by lines "#---": lc.yaml (the one loaded), a.yaml,
// parts/b.yaml and parts/c.yaml, written into a private folder. Inputs whose includes leave that
// folder (absolute paths, "..") are skipped: the loader would read the machine's own files.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include "FuzzCheck.h"
#include "sync/ConfigLoader.h"
#include "sync/ConfigValue.h"
#include "sync/SyncConfig.h"
#include "sync/YamlReader.h"

namespace {

const char* const FileNames[] = {"lc.yaml", "a.yaml", "parts/b.yaml", "parts/c.yaml"};

bool staysInside(const lc::ConfigValue& include)
{
    if (include.isList()) {
        for (const lc::ConfigValue& item : include.items()) {
            if (!staysInside(item))
                return false;
        }
        return true;
    }
    const QString& path = include.text();
    return !path.startsWith(QLatin1Char('/')) && !path.contains(QLatin1String(".."));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir sandbox;
    LCDESK_FUZZ_CHECK(sandbox.isValid(), "no temporary folder");
    static const bool madeParts = QDir(sandbox.path()).mkpath(QStringLiteral("parts"));
    LCDESK_FUZZ_CHECK(madeParts, "no parts folder");

    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QList<QByteArray> lines = input.split('\n');
    QList<QByteArray> files(1);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i) == "#---" && files.size() < 4) {
            files.append(QByteArray());
            continue;
        }
        files.last() += lines.at(i);
        if (i + 1 < lines.size())
            files.last() += '\n';
    }

    for (qsizetype i = 0; i < 4; ++i) {
        const QString path = sandbox.filePath(QString::fromLatin1(FileNames[i]));
        QFile::remove(path);
        if (i >= files.size())
            continue;

        lc::ConfigValue root;
        QList<lc::ConfigDiagnostic> ignored;
        lc::YamlReader::read(files.at(i), path, &root, &ignored);
        if (root.isMap() && !staysInside(root.value(QStringLiteral("include"))))
            return -1;

        QFile out(path);
        LCDESK_FUZZ_CHECK(out.open(QIODevice::WriteOnly), "cannot write into the sandbox");
        out.write(files.at(i));
    }

    const lc::SyncConfig config =
            lc::ConfigLoader::load(sandbox.filePath(QStringLiteral("lc.yaml")));
    for (const lc::ConfigDiagnostic& diagnostic : config.diagnostics) {
        LCDESK_FUZZ_CHECK(!diagnostic.file.isEmpty(), "a diagnostic names no file");
        LCDESK_FUZZ_CHECK(!diagnostic.message.isEmpty(), "a diagnostic says nothing");
    }
    for (const lc::SyncItem& item : config.items) {
        LCDESK_FUZZ_CHECK(!item.name.isEmpty(), "an item without a name");
        const QByteArray body = item.body.toJson();
        LCDESK_FUZZ_CHECK(nlohmann::json::accept(body.constData(), body.constData() + body.size()),
                          "an item's body is not valid JSON");
        lc::ConfigValue again;
        LCDESK_FUZZ_CHECK(lc::ConfigValue::fromJson(body, &again), "an item's body is refused");
    }
    return 0;
}
