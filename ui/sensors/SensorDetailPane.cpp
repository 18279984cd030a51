// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/SensorDetailPane.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "SensorTableModel.h"
#include "api/ApiRequest.h"
#include "api/SensorApi.h"
#include "sensors/Platform.h"
#include "sensors/SensorStore.h"
#include "sensors/TagEntry.h"
#include "session/OrgSession.h"
#include "widgets/BannerArea.h"
#include "widgets/JsonTreeWidget.h"

namespace lc {

namespace {

const QString ErrorBanner = QStringLiteral("error");
// Several store changes arrive together (a tag batch, the online states); reload once.
constexpr int ReloadDelayMs = 300;

QString formatField(const QString& path, const QJsonValue& value)
{
    const QString field = path.section(QLatin1Char('.'), -1);
    if (!value.isDouble() && !value.isString())
        return {};
    // Times the API sends as epoch numbers also get a readable form.
    if (value.isDouble()
        && (field.endsWith(QLatin1String("_at")) || field == QLatin1String("enroll")
            || field == QLatin1String("alive"))) {
        const QString number = QString::number(static_cast<qint64>(value.toDouble()));
        return QStringLiteral("%1 (%2 UTC)").arg(number, SensorTableModel::formatTimestamp(number));
    }
    const quint32 code = value.isDouble() ? static_cast<quint32>(value.toDouble())
                                          : value.toString().toUInt(nullptr, 0);
    if (field == QLatin1String("plat"))
        return QStringLiteral("%1 (%2)").arg(code).arg(Platform::platformName(code));
    if (field == QLatin1String("arch"))
        return QStringLiteral("%1 (%2)").arg(code).arg(Platform::architectureName(code));
    return {};
}

} // namespace

SensorDetailPane::SensorDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a sensor to see its details."), this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_banners(new BannerArea(this))
    , m_info(new JsonTreeWidget(this))
    , m_tags(new QTreeWidget(this))
{
    setAccessibleName(tr("Sensor details"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setAccessibleName(tr("Sensor ID"));

    m_info->setAccessibleName(tr("Sensor fields"));
    m_info->setFormatter(formatField);

    m_tags->setAccessibleName(tr("Sensor tags"));
    m_tags->setRootIsDecorated(false);
    m_tags->setUniformRowHeights(true);
    m_tags->setHeaderLabels({tr("Tag"), tr("Added by"), tr("Added"), tr("Expires")});
    m_tags->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* tagsTitle = new QLabel(tr("Tags"), this);
    auto* tagsBox = new QWidget(this);
    auto* tagsLayout = new QVBoxLayout(tagsBox);
    tagsLayout->setContentsMargins(0, 0, 0, 0);
    tagsLayout->addWidget(tagsTitle);
    tagsLayout->addWidget(m_tags);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_info);
    split->addWidget(tagsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_subtitle);
    detailsLayout->addWidget(m_banners);
    detailsLayout->addWidget(split, 1);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(details);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(ReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &SensorDetailPane::reload);
}

SensorDetailPane::~SensorDetailPane()
{
    cancel();
}

bool SensorDetailPane::isLoading() const
{
    return m_pending > 0;
}

void SensorDetailPane::setSession(OrgSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    setStore(session ? session->store() : nullptr);
    if (session)
        connect(session, &OrgSession::storeReplaced, this, &SensorDetailPane::setStore);
    showSensor({});
}

void SensorDetailPane::setStore(SensorStore* store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (!store)
        return;
    connect(store, &SensorStore::changed, this, [this](const QVector<int>& rows) {
        const int row = m_store->indexOf(m_sid);
        if (row >= 0 && std::binary_search(rows.cbegin(), rows.cend(), row))
            m_reloadTimer.start();
    });
}

void SensorDetailPane::showSensor(const QString& sid)
{
    cancel();
    m_sid = sid;
    m_banners->dismiss(ErrorBanner);
    m_info->clear();
    m_tags->clear();
    if (sid.isEmpty() || !m_session) {
        m_pages->setCurrentWidget(m_placeholder);
        return;
    }

    const int row = m_store ? m_store->indexOf(sid) : -1;
    m_title->setText(row >= 0 ? m_store->at(row).info.hostname : sid);
    m_subtitle->setText(sid);
    m_pages->setCurrentIndex(1);
    reload();
}

void SensorDetailPane::cancel()
{
    m_reloadTimer.stop();
    m_pending = 0;
    for (const QPointer<ApiRequest>& request : {m_infoRequest, m_tagsRequest}) {
        if (request) {
            request->disconnect(this);
            request->cancel();
        }
    }
}

void SensorDetailPane::reload()
{
    cancel();
    if (m_sid.isEmpty() || !m_session)
        return;

    SensorApi api(m_session->client());
    m_pending = 2;
    ApiRequest* info = api.info(m_sid);
    m_infoRequest = info;
    connect(info, &ApiRequest::finished, this, [this, info] { onInfo(info); });
    ApiRequest* tags = api.tags(m_sid);
    m_tagsRequest = tags;
    connect(tags, &ApiRequest::finished, this, [this, tags] { onTags(tags); });
}

void SensorDetailPane::onInfo(ApiRequest* request)
{
    if (request->isOk()) {
        const QJsonObject body = request->object();
        m_info->setObject(body);
        const QString hostname = body.value(QStringLiteral("info"))
                                         .toObject()
                                         .value(QStringLiteral("hostname"))
                                         .toString();
        if (!hostname.isEmpty())
            m_title->setText(hostname);
    } else {
        m_banners->showBanner(
                ErrorBanner, InlineBanner::Kind::Error,
                tr("The sensor's details did not load. %1").arg(request->error().message),
                tr("Retry"), [this] { reload(); });
    }
    finishOne();
}

void SensorDetailPane::onTags(ApiRequest* request)
{
    m_tags->clear();
    if (request->isOk()) {
        const QString unknown = QStringLiteral("—");
        for (const TagEntry& entry : TagEntry::listFromJson(request->object(), m_sid)) {
            auto* item = new QTreeWidgetItem(
                    m_tags,
                    {entry.tag, entry.addedBy.isEmpty() ? unknown : entry.addedBy,
                     entry.addedAt.isEmpty() ? unknown
                                             : SensorTableModel::formatTimestamp(entry.addedAt),
                     entry.expiresAt.isEmpty()
                             ? unknown
                             : SensorTableModel::formatTimestamp(entry.expiresAt)});
            item->setToolTip(3, entry.expiresAt.isEmpty()
                                        ? tr("The server did not say when this tag expires.")
                                        : QString());
        }
    } else {
        m_banners->showBanner(
                ErrorBanner, InlineBanner::Kind::Error,
                tr("The sensor's tags did not load. %1").arg(request->error().message), tr("Retry"),
                [this] { reload(); });
    }
    finishOne();
}

void SensorDetailPane::finishOne()
{
    if (--m_pending == 0)
        emit loaded(m_sid);
}

} // namespace lc
