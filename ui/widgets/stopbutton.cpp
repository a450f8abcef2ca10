#include "widgets/stopbutton.h"

#include "widgets/focushandoff.h"

StopButton::StopButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
{
    hide();
}

void StopButton::appear(QWidget *starter)
{
    const bool takeFocus = !starter || starter->hasFocus();
    setEnabled(true);
    show();
    if (takeFocus)
        setFocus();
}

bool StopButton::vanish(QWidget *next)
{
    return FocusHandOff::hide(this, next);
}
