// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/EventDetailPane.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "live/EventJsonTree.h"
#include "stream/EventJson.h"
#include "stream/EventRecord.h"
#include "stream/VisibleText.h"
#include "widgets/BannerArea.h"

namespace lc {

namespace {

const QString Utf8Notice = QStringLiteral("utf8");
const QString RepairNotice = QStringLiteral("repaired");
const QString ParseNotice = QStringLiteral("parse");
const QString ControlNotice = QStringLiteral("control");

// Text views lay out everything they are given at once: a 50 MB field would hold the window
// for minutes. What is shown is cut here; copies always take the whole original.
constexpr qsizetype ShownChars = 200'000;

QString shownText(const QString& text)
{
    if (text.size() <= ShownChars)
        return VisibleText::mark(text);
    return VisibleText::mark(text.left(ShownChars))
           + EventDetailPane::tr("\n\n[… %n more character(s) not shown here; Copy Value "
                                 "and Copy Line copy everything]",
                                 nullptr, static_cast<int>(text.size() - ShownChars));
}

QString shownRaw(const QByteArray& raw)
{
    if (raw.size() <= ShownChars)
        return VisibleText::mark(QString::fromUtf8(raw));
    return VisibleText::mark(QString::fromUtf8(raw.left(ShownChars)))
           + EventDetailPane::tr("\n\n[… %n more byte(s) not shown here; Copy Line copies "
                                 "the whole line]",
                                 nullptr, static_cast<int>(raw.size() - ShownChars));
}

} // namespace

EventDetailPane::EventDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_rawButton(new QToolButton(this))
    , m_notices(new BannerArea(this))
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select an event to see all of its fields."), this))
    , m_tree(new EventJsonTree(this))
    , m_value(new QPlainTextEdit(this))
    , m_rawView(new QPlainTextEdit(this))
    , m_rawAction(new QAction(tr("Show &Raw Line"), this))
    , m_copyLine(new QAction(tr("Copy &Line"), this))
    , m_fieldsPage(new QWidget(this))
{
    setAccessibleName(tr("Event details"));
    m_title->setTextFormat(Qt::PlainText);
    // A long host name must not widen the pane (and squeeze the table) when a row is picked:
    // the title is cut by the pane instead.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_rawAction->setCheckable(true);
    m_rawAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_rawAction->setShortcutContext(Qt::WindowShortcut);
    m_rawAction->setToolTip(tr("Show the line exactly as received (Ctrl+U)"));
    addAction(m_rawAction);
    m_rawButton->setDefaultAction(m_rawAction);
    m_rawButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rawButton->setAccessibleName(tr("Show raw line"));
    connect(m_rawAction, &QAction::toggled, this, &EventDetailPane::setRawShown);

    m_copyLine->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_copyLine->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyLine);
    m_tree->addAction(m_copyLine);
    connect(m_copyLine, &QAction::triggered, this, &EventDetailPane::copyLine);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_value->setReadOnly(true);
    m_value->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_value->setAccessibleName(tr("Selected field value"));
    m_value->setPlaceholderText(tr("The selected field's whole value"));
    m_rawView->setReadOnly(true);
    m_rawView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_rawView->setAccessibleName(tr("Raw line"));
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_value->setFont(fixed);
    m_rawView->setFont(fixed);

    auto* fieldSplitter = new QSplitter(Qt::Vertical, m_fieldsPage);
    fieldSplitter->addWidget(m_tree);
    fieldSplitter->addWidget(m_value);
    fieldSplitter->setStretchFactor(0, 3);
    fieldSplitter->setStretchFactor(1, 1);
    fieldSplitter->setChildrenCollapsible(false);
    fieldSplitter->setSizes({400, 110});
    auto* fieldsLayout = new QVBoxLayout(m_fieldsPage);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(fieldSplitter);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_fieldsPage);
    m_pages->addWidget(m_rawView);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_rawButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_notices);
    layout->addWidget(m_pages, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &EventDetailPane::showCurrentValue);
    clearEvent();
}

EventDetailPane::~EventDetailPane() = default;

void EventDetailPane::clearEvent()
{
    m_seq = -1;
    m_raw.clear();
    m_title->setText(tr("No event selected"));
    m_tree->clear();
    m_value->clear();
    m_rawView->clear();
    for (const QString& key : {Utf8Notice, RepairNotice, ParseNotice, ControlNotice})
        m_notices->dismiss(key);
    m_copyLine->setEnabled(false);
    m_pages->setCurrentWidget(m_placeholder);
}

void EventDetailPane::showRecord(qint64 seq, const QByteArray& raw, int flags)
{
    const QString previousPath = m_tree->currentPath();
    clearEvent();
    m_seq = seq;
    m_raw = raw;
    m_copyLine->setEnabled(true);

    // Parsed only now, for this one row: the table never parses whole records.
    const EventJson::Result parsed = EventJson::parse(raw);
    m_tree->setValue(parsed.value);
    m_rawView->setPlainText(shownRaw(raw));

    const QJsonValue type = EventJson::valueAt(parsed.value, QStringLiteral("routing/event_type"));
    const QJsonValue host = EventJson::valueAt(parsed.value, QStringLiteral("routing/hostname"));
    QStringList title;
    for (const QJsonValue& part : {type, host}) {
        if (part.isString())
            title.append(VisibleText::markElided(part.toString(), 80));
    }
    m_title->setText(title.isEmpty() ? tr("Event %1").arg(seq + 1)
                                     : title.join(QStringLiteral(" — ")));

    if (flags & EventRecord::InvalidUtf8) {
        m_notices->showBanner(Utf8Notice, InlineBanner::Kind::Warning,
                              tr("This line holds bytes that are not valid UTF-8. They are shown "
                                 "as <U+FFFD>; Copy Line and export keep the bytes as received."));
    }
    if (parsed.repaired || (flags & EventRecord::LoneSurrogate)) {
        m_notices->showBanner(RepairNotice, InlineBanner::Kind::Warning,
                              tr("Some text could not be decoded (for example a lone surrogate "
                                 "escape) and is shown as <U+FFFD>. The raw line keeps the "
                                 "original."));
    }
    if (!parsed.error.isEmpty()) {
        m_notices->showBanner(ParseNotice, InlineBanner::Kind::Error,
                              tr("This line is not a JSON object: %1").arg(parsed.error));
    }
    if (flags & EventRecord::HasControlChars) {
        m_notices->showBanner(ControlNotice, InlineBanner::Kind::Information,
                              tr("This event holds invisible or direction-changing characters; "
                                 "they are shown as markers such as <U+202E>."));
    }

    const bool fields = parsed.error.isEmpty() && !parsed.value.isUndefined();
    m_pages->setCurrentWidget(m_rawAction->isChecked() || !fields ? m_rawView : m_fieldsPage);
    if (!previousPath.isEmpty())
        m_tree->selectPath(previousPath);
}

bool EventDetailPane::isRawShown() const
{
    return m_pages->currentWidget() == m_rawView;
}

void EventDetailPane::setRawShown(bool shown)
{
    if (m_rawAction->isChecked() != shown) {
        m_rawAction->setChecked(shown);
        return;
    }
    if (m_seq < 0)
        return;
    m_pages->setCurrentWidget(shown || m_tree->topLevelItemCount() == 0 ? m_rawView : m_fieldsPage);
}

void EventDetailPane::showCurrentValue()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    m_value->setPlainText(item ? shownText(item->data(0, EventJsonTree::OriginalRole).toString())
                               : QString());
}

void EventDetailPane::copyLine()
{
    if (m_seq < 0)
        return;
    // Text for ordinary pastes, and the exact bytes for applications that take JSON.
    auto* mime = new QMimeData;
    mime->setText(QString::fromUtf8(m_raw));
    mime->setData(QStringLiteral("application/json"), m_raw);
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace lc
