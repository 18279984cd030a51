// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QTreeWidget>

#include <functional>

namespace lc {

// Any JSON object as a key/value tree, unknown fields included. A formatter may add meaning
// to a raw value (a platform code's name), keyed by the dotted path of the value.
class JsonTreeWidget : public QTreeWidget
{
    Q_OBJECT

public:
    using Formatter = std::function<QString(const QString& path, const QJsonValue& value)>;

    explicit JsonTreeWidget(QWidget* parent = nullptr);

    void setFormatter(Formatter formatter) { m_formatter = std::move(formatter); }
    void setObject(const QJsonObject& object);
    // The value shown for a dotted path ("info.hostname"), or a null string.
    QString valueAt(const QString& path) const;

private:
    void addValue(QTreeWidgetItem* parent, const QString& key, const QString& path,
                  const QJsonValue& value);
    QString textOf(const QString& path, const QJsonValue& value) const;
    void copyCurrentValue();

    Formatter m_formatter;
};

} // namespace lc
