// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include "api/ApiError.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QToolButton;

namespace lc {

class BannerArea;
class OrgSession;
class SensorStore;
class SensorTableModel;

// The sensor list: an instant filter (text, online only, platform), the table, loading
// progress and the "shown / total" count. The table keeps its selection by sensor across
// filtering, sorting and refreshes.
class SensorListView : public QWidget
{
    Q_OBJECT

public:
    explicit SensorListView(QWidget* parent = nullptr);
    ~SensorListView() override;

    void setSession(OrgSession* session);
    // Shown on the filter bar and in the table's context menu.
    void setRefreshAction(QAction* action);
    void setRowActions(const QList<QAction*>& actions);

    SensorTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QCheckBox* onlineOnlyBox() const { return m_onlineOnly; }
    QComboBox* platformBox() const { return m_platform; }
    QLabel* countLabel() const { return m_count; }
    QLabel* progressLabel() const { return m_progressText; }

    // The selected sensors, in view order; the current one if nothing is selected.
    QStringList selectedSids() const;
    QString currentSid() const;
    void focusFilter();

    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray& state);

signals:
    // The selection settled on a sensor (or on none: empty sid).
    void currentSensorChanged(const QString& sid);
    void selectionChanged();

private:
    void buildLayout();
    void configureTable();
    void setStore(SensorStore* store);
    void updateCounts(int visible, int total);
    void updatePlatforms();
    void onLoadStarted();
    void onLoadProgress(int sensors, int pages);
    void onLoadFinished(const ApiError& error);
    void rememberSelection();
    void restoreSelection();
    void showHeaderMenu(const QPoint& position);
    void showRowMenu(const QPoint& position);

    QPointer<OrgSession> m_session;
    SensorTableModel* m_model;
    BannerArea* m_banners;
    QLineEdit* m_filter;
    QCheckBox* m_onlineOnly;
    QComboBox* m_platform;
    QToolButton* m_refreshButton;
    QTableView* m_table;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_count;
    QList<QAction*> m_rowActions;
    QAction* m_refreshAction = nullptr;
    QTimer m_settleTimer;
    QString m_settledSid;
    QStringList m_rememberedSids;
    QString m_rememberedCurrent;
};

} // namespace lc
