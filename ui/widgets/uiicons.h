#pragma once

#include "convert/deviceoutcome.h"

#include <QIcon>

// The wizard's icons in one place (drawn SVGs in resources/ui.qrc, with QStyle fallbacks so a
// system without the SVG plugin still shows something sensible).
namespace UiIcons {
QIcon status(OutcomeStatus status);
QIcon success();
QIcon info();
QIcon warning();
QIcon error();
QIcon busy();
QIcon copy();
QIcon reveal();
} // namespace UiIcons
