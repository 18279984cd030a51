// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BannerArea.h"

#include <QVBoxLayout>

namespace lc {

BannerArea::BannerArea(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setAccessibleName(tr("Messages"));
}

InlineBanner* BannerArea::showBanner(const QString& key, InlineBanner::Kind kind,
                                     const QString& text, const QString& actionText,
                                     std::function<void()> action)
{
    InlineBanner* banner = m_banners.value(key);
    if (banner) {
        banner->setKind(kind);
        banner->setText(text);
    } else {
        banner = new InlineBanner(kind, text, this);
        m_layout->addWidget(banner);
        m_banners.insert(key, banner);
        connect(banner, &InlineBanner::closed, this, [this, key, banner] {
            if (m_banners.value(key) == banner)
                m_banners.remove(key);
        });
    }
    banner->setAction(actionText, std::move(action));
    banner->show();
    return banner;
}

void BannerArea::dismiss(const QString& key)
{
    InlineBanner* banner = m_banners.take(key);
    if (banner) {
        banner->hide();
        banner->deleteLater();
    }
}

InlineBanner* BannerArea::banner(const QString& key) const
{
    return m_banners.value(key);
}

QList<InlineBanner*> BannerArea::banners() const
{
    QList<InlineBanner*> result;
    for (const auto& banner : m_banners) {
        if (banner)
            result.append(banner);
    }
    return result;
}

} // namespace lc
