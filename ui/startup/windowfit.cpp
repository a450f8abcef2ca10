#include "startup/windowfit.h"

#include <QScreen>
#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace {
// Room for the title bar and borders the window manager adds around the window.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;
} // namespace

QSize WindowFit::fittedSize(QSize wanted, QSize minimum, QSize available)
{
    const QSize room(available.width() - kFrameWidth, available.height() - kFrameHeight);
    return QSize(std::max(std::min(wanted.width(), room.width()), minimum.width()),
        std::max(std::min(wanted.height(), room.height()), minimum.height()));
}

void WindowFit::fitToScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size = fittedSize(window->size(), window->minimumSizeHint(), available.size());
    if (size == window->size())
        return;
    window->resize(size);
    window->move(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available).topLeft());
}
