#pragma once

#include <QIcon>

// The product's own icon (the one the desktop file names), for window icons and the About box.
// Built from the SVG plus the rendered PNGs, so it stays visible without Qt's SVG plugin.
namespace AppIcon {
QIcon icon();
}
