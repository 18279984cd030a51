// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/EventJsonTree.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTreeWidgetItemIterator>

#include <algorithm>

#include "stream/VisibleText.h"

namespace lc {

namespace {

// The tree cell is one line; the value box under the tree shows the whole field.
constexpr int CellChars = 2000;
constexpr int ToolTipChars = 4000;

QString numberText(double number)
{
    const auto whole = static_cast<qint64>(number);
    return static_cast<double>(whole) == number ? QString::number(whole)
                                                : QString::number(number, 'g', 17);
}

} // namespace

EventJsonTree::EventJsonTree(QWidget* parent)
    : QTreeWidget(parent)
    , m_copyValue(new QAction(tr("Copy &Value"), this))
    , m_copyPath(new QAction(tr("Copy &Path"), this))
{
    setColumnCount(2);
    setHeaderLabels({tr("Field"), tr("Value")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Event fields"));
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->resizeSection(0, 200);
    header()->setStretchLastSection(true);

    m_copyValue->setShortcut(QKeySequence::Copy);
    m_copyPath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    for (QAction* action : {m_copyValue, m_copyPath}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        addAction(action);
    }
    connect(m_copyValue, &QAction::triggered, this, &EventJsonTree::copyValue);
    connect(m_copyPath, &QAction::triggered, this, &EventJsonTree::copyPath);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString EventJsonTree::originalText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void EventJsonTree::setValue(const QJsonValue& root)
{
    clear();
    if (root.isObject()) {
        const QJsonObject object = root.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addValue(invisibleRootItem(), it.key(), it.key(), it.value());
    } else if (root.isArray()) {
        const QJsonArray array = root.toArray();
        for (int i = 0; i < array.size(); ++i)
            addValue(invisibleRootItem(), QString::number(i), QString::number(i), array.at(i));
    } else if (!root.isUndefined()) {
        addValue(invisibleRootItem(), tr("(value)"), QString(), root);
    }
    expandAll();

    // Field names whole where they fit; long values are for the value box and tooltips. The
    // width is measured here because the view may be hidden (and so not laid out) just now.
    int widest = 0;
    const QFontMetrics metrics = fontMetrics();
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        int depth = 1;
        for (const QTreeWidgetItem* up = (*it)->parent(); up; up = up->parent())
            ++depth;
        widest =
                std::max(widest, metrics.horizontalAdvance((*it)->text(0)) + depth * indentation());
    }
    const int limit = std::max(260, width() / 2);
    header()->resizeSection(0, std::min(widest + 16, limit));
}

void EventJsonTree::addValue(QTreeWidgetItem* parent, const QString& key, const QString& path,
                             const QJsonValue& value)
{
    QString shown;
    if (value.isArray())
        shown = tr("%n item(s)", nullptr, static_cast<int>(value.toArray().size()));
    else if (value.isObject())
        shown = value.toObject().isEmpty() ? tr("(empty)") : QString();
    else if (value.isString())
        shown = VisibleText::markElided(value.toString(), CellChars);
    else
        shown = originalText(value);

    auto* item = new QTreeWidgetItem(parent, {VisibleText::mark(key), shown});
    item->setData(0, PathRole, path);
    item->setData(0, OriginalRole, originalText(value));
    if (value.isString() && !value.toString().isEmpty())
        item->setToolTip(1, VisibleText::markElided(value.toString(), ToolTipChars));

    const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('/');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addValue(item, it.key(), prefix + it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            addValue(item, QStringLiteral("[%1]").arg(i), prefix + QString::number(i), array.at(i));
    }
}

QTreeWidgetItem* EventJsonTree::itemAt(const QString& path) const
{
    for (QTreeWidgetItemIterator it(const_cast<EventJsonTree*>(this)); *it; ++it) {
        if ((*it)->data(0, PathRole).toString() == path)
            return *it;
    }
    return nullptr;
}

QString EventJsonTree::displayedValueAt(const QString& path) const
{
    const QTreeWidgetItem* item = itemAt(path);
    return item ? item->text(1) : QString();
}

QString EventJsonTree::originalValueAt(const QString& path) const
{
    const QTreeWidgetItem* item = itemAt(path);
    return item ? item->data(0, OriginalRole).toString() : QString();
}

bool EventJsonTree::selectPath(const QString& path)
{
    QTreeWidgetItem* item = itemAt(path);
    if (!item)
        return false;
    setCurrentItem(item);
    scrollToItem(item);
    return true;
}

QString EventJsonTree::currentPath() const
{
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(0, PathRole).toString() : QString();
}

QString EventJsonTree::currentOriginalValue() const
{
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(0, OriginalRole).toString() : QString();
}

void EventJsonTree::copyValue()
{
    if (currentItem())
        QGuiApplication::clipboard()->setText(currentOriginalValue());
}

void EventJsonTree::copyPath()
{
    if (currentItem())
        QGuiApplication::clipboard()->setText(currentPath());
}

} // namespace lc
