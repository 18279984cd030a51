// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/JsonTreeWidget.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>

namespace lc {

namespace {

constexpr int PathRole = Qt::UserRole + 1;

} // namespace

JsonTreeWidget::JsonTreeWidget(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Field"), tr("Value")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);

    auto* copy = new QAction(tr("Copy value"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &JsonTreeWidget::copyCurrentValue);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void JsonTreeWidget::setObject(const QJsonObject& object)
{
    clear();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        addValue(invisibleRootItem(), it.key(), it.key(), it.value());
    expandToDepth(0);
}

QString JsonTreeWidget::textOf(const QString& path, const QJsonValue& value) const
{
    if (m_formatter) {
        const QString formatted = m_formatter(path, value);
        if (!formatted.isNull())
            return formatted;
    }
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const auto whole = static_cast<qint64>(number);
        return static_cast<double>(whole) == number ? QString::number(whole)
                                                    : QString::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return tr("%n item(s)", nullptr, static_cast<int>(value.toArray().size()));
    case QJsonValue::Object:
        return value.toObject().isEmpty() ? tr("(empty)") : QString();
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void JsonTreeWidget::addValue(QTreeWidgetItem* parent, const QString& key, const QString& path,
                              const QJsonValue& value)
{
    auto* item = new QTreeWidgetItem(parent, {key, textOf(path, value)});
    item->setData(0, PathRole, path);
    item->setToolTip(1, item->text(1));

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addValue(item, it.key(), path + QLatin1Char('.') + it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString index = QStringLiteral("[%1]").arg(i);
            addValue(item, index, path + index, array.at(i));
        }
    }
}

QString JsonTreeWidget::valueAt(const QString& path) const
{
    const auto items = findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive);
    for (const QTreeWidgetItem* item : items) {
        if (item->data(0, PathRole).toString() == path)
            return item->text(1);
    }
    return {};
}

void JsonTreeWidget::copyCurrentValue()
{
    if (const QTreeWidgetItem* item = currentItem())
        QGuiApplication::clipboard()->setText(item->text(1));
}

} // namespace lc
