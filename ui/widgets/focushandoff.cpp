#include "widgets/focushandoff.h"

#include <QWidget>

namespace {

bool handOn(QWidget *widget, QWidget *to)
{
    const bool hadFocus = widget->hasFocus();
    if (hadFocus && to)
        to->setFocus(); // before the widget goes: Qt would pick the next one in the chain
    return hadFocus;
}

} // namespace

bool FocusHandOff::disable(QWidget *widget, QWidget *to)
{
    const bool hadFocus = handOn(widget, to);
    widget->setEnabled(false);
    return hadFocus;
}

bool FocusHandOff::hide(QWidget *widget, QWidget *to)
{
    const bool hadFocus = handOn(widget, to);
    widget->hide();
    return hadFocus;
}
