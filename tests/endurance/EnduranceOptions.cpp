// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnduranceOptions.h"

#include <QCommandLineParser>

#include <algorithm>

namespace lc {

QString EnduranceOptions::sabotageName(Sabotage sabotage)
{
    switch (sabotage) {
    case Sabotage::None:
        return QStringLiteral("none");
    case Sabotage::HideNotices:
        return QStringLiteral("hide-notices");
    case Sabotage::LoseEvents:
        return QStringLiteral("lose-events");
    case Sabotage::LeakMemory:
        return QStringLiteral("leak-memory");
    }
    return {};
}

bool EnduranceOptions::parse(const QStringList& arguments, QString* message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Endurance run: the live view on the emulator's Spout with faults "
                           "switched on; checks flat memory, every event accounted for and "
                           "every fault reported."));
    parser.addHelpOption();
    const auto value = [&parser](const char* name, const char* help, const QString& fallback) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                            QStringLiteral("value"), fallback));
    };
    value("minutes", "length of the run in minutes (default 60)", QStringLiteral("60"));
    value("seconds", "length in seconds (overrides --minutes)", {});
    value("rate", "events per second on the Spout", QString::number(eventRate));
    value("capacity", "ring buffer size of the live view", QString::number(capacity));
    value("disconnect-every", "records per connection before the disconnect fault (0 = off)",
          QString::number(disconnectEvery));
    value("stream-queue", "emulator queue per connection (records)", QString::number(streamQueue));
    value("stream-error-rate", "share of stream requests answered 5xx",
          QString::number(streamErrorRate));
    value("freeze-ms", "how long the client's thread is blocked each time (0 = never)",
          QString::number(freezeMs));
    value("freeze-every", "seconds between two freezes", QString::number(freezeEverySeconds));
    value("sample-ms", "memory sample interval", QString::number(sampleMs));
    value("warmup",
          "seconds before the memory baseline (at least until the ring is full); "
          "default: 120, or a fifth of a run shorter than ten minutes",
          {});
    value("bound-mb", "allowed growth after the warm-up in MB", QString::number(boundMb));
    value("bound-percent", "allowed growth in percent of the baseline",
          QString::number(boundPercent));
    value("seed", "emulator seed", QString::number(seed));
    value("sabotage", "test only: none, hide-notices, lose-events or leak-memory",
          QStringLiteral("none"));
    parser.addOption(QCommandLineOption(QStringLiteral("no-split-writes"),
                                        QStringLiteral("records are written whole")));
    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *message = parser.helpText();
        return false;
    }

    bool ok = true;
    const auto number = [&parser, &ok](const char* name) {
        bool good = false;
        const double result = parser.value(QString::fromLatin1(name)).toDouble(&good);
        ok = ok && good && result >= 0;
        return result;
    };
    seconds =
            parser.isSet(QStringLiteral("seconds")) ? number("seconds") : number("minutes") * 60.0;
    eventRate = number("rate");
    capacity = static_cast<qsizetype>(number("capacity"));
    disconnectEvery = static_cast<quint64>(number("disconnect-every"));
    // A short run left at the default would see no disconnect at all and fail its coverage
    // check: unless asked otherwise, at least four of them happen whatever the length.
    if (!parser.isSet(QStringLiteral("disconnect-every")) && eventRate > 0) {
        const auto quarter = static_cast<quint64>(seconds * eventRate / 4.0);
        disconnectEvery = std::max<quint64>(1000, std::min(disconnectEvery, quarter));
    }
    streamQueue = static_cast<quint64>(number("stream-queue"));
    streamErrorRate = number("stream-error-rate");
    freezeMs = static_cast<int>(number("freeze-ms"));
    freezeEverySeconds = number("freeze-every");
    // The same for the freezes that make the server drop records.
    if (!parser.isSet(QStringLiteral("freeze-every")))
        freezeEverySeconds = std::max(5.0, std::min(freezeEverySeconds, seconds / 4.0));
    sampleMs = std::max(100, static_cast<int>(number("sample-ms")));
    warmupSeconds = parser.isSet(QStringLiteral("warmup"))
                            ? number("warmup")
                            : (seconds >= 600 ? 120.0 : seconds / 5.0);
    boundMb = number("bound-mb");
    boundPercent = number("bound-percent");
    seed = static_cast<quint64>(number("seed"));
    splitWrites = !parser.isSet(QStringLiteral("no-split-writes"));
    if (!ok || seconds <= 0 || eventRate <= 0 || capacity <= 0 || streamErrorRate > 1) {
        *message = QStringLiteral("invalid number in the options (see --help)");
        return false;
    }

    const QString name = parser.value(QStringLiteral("sabotage"));
    const Sabotage all[] = {Sabotage::None, Sabotage::HideNotices, Sabotage::LoseEvents,
                            Sabotage::LeakMemory};
    const auto found = std::find_if(std::begin(all), std::end(all),
                                    [&name](Sabotage s) { return sabotageName(s) == name; });
    if (found == std::end(all)) {
        *message = QStringLiteral("unknown --sabotage %1").arg(name);
        return false;
    }
    sabotage = *found;
    return true;
}

} // namespace lc
