// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/InlineBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace lc {

namespace {

struct Look
{
    QStyle::StandardPixmap icon;
    const char* background;
    const char* border;
};

Look lookOf(InlineBanner::Kind kind)
{
    switch (kind) {
    case InlineBanner::Kind::Information:
        return {QStyle::SP_MessageBoxInformation, "#e8f1fb", "#9cc2ea"};
    case InlineBanner::Kind::Warning:
        return {QStyle::SP_MessageBoxWarning, "#fdf3dc", "#e6c36a"};
    case InlineBanner::Kind::Error:
        break;
    }
    return {QStyle::SP_MessageBoxCritical, "#fbe7e6", "#e09a94"};
}

} // namespace

InlineBanner::InlineBanner(Kind kind, const QString& text, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(text, this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("InlineBanner"));
    setFrameShape(QFrame::StyledPanel);

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        // Copied first: the action may show another banner under the same key.
        const auto action = m_action;
        dismiss();
        if (action)
            action();
    });

    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    connect(m_closeButton, &QToolButton::clicked, this, &InlineBanner::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    applyKind();
}

void InlineBanner::setKind(Kind kind)
{
    m_kind = kind;
    applyKind();
}

QString InlineBanner::text() const
{
    return m_text->text();
}

void InlineBanner::setText(const QString& text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

void InlineBanner::setAction(const QString& text, std::function<void()> action)
{
    m_action = std::move(action);
    m_actionButton->setText(text);
    m_actionButton->setAccessibleName(text);
    m_actionButton->setVisible(!text.isEmpty());
}

void InlineBanner::setClosable(bool closable)
{
    m_closeButton->setVisible(closable);
}

void InlineBanner::applyKind()
{
    const Look look = lookOf(m_kind);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(look.icon, nullptr, this).pixmap(size, size));
    setStyleSheet(QStringLiteral("#InlineBanner { background: %1; border: 1px solid %2; "
                                 "border-radius: 3px; } #InlineBanner QLabel { color: #1d1d1d; }")
                          .arg(QLatin1String(look.background), QLatin1String(look.border)));

    switch (m_kind) {
    case Kind::Information:
        setAccessibleName(tr("Information"));
        break;
    case Kind::Warning:
        setAccessibleName(tr("Warning"));
        break;
    case Kind::Error:
        setAccessibleName(tr("Error"));
        break;
    }
    setAccessibleDescription(m_text->text());
}

void InlineBanner::dismiss()
{
    hide();
    emit closed();
    deleteLater();
}

} // namespace lc
