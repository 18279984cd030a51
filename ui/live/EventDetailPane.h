// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace lc {

class BannerArea;
class EventJsonTree;

// The selected live event, whole: its fields as a tree (parsed with EventJson only when shown),
// the selected field's full value under it (wrapped, invisible characters marked), or the raw
// line as received. Notices say when the line was not valid UTF-8, needed repairs, or is not
// JSON; copying always gives the original.
class EventDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetailPane(QWidget* parent = nullptr);
    ~EventDetailPane() override;

    // raw: the line as received; flags: EventRecord::Flag bits.
    void showRecord(qint64 seq, const QByteArray& raw, int flags);
    void clearEvent();

    qint64 sequence() const { return m_seq; }
    QByteArray raw() const { return m_raw; }
    bool isRawShown() const;
    void setRawShown(bool shown);

    EventJsonTree* tree() const { return m_tree; }
    QPlainTextEdit* valueView() const { return m_value; }
    QPlainTextEdit* rawView() const { return m_rawView; }
    BannerArea* notices() const { return m_notices; }
    QAction* rawAction() const { return m_rawAction; }
    QAction* copyLineAction() const { return m_copyLine; }

    void copyLine();

private:
    void showCurrentValue();

    qint64 m_seq = -1;
    QByteArray m_raw;
    QLabel* m_title;
    QToolButton* m_rawButton;
    BannerArea* m_notices;
    QStackedWidget* m_pages;
    QLabel* m_placeholder;
    EventJsonTree* m_tree;
    QPlainTextEdit* m_value;
    QPlainTextEdit* m_rawView;
    QAction* m_rawAction;
    QAction* m_copyLine;
    QWidget* m_fieldsPage;
};

} // namespace lc
