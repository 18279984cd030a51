// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QTreeWidget>

class QAction;

namespace lc {

// One event as a field/value tree. Values are shown through VisibleText (a right-to-left
// override or a NUL is a visible marker), while Copy Value puts the original on the
// clipboard. Paths are '/'-separated with list items by index ("event/FILES/0/PATH"), the
// form the live filter's "path = value" term takes.
class EventJsonTree : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr int PathRole = Qt::UserRole + 1;     // QString
    static constexpr int OriginalRole = Qt::UserRole + 2; // QString, the value as it is

    explicit EventJsonTree(QWidget* parent = nullptr);

    void setValue(const QJsonValue& root);

    QTreeWidgetItem* itemAt(const QString& path) const;
    QString displayedValueAt(const QString& path) const; // marked, as shown
    QString originalValueAt(const QString& path) const;  // for copy
    // Makes the field at path current (and shows it); false when there is none.
    bool selectPath(const QString& path);

    QString currentPath() const;
    QString currentOriginalValue() const;

    QAction* copyValueAction() const { return m_copyValue; }
    QAction* copyPathAction() const { return m_copyPath; }

    void copyValue();
    void copyPath();

    // The text of a scalar as JSON would write it; objects and arrays as compact JSON.
    static QString originalText(const QJsonValue& value);

private:
    void addValue(QTreeWidgetItem* parent, const QString& key, const QString& path,
                  const QJsonValue& value);

    QAction* m_copyValue;
    QAction* m_copyPath;
};

} // namespace lc
