// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace lc {

// A message inside the window, above what it is about: icon, text, an optional action
// ("Retry", "Log in…") and a close button. Routine failures show here instead of in modal
// boxes, so the user can keep working and act when ready.
class InlineBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };
    Q_ENUM(Kind)

    InlineBanner(Kind kind, const QString& text, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QString text() const;
    void setText(const QString& text);
    // Adds (or replaces) the action button; clicking it runs action and closes the banner.
    void setAction(const QString& text, std::function<void()> action);
    void setClosable(bool closable);

    QPushButton* actionButton() const { return m_actionButton; }
    QToolButton* closeButton() const { return m_closeButton; }

signals:
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyKind();
    void dismiss();

    Kind m_kind;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_actionButton;
    QToolButton* m_closeButton;
    std::function<void()> m_action;
};

} // namespace lc
