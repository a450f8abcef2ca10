#pragma once

#include <QRect>
#include <QSize>

class QWidget;

// The wizard opens at a size that fits its preview table (1100×700 at 1x); at
// QT_SCALE_FACTOR=2 on a 1600×1100 screen that is 2200×1400 device pixels, with the buttons
// off-screen. Before the first show, the window is made to fit the screen it opens on.
namespace WindowFit {

// The size to open at: `wanted`, shrunk to `available` less a margin for the window frame,
// but never below `minimum` (the layout's own minimum, which no resize can go under).
QSize fittedSize(QSize wanted, QSize minimum, QSize available);

// Resizes `window` with fittedSize() for its screen's available geometry and centres it
// there. Call before show().
void fitToScreen(QWidget *window);

} // namespace WindowFit
