// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncEntryPane.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

#include "sync/ConfigWriter.h"
#include "sync/LineDiff.h"
#include "sync/SyncApi.h"
#include "sync/SyncPalette.h"
#include "sync/SyncPlanModel.h"

namespace lc {

namespace {

QStringList linesOf(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

void markLines(QPlainTextEdit* edit, const QList<int>& lines, const QBrush& color,
               const QList<int>& fillers, const QBrush& fillerColor)
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto mark = [&](const QList<int>& rows, const QBrush& background) {
        for (int row : rows) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(edit->document()->findBlockByNumber(row));
            selection.format.setBackground(background);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(selection);
        }
    };
    mark(lines, color);
    mark(fillers, fillerColor);
    edit->setExtraSelections(selections);
}

} // namespace

SyncEntryPane::SyncEntryPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_blocked(new QLabel(this))
    , m_location(new QLabel(this))
    , m_differencesCaption(new QLabel(tr("Differences (the organisation's value first):"), this))
    , m_differences(new QListWidget(this))
    , m_sides(new QSplitter(Qt::Horizontal, this))
    , m_remoteCaption(new QLabel(this))
    , m_localCaption(new QLabel(this))
    , m_remote(new QPlainTextEdit(this))
    , m_local(new QPlainTextEdit(this))
{
    setAccessibleName(tr("Entry details"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Entry"));
    m_blocked->setTextFormat(Qt::PlainText);
    m_blocked->setWordWrap(true);
    m_blocked->setAccessibleName(tr("Why the entry is blocked"));
    m_location->setTextFormat(Qt::RichText);
    m_location->setAccessibleName(tr("Where the config holds the entry"));
    m_location->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_location, &QLabel::linkActivated, this, [this] {
        if (m_hasEntry && !m_entry.local.file.isEmpty())
            emit openLocation(m_entry.local.file, m_entry.local.line);
    });

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_differences->setAccessibleName(tr("Differences"));
    m_differences->setFont(fixed);
    m_differences->setMaximumHeight(m_differences->fontMetrics().height() * 6 + 8);
    m_differences->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_differencesCaption->setBuddy(m_differences);

    for (QPlainTextEdit* edit : {m_remote, m_local}) {
        edit->setReadOnly(true);
        edit->setFont(fixed);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_remote->setAccessibleName(tr("The organisation's version"));
    m_local->setAccessibleName(tr("The config's version"));
    // Both sides scroll together, so that lines that match stay side by side.
    connect(m_remote->verticalScrollBar(), &QScrollBar::valueChanged, m_local->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_local->verticalScrollBar(), &QScrollBar::valueChanged, m_remote->verticalScrollBar(),
            &QScrollBar::setValue);

    for (auto [caption, edit] : {std::pair{m_remoteCaption, m_remote}, {m_localCaption, m_local}}) {
        // One line each, so both sides start at the same height and matching lines sit side
        // by side (the file and line are above, in the location).
        caption->setTextFormat(Qt::PlainText);
        caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        caption->setBuddy(edit);
        auto* side = new QWidget(m_sides);
        auto* layout = new QVBoxLayout(side);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(caption);
        layout->addWidget(edit, 1);
        m_sides->addWidget(side);
    }
    m_sides->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_blocked);
    layout->addWidget(m_location);
    layout->addWidget(m_differencesCaption);
    layout->addWidget(m_differences);
    layout->addWidget(m_sides, 1);
    clear();
}

QString SyncEntryPane::displayText(const SyncItem& item)
{
    ConfigValue body = item.body;
    if (item.kind == SyncItem::Kind::Rule) {
        const ConfigValue& enabled = body.value(QStringLiteral("is_enabled"));
        if (enabled.type() == ConfigValue::Type::Bool && enabled.toBool()) {
            ConfigValue trimmed = ConfigValue::map();
            for (const ConfigValue::Entry& entry : body.entries()) {
                if (entry.first != QLatin1String("is_enabled"))
                    trimmed.insert(entry.first, entry.second);
            }
            body = trimmed;
        }
    } else if (item.kind == SyncItem::Kind::Output && !item.file.isEmpty()) {
        body = SyncApi::outputAsListed(body);
    }
    return ConfigWriter::toYaml(body);
}

void SyncEntryPane::clear()
{
    m_hasEntry = false;
    m_entry = PlanEntry();
    m_title->setText(tr("Select an entry of the plan to see both versions."));
    m_blocked->hide();
    m_location->hide();
    m_differencesCaption->hide();
    m_differences->clear();
    m_differences->hide();
    m_remoteCaption->setText(tr("In the organisation"));
    m_localCaption->setText(tr("In the config"));
    m_remote->clear();
    m_local->clear();
    m_remoteLines.clear();
    m_localLines.clear();
    m_remoteFillers.clear();
    m_localFillers.clear();
    m_remote->setExtraSelections({});
    m_local->setExtraSelections({});
    m_remote->parentWidget()->show();
    m_local->parentWidget()->show();
}

void SyncEntryPane::showEntry(const PlanEntry& entry)
{
    clear();
    m_hasEntry = true;
    m_entry = entry;

    m_title->setText(QStringLiteral("%1 %2 — %3")
                             .arg(entry.symbol(), entry.label(), SyncPlanModel::actionText(entry)));
    if (entry.action != PlanEntry::Action::Same && !entry.blockedReason.isEmpty()) {
        m_blocked->setText(
                tr("Blocked: %1. This entry is never applied.").arg(entry.blockedReason));
        QPalette palette = m_blocked->palette();
        palette.setColor(QPalette::WindowText, SyncPalette::blockedColor(this->palette()));
        m_blocked->setPalette(palette);
        m_blocked->show();
    }
    if (!entry.local.file.isEmpty()) {
        const QString where = QStringLiteral("%1:%2").arg(entry.local.file).arg(entry.local.line);
        m_location->setText(
                tr("In the config: <a href=\"open\">%1</a>").arg(where.toHtmlEscaped()));
        m_location->setToolTip(tr("Open %1 (the file and line are also copied)").arg(where));
        m_location->show();
    }
    if (!entry.differences.isEmpty()) {
        m_differences->addItems(entry.differences);
        m_differencesCaption->show();
        m_differences->show();
    }

    const bool hasRemote = entry.action != PlanEntry::Action::Add;
    const bool hasLocal = entry.action != PlanEntry::Action::Remove;
    m_remote->parentWidget()->setVisible(hasRemote);
    m_local->parentWidget()->setVisible(hasLocal);
    if (hasRemote) {
        m_remoteCaption->setText(
                entry.action == PlanEntry::Action::Move
                        ? tr("In the organisation (namespace %1)").arg(entry.fromNs)
                        : tr("In the organisation"));
        m_remote->setPlainText(displayText(entry.remote));
    }
    if (hasLocal) {
        m_localCaption->setText(entry.kind == SyncItem::Kind::Output
                                        ? tr("In the config, as the API lists it")
                                        : tr("In the config"));
        m_local->setPlainText(displayText(entry.local));
    }
    if (!hasRemote)
        m_localCaption->setText(m_localCaption->text() + QLatin1Char(' ')
                                + tr("— not in the organisation: the push adds it"));
    if (!hasLocal)
        m_remoteCaption->setText(m_remoteCaption->text() + QLatin1Char(' ')
                                 + tr("— not in the config: the push removes it"));
    m_remoteCaption->setToolTip(m_remoteCaption->text());
    m_localCaption->setToolTip(m_localCaption->text());

    // An unchanged entry may still differ in writing (5 and 5.0, a default left out): those
    // lines are equal as compared, so nothing is marked.
    if (entry.action == PlanEntry::Action::Change || entry.action == PlanEntry::Action::Move) {
        const LineDiff::Aligned rows =
                LineDiff::align(linesOf(m_remote->toPlainText()), linesOf(m_local->toPlainText()));
        m_remote->setPlainText(rows.left.join(QLatin1Char('\n')));
        m_local->setPlainText(rows.right.join(QLatin1Char('\n')));
        m_remoteLines = rows.leftChanged;
        m_localLines = rows.rightChanged;
        m_remoteFillers = rows.leftFillers;
        m_localFillers = rows.rightFillers;
    }
    highlight();

    // The first difference in sight, with a few lines before it; the rows line up, so one
    // position suits both sides.
    constexpr int ContextLines = 3;
    int first = std::numeric_limits<int>::max();
    for (const QList<int>* rows :
         {&m_remoteLines, &m_localLines, &m_remoteFillers, &m_localFillers}) {
        if (!rows->isEmpty())
            first = std::min(first, rows->constFirst());
    }
    if (first == std::numeric_limits<int>::max())
        first = 0;
    m_local->verticalScrollBar()->setValue(std::max(0, first - ContextLines));
    m_remote->verticalScrollBar()->setValue(std::max(0, first - ContextLines));
}

void SyncEntryPane::highlight()
{
    // Filler rows hold nothing: hatched, so they never read as an empty line of the rule.
    const QBrush filler(palette().color(QPalette::Mid), Qt::BDiagPattern);
    markLines(m_remote, m_remoteLines, SyncPalette::removedLineColor(palette()), m_remoteFillers,
              filler);
    markLines(m_local, m_localLines, SyncPalette::addedLineColor(palette()), m_localFillers,
              filler);
}

void SyncEntryPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        highlight();
}

} // namespace lc
