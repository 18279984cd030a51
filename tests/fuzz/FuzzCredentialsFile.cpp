// SPDX-License-Identifier: GPL-3.0-or-later
// The credentials file: parsing never fails silently, every environment it lists can be asked
// for, an export line is only ever made for a name a shell takes literally, and writing the
// parsed file back (what saving a key into it does) keeps every environment as it was.
#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include "FuzzCheck.h"
#include "credentials/CredentialsFile.h"
#include "credentials/YamlCodec.h"

namespace {

const QString Path = QStringLiteral("/fuzz/.limacharlie");

// What one environment resolves to, as text to compare.
QString describe(const lc::CredentialsFile& file, const QString& name)
{
    lc::CredentialsError error;
    const lc::Credentials found = file.environment(name, &error);
    LCDESK_FUZZ_CHECK(error.isError() || !found.apiKey.isEmpty(), "a usable entry without a key");
    return QStringList{found.environment,
                       found.oid,
                       found.uid,
                       found.apiKey,
                       found.apiUrl.toString(),
                       found.jwtUrl.toString(),
                       found.streamUrl.toString(),
                       QString::number(static_cast<int>(error.code))}
            .join(QLatin1Char('\n'));
}

QStringList describeAll(const lc::CredentialsFile& file)
{
    QStringList all;
    for (const QString& name : file.environmentNames())
        all << name << describe(file, name);
    all << describe(file, QString());
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    lc::CredentialsError error;
    const lc::CredentialsFile file = lc::CredentialsFile::parse(input, Path, &error);
    LCDESK_FUZZ_CHECK(file.isValid() != error.isError(), "validity and error disagree");
    if (!file.isValid()) {
        LCDESK_FUZZ_CHECK(!error.message.isEmpty(), "a refusal without a reason");
        return 0;
    }

    const QStringList before = describeAll(file);
    QProcessEnvironment environment;
    for (const QString& name : file.environmentNames()) {
        LCDESK_FUZZ_CHECK(file.contains(name), "a listed environment is not there");
        lc::CredentialsError exportError;
        const QString line = file.useExportLine(name, &exportError);
        if (!line.isEmpty()) {
            const QString quoted = line.mid(line.indexOf(QLatin1Char('"')));
            for (const QChar c : name) {
                LCDESK_FUZZ_CHECK(c != QLatin1Char('"') && c != QLatin1Char('$')
                                          && c != QLatin1Char('`') && c != QLatin1Char('\\')
                                          && c != QLatin1Char('\n'),
                                  "an export line a shell would not take literally");
            }
            LCDESK_FUZZ_CHECK(quoted == QLatin1Char('"') + name + QLatin1Char('"'),
                              "the export line names another environment");
        }
        environment.insert(QStringLiteral("LC_CURRENT_ENV"), name);
        LCDESK_FUZZ_CHECK(file.useListing(environment).contains(name), "the listing lost a name");
    }

    // Saving a key parses the file, changes one entry and writes the tree back: written back
    // unchanged, the file must give the same environments.
    YAML::Node root;
    LCDESK_FUZZ_CHECK(lc::YamlCodec::parse(input, Path, &root, &error), "the file parses once");
    // Saving refuses what yaml-cpp cannot write back (a list or map as a key, endless nesting).
    if (YAML::Node at; lc::YamlCodec::findUnwritable(root, &at))
        return 0;
    const QByteArray written = lc::YamlCodec::serialize(root);
    lc::CredentialsError rereadError;
    const lc::CredentialsFile reread = lc::CredentialsFile::parse(written, Path, &rereadError);
    if (!reread.isValid())
        std::fprintf(stderr, "written back:\n%s\n%s\n", written.constData(),
                     qPrintable(rereadError.message));
    LCDESK_FUZZ_CHECK(reread.isValid(), "the file written back does not parse");
    LCDESK_FUZZ_CHECK(describeAll(reread) == before, "the file written back reads differently");
    return 0;
}
