#include "widgets/stopbutton.h"

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
    const bool hadFocus = hasFocus();
    if (hadFocus && next)
        next->setFocus(); // before hiding: else Qt hands it to the next widget in the chain
    hide();
    return hadFocus;
}
