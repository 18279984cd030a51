// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace lc {

class ApiRequest;
class BannerArea;
class JsonTreeWidget;
class OrgSession;
class SensorStore;

// Everything the API says about one sensor: the whole `GET /v1/<sid>` answer as a tree
// (fields this version does not know included), and its tags with who added them, when, and
// when they expire. Reloads when the sensor changes in the list (tagged, isolated).
class SensorDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit SensorDetailPane(QWidget* parent = nullptr);
    ~SensorDetailPane() override;

    void setSession(OrgSession* session);
    void showSensor(const QString& sid);
    QString sid() const { return m_sid; }
    bool isLoading() const;

    JsonTreeWidget* infoTree() const { return m_info; }
    QTreeWidget* tagTree() const { return m_tags; }

signals:
    void loaded(const QString& sid);

private:
    void setStore(SensorStore* store);
    void reload();
    void cancel();
    void onInfo(ApiRequest* request);
    void onTags(ApiRequest* request);
    void finishOne();

    QPointer<OrgSession> m_session;
    QPointer<SensorStore> m_store;
    QString m_sid;
    QPointer<ApiRequest> m_infoRequest;
    QPointer<ApiRequest> m_tagsRequest;
    int m_pending = 0;
    QTimer m_reloadTimer;

    QStackedWidget* m_pages;
    QLabel* m_placeholder;
    QLabel* m_title;
    QLabel* m_subtitle;
    BannerArea* m_banners;
    JsonTreeWidget* m_info;
    QTreeWidget* m_tags;
};

} // namespace lc
