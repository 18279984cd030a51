// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/InlineBanner.h"

#include <QApplication>
#include <QEvent>
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
    int hue;
};

Look lookOf(InlineBanner::Kind kind)
{
    switch (kind) {
    case InlineBanner::Kind::Information:
        return {QStyle::SP_MessageBoxInformation, 212};
    case InlineBanner::Kind::Warning:
        return {QStyle::SP_MessageBoxWarning, 42};
    case InlineBanner::Kind::Error:
        break;
    }
    return {QStyle::SP_MessageBoxCritical, 4};
}

// The theme's window colour tinted towards the hue: light themes get a pale tint, dark and
// high-contrast ones a dark one, and the theme's own text stays readable on it.
QColor tinted(const QPalette& palette, int hue, int share)
{
    const QColor window = palette.color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    const QColor tint = QColor::fromHsl(hue, 170, dark ? 70 : 200);
    return QColor((window.red() * (100 - share) + tint.red() * share) / 100,
                  (window.green() * (100 - share) + tint.green() * share) / 100,
                  (window.blue() * (100 - share) + tint.blue() * share) / 100);
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
    const QPalette palette = QApplication::palette(this);
    setStyleSheet(QStringLiteral("#InlineBanner { background: %1; border: 1px solid %2; "
                                 "border-radius: 3px; } #InlineBanner QLabel { color: %3; }")
                          .arg(tinted(palette, look.hue, 50).name(),
                               tinted(palette, look.hue, 90).name(),
                               palette.color(QPalette::WindowText).name()));

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

void InlineBanner::changeEvent(QEvent* event)
{
    // The desktop switched between light, dark or high-contrast themes.
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyKind();
    QFrame::changeEvent(event);
}

void InlineBanner::dismiss()
{
    hide();
    emit closed();
    deleteLater();
}

} // namespace lc
