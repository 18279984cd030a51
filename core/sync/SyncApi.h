// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include "api/ApiError.h"
#include "sync/OrgState.h"

namespace lc {

class ApiClient;
class ApiRequest;

// The REST calls of sync: reading what the organisation holds and writing one item.
// - Rules are read from the hives dr-general, dr-managed and dr-service and written to them
//   (the legacy rules/ endpoints serve the same records; the hives carry enabled state and
//   etags). A namespace the key may not list is noted, not fatal: force never removes in a
//   namespace it could not read. Names starting with "__" belong to the service and are
//   left out entirely, as the original tool did.
// - False-positive rules live in the fp hive; outputs come from outputs/<oid>, minus the
//   temporary ones (tmp_live_..., and those deleted on failure) that no config manages.
// - Where the hives are missing (a deployment with only the legacy endpoints: the hive list
//   answers 404), rules are read from rules/<oid>?namespace=... and FP rules from fp/<oid>,
//   and the items read that way are written and removed through the same endpoints.
// - Bodies are shaped as a config writes them: a rule is its data plus is_enabled from
//   usr_mtd; an output is its fields but name, every value as the text the API keeps.
// Numbers are read with their exact text (ConfigValue::fromJson).
class SyncApi : public QObject
{
    Q_OBJECT

public:
    explicit SyncApi(ApiClient* client, QObject* parent = nullptr);
    ~SyncApi() override;

    // Reads what is asked, concurrently; ends with fetched() or fetchFailed(), once.
    void fetch(bool rules, bool falsePositives, bool outputs);
    void cancel();

    // keptMetadata: the organisation's usr_mtd of the record being replaced, sent back so the
    // write changes only what the config holds.
    ApiRequest* write(const SyncItem& item, const ConfigValue& keptMetadata = ConfigValue());
    ApiRequest* remove(const SyncItem& item);

    static QString hiveOf(const SyncItem& item);
    // Parsers of the answers, public for tests.
    static QList<SyncItem> parseHive(const QByteArray& body, SyncItem::Kind kind, const QString& ns,
                                     QString* error);
    // The legacy lists: rules/<oid> ({name: {detect, respond, is_enabled, ...}}) and fp/<oid>
    // ({name: {data}}).
    static QList<SyncItem> parseLegacyRules(const QByteArray& body, const QString& ns,
                                            QString* error);
    static QList<SyncItem> parseLegacyFalsePositives(const QByteArray& body, QString* error);
    static QList<SyncItem> parseOutputs(const QByteArray& body, const QString& oid, QString* error);
    // A config's output body as the API would list it: "type" read as "for", every scalar
    // as text.
    static ConfigValue outputAsListed(const ConfigValue& body);

signals:
    void fetched(const OrgState& state);
    void fetchFailed(const ApiError& error);

private:
    // Whether a list answer is there to parse; a list the key may not read becomes a note,
    // any other failure ends the fetch.
    bool listed(ApiRequest* done, const QString& what, bool missingIsUnreadable);
    void fetchLegacy(SyncItem::Kind kind, const QString& ns);
    void take(const QList<SyncItem>& items, SyncItem::Kind kind, const QString& ns,
              const QString& what, const QString& error);
    bool isLegacy(const SyncItem& item) const;
    ApiRequest* writeLegacy(const SyncItem& item);
    void finishOne();

    ApiClient* m_client;
    OrgState m_state;
    QStringList m_legacy; // hives read through the legacy endpoints ("dr-general", "fp", ...)
    QList<QPointer<ApiRequest>> m_pending;
    int m_outstanding = 0;
    bool m_failed = false;
};

} // namespace lc
