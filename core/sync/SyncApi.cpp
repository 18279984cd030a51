// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncApi.h"

#include "LcDesk.h"
#include "api/ApiClient.h"
#include "api/ApiPath.h"
#include "api/ApiRequest.h"
#include "api/FormData.h"
#include "api/WhoAmI.h"

namespace lc {

namespace {

bool isServiceOwned(const QString& name)
{
    return name.startsWith(QLatin1String("__"));
}

QString scalarText(const ConfigValue& value)
{
    switch (value.type()) {
    case ConfigValue::Type::Null:
        return {};
    case ConfigValue::Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ConfigValue::Type::Integer:
    case ConfigValue::Type::Float:
    case ConfigValue::Type::String:
        return value.text();
    case ConfigValue::Type::List:
    case ConfigValue::Type::Map:
        break;
    }
    return QString::fromUtf8(value.toJson());
}

} // namespace

SyncApi::SyncApi(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

SyncApi::~SyncApi()
{
    cancel();
}

QString SyncApi::hiveOf(const SyncItem& item)
{
    switch (item.kind) {
    case SyncItem::Kind::Rule:
        return QStringLiteral("dr-") + (item.ns.isEmpty() ? QStringLiteral("general") : item.ns);
    case SyncItem::Kind::FalsePositive:
        return QStringLiteral("fp");
    case SyncItem::Kind::Output:
        break;
    }
    return {};
}

QList<SyncItem> SyncApi::parseHive(const QByteArray& body, SyncItem::Kind kind, const QString& ns,
                                   QString* error)
{
    QList<SyncItem> items;
    ConfigValue root;
    if (!ConfigValue::fromJson(body, &root, error))
        return items;
    if (!root.isMap()) {
        *error = tr("the answer is not a JSON object");
        return items;
    }
    for (const ConfigValue::Entry& entry : root.entries()) {
        if (isServiceOwned(entry.first))
            continue;
        const ConfigValue& record = entry.second;
        const ConfigValue& data = record.value(QStringLiteral("data"));
        // A record listed without data (left half-written by a failed write) holds nothing:
        // the plan writes it again.
        if (!data.isMap() || data.entries().empty())
            continue;

        SyncItem item;
        item.kind = kind;
        item.ns = ns;
        item.name = entry.first;
        item.body = data;
        const ConfigValue& metadata = record.value(QStringLiteral("usr_mtd"));
        const ConfigValue& enabled = metadata.value(QStringLiteral("enabled"));
        if (enabled.type() == ConfigValue::Type::Bool)
            item.body.insert(QStringLiteral("is_enabled"), enabled);
        if (metadata.isMap())
            item.metadata = metadata;
        item.etag = record.value(QStringLiteral("sys_mtd")).value(QStringLiteral("etag")).text();
        items.append(item);
    }
    return items;
}

ConfigValue SyncApi::outputAsListed(const ConfigValue& body)
{
    ConfigValue listed = ConfigValue::map();
    for (const ConfigValue::Entry& entry : body.entries()) {
        if (entry.first == QLatin1String("name") || entry.second.isNull())
            continue;
        const QString key =
                entry.first == QLatin1String("type") ? QStringLiteral("for") : entry.first;
        listed.insert(key, ConfigValue::string(scalarText(entry.second)));
    }
    return listed;
}

QList<SyncItem> SyncApi::parseOutputs(const QByteArray& body, const QString& oid, QString* error)
{
    QList<SyncItem> items;
    ConfigValue root;
    if (!ConfigValue::fromJson(body, &root, error))
        return items;
    for (const ConfigValue::Entry& entry : root.value(oid).entries()) {
        const ConfigValue& output = entry.second;
        // Outputs made for a live session or meant to vanish on failure are no config's.
        if (entry.first.startsWith(QLatin1String("tmp_live_"))
            || scalarText(output.value(QStringLiteral("is_delete_on_failure")))
                       == QLatin1String("true"))
            continue;
        SyncItem item;
        item.kind = SyncItem::Kind::Output;
        item.name = entry.first;
        item.body = outputAsListed(output);
        items.append(item);
    }
    return items;
}

void SyncApi::fetch(bool rules, bool falsePositives, bool outputs)
{
    cancel();
    m_state = OrgState();
    m_legacy.clear();
    m_failed = false;
    m_outstanding = 0;

    const auto track = [this](ApiRequest* request, auto onOk) {
        ++m_outstanding;
        m_pending.append(request);
        connect(request, &ApiRequest::finished, this, [this, request, onOk] {
            if (m_failed)
                return;
            onOk(request);
            finishOne();
        });
    };

    track(m_client->get(ApiPath::v1({QStringLiteral("who")})), [this](ApiRequest* request) {
        if (request->isOk())
            m_state.permissions = WhoAmI::fromJson(request->object(), m_client->oid()).permissions;
        else
            m_state.notes.append(tr("The key's permissions could not be read: %1")
                                         .arg(request->error().message));
    });

    QList<std::pair<SyncItem::Kind, QString>> hives;
    if (rules) {
        for (const char* ns : {"general", "managed", "service"})
            hives.append({SyncItem::Kind::Rule, QString::fromLatin1(ns)});
    }
    if (falsePositives)
        hives.append({SyncItem::Kind::FalsePositive, QString()});

    for (const auto& [kind, ns] : hives) {
        const QString hive =
                kind == SyncItem::Kind::Rule ? QStringLiteral("dr-") + ns : QStringLiteral("fp");
        ApiRequest* request =
                m_client->get(ApiPath::v1({QStringLiteral("hive"), hive, m_client->oid()}));
        track(request, [this, kind = kind, ns = ns, hive](ApiRequest* done) {
            // No hives here: the legacy endpoints hold the same records.
            if (done->error().status == ApiStatus::NotFound) {
                fetchLegacy(kind, ns);
                return;
            }
            // Not readable with this key: left alone, and said so.
            if (!listed(done, hive, false))
                return;
            QString error;
            const QList<SyncItem> items = parseHive(done->body(), kind, ns, &error);
            take(items, kind, ns, hive, error);
        });
    }

    if (outputs) {
        track(m_client->get(ApiPath::v1({QStringLiteral("outputs"), m_client->oid()})),
              [this](ApiRequest* done) {
                  if (!listed(done, QStringLiteral("outputs"), false))
                      return;
                  QString error;
                  m_state.items.append(parseOutputs(done->body(), m_client->oid(), &error));
                  if (!error.isEmpty()) {
                      m_failed = true;
                      emit fetchFailed(ApiError::make(
                              ApiStatus::InvalidResponse,
                              tr("The list of outputs could not be read: %1").arg(error)));
                      return;
                  }
                  m_state.outputsRead = true;
              });
    }
}

void SyncApi::take(const QList<SyncItem>& items, SyncItem::Kind kind, const QString& ns,
                   const QString& what, const QString& error)
{
    if (!error.isEmpty()) {
        m_failed = true;
        emit fetchFailed(
                ApiError::make(ApiStatus::InvalidResponse,
                               tr("The list of %1 could not be read: %2").arg(what, error)));
        return;
    }
    m_state.items.append(items);
    if (kind == SyncItem::Kind::Rule)
        m_state.readNamespaces.append(ns);
    else
        m_state.falsePositivesRead = true;
}

void SyncApi::fetchLegacy(SyncItem::Kind kind, const QString& ns)
{
    const bool rule = kind == SyncItem::Kind::Rule;
    const QString hive = rule ? QStringLiteral("dr-") + ns : QStringLiteral("fp");
    FormData query;
    if (rule)
        query.add(QStringLiteral("namespace"), ns);
    ApiRequest* request = m_client->get(
            ApiPath::v1({rule ? QStringLiteral("rules") : QStringLiteral("fp"), m_client->oid()}),
            query);
    ++m_outstanding;
    m_pending.append(request);
    connect(request, &ApiRequest::finished, this, [this, request, kind, ns, rule, hive] {
        if (m_failed)
            return;
        const QString what = rule ? QStringLiteral("rules/%1").arg(ns) : QStringLiteral("fp");
        if (listed(request, what, true)) {
            QString error;
            const QList<SyncItem> items = rule ? parseLegacyRules(request->body(), ns, &error)
                                               : parseLegacyFalsePositives(request->body(), &error);
            if (error.isEmpty())
                m_legacy.append(hive);
            take(items, kind, ns, what, error);
        }
        finishOne();
    });
}

bool SyncApi::isLegacy(const SyncItem& item) const
{
    return item.kind != SyncItem::Kind::Output && m_legacy.contains(hiveOf(item));
}

QList<SyncItem> SyncApi::parseLegacyRules(const QByteArray& body, const QString& ns, QString* error)
{
    QList<SyncItem> items;
    ConfigValue root;
    if (!ConfigValue::fromJson(body, &root, error))
        return items;
    for (const ConfigValue::Entry& entry : root.entries()) {
        const ConfigValue& rule = entry.second;
        if (isServiceOwned(entry.first) || !rule.value(QStringLiteral("detect")).isMap())
            continue;
        SyncItem item;
        item.kind = SyncItem::Kind::Rule;
        item.ns = ns;
        item.name = entry.first;
        item.body = ConfigValue::map();
        item.body.insert(QStringLiteral("detect"), rule.value(QStringLiteral("detect")));
        item.body.insert(QStringLiteral("respond"), rule.value(QStringLiteral("respond")));
        const ConfigValue& enabled = rule.value(QStringLiteral("is_enabled"));
        if (enabled.type() == ConfigValue::Type::Bool)
            item.body.insert(QStringLiteral("is_enabled"), enabled);
        items.append(item);
    }
    return items;
}

QList<SyncItem> SyncApi::parseLegacyFalsePositives(const QByteArray& body, QString* error)
{
    QList<SyncItem> items;
    ConfigValue root;
    if (!ConfigValue::fromJson(body, &root, error))
        return items;
    for (const ConfigValue::Entry& entry : root.entries()) {
        const ConfigValue& data = entry.second.value(QStringLiteral("data"));
        if (!data.isMap() || data.entries().empty())
            continue;
        SyncItem item;
        item.kind = SyncItem::Kind::FalsePositive;
        item.name = entry.first;
        item.body = data;
        items.append(item);
    }
    return items;
}

bool SyncApi::listed(ApiRequest* done, const QString& what, bool missingIsUnreadable)
{
    const ApiStatus status = done->error().status;
    if (status == ApiStatus::PermissionDenied
        || (missingIsUnreadable && status == ApiStatus::NotFound)) {
        m_state.notes.append(tr("%1 was not read: %2").arg(what, done->error().message));
        return false;
    }
    if (!done->isOk()) {
        m_failed = true;
        emit fetchFailed(done->error());
        return false;
    }
    return true;
}

void SyncApi::finishOne()
{
    if (--m_outstanding > 0 || m_failed)
        return;
    m_pending.clear();

    // Namespaces in a stable order, whatever order the answers came in.
    std::sort(m_state.readNamespaces.begin(), m_state.readNamespaces.end());
    qCInfo(lcSync) << "organisation holds" << m_state.items.size() << "synced items";
    emit fetched(m_state);
}

void SyncApi::cancel()
{
    const QList<QPointer<ApiRequest>> pending = m_pending;
    m_pending.clear();
    m_failed = true;
    for (const QPointer<ApiRequest>& request : pending) {
        if (request)
            request->cancel();
    }
}

ApiRequest* SyncApi::write(const SyncItem& item, const ConfigValue& keptMetadata)
{
    if (item.kind == SyncItem::Kind::Output) {
        const ConfigValue listed = outputAsListed(item.body);
        FormData form;
        form.add(QStringLiteral("name"), item.name);
        for (const ConfigValue::Entry& entry : listed.entries()) {
            // The API takes the stream as "type" and lists it as "for".
            form.add(entry.first == QLatin1String("for") ? QStringLiteral("type") : entry.first,
                     entry.second.text());
        }
        return m_client->post(ApiPath::v1({QStringLiteral("outputs"), m_client->oid()}), form);
    }

    if (isLegacy(item))
        return writeLegacy(item);

    ConfigValue data = ConfigValue::map();
    bool enabled = true;
    for (const ConfigValue::Entry& entry : item.body.entries()) {
        if (entry.first == QLatin1String("is_enabled")) {
            enabled = entry.second.type() != ConfigValue::Type::Bool || entry.second.toBool();
            continue;
        }
        data.insert(entry.first, entry.second);
    }
    // What the record carries besides its rule (tags, comment, expiry) is kept, with what the
    // config says of it on top; only the enabled state always comes from the config.
    ConfigValue metadata = keptMetadata.isMap() ? keptMetadata : ConfigValue::map();
    for (const ConfigValue::Entry& entry : item.metadata.entries())
        metadata.insert(entry.first, entry.second);
    metadata.insert(QStringLiteral("enabled"), ConfigValue::boolean(enabled));

    FormData form;
    form.add(QStringLiteral("data"), QString::fromUtf8(data.toJson()));
    form.add(QStringLiteral("usr_mtd"), QString::fromUtf8(metadata.toJson()));
    // Not retried on a server error: the error is reported with the item, and the next push
    // writes it again (a write is a create-or-replace).
    return m_client->post(ApiPath::v1({QStringLiteral("hive"), hiveOf(item), m_client->oid(),
                                       item.name, QStringLiteral("data")}),
                          form);
}

ApiRequest* SyncApi::writeLegacy(const SyncItem& item)
{
    FormData form;
    form.add(QStringLiteral("name"), item.name);
    form.add(QStringLiteral("is_replace"), QStringLiteral("true"));
    if (item.kind == SyncItem::Kind::FalsePositive) {
        ConfigValue rule = ConfigValue::map();
        for (const ConfigValue::Entry& entry : item.body.entries()) {
            if (entry.first != QLatin1String("is_enabled"))
                rule.insert(entry.first, entry.second);
        }
        form.add(QStringLiteral("rule"), QString::fromUtf8(rule.toJson()));
        return m_client->post(ApiPath::v1({QStringLiteral("fp"), m_client->oid()}), form);
    }
    const ConfigValue& respond = item.body.value(QStringLiteral("respond"));
    const ConfigValue& enabled = item.body.value(QStringLiteral("is_enabled"));
    form.add(QStringLiteral("detection"),
             QString::fromUtf8(item.body.value(QStringLiteral("detect")).toJson()));
    form.add(QStringLiteral("response"),
             respond.isList() ? QString::fromUtf8(respond.toJson()) : QStringLiteral("[]"));
    form.add(QStringLiteral("namespace"), item.ns);
    form.add(QStringLiteral("is_enabled"),
             enabled.type() == ConfigValue::Type::Bool && !enabled.toBool()
                     ? QStringLiteral("false")
                     : QStringLiteral("true"));
    return m_client->post(ApiPath::v1({QStringLiteral("rules"), m_client->oid()}), form);
}

ApiRequest* SyncApi::remove(const SyncItem& item)
{
    if (isLegacy(item)) {
        FormData form;
        form.add(QStringLiteral("name"), item.name);
        if (item.kind == SyncItem::Kind::Rule) {
            form.add(QStringLiteral("namespace"), item.ns);
            return m_client->del(ApiPath::v1({QStringLiteral("rules"), m_client->oid()}), form);
        }
        return m_client->del(ApiPath::v1({QStringLiteral("fp"), m_client->oid()}), form);
    }
    if (item.kind == SyncItem::Kind::Output) {
        FormData form;
        form.add(QStringLiteral("name"), item.name);
        return m_client->del(ApiPath::v1({QStringLiteral("outputs"), m_client->oid()}), form);
    }
    return m_client->del(
            ApiPath::v1({QStringLiteral("hive"), hiveOf(item), m_client->oid(), item.name}));
}

} // namespace lc
