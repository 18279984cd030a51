// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

#include "widgets/InlineBanner.h"

class QVBoxLayout;

namespace lc {

// A column of inline banners. Each has a key: showing a message under a key that is already
// shown replaces it, so a failure that repeats does not stack up.
class BannerArea : public QWidget
{
    Q_OBJECT

public:
    explicit BannerArea(QWidget* parent = nullptr);

    InlineBanner* showBanner(const QString& key, InlineBanner::Kind kind, const QString& text,
                             const QString& actionText = {}, std::function<void()> action = {});
    void dismiss(const QString& key);
    // nullptr when nothing is shown under key.
    InlineBanner* banner(const QString& key) const;
    QList<InlineBanner*> banners() const;

private:
    QVBoxLayout* m_layout;
    QHash<QString, QPointer<InlineBanner>> m_banners;
};

} // namespace lc
