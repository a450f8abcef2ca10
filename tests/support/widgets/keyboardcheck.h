#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

// What a keyboard user trips over, checked on the window as it is shown right now (test code:
// it presses keys into the window). Each function returns one line per problem, empty when
// there is none, so a test can print them all at once.
//
// mnemonicProblems: among the visible controls of `window`, two that answer the same Alt+key
// (one of them is unreachable, the other may be pressed by mistake); a label whose mnemonic
// has no buddy, or a buddy that cannot take the focus; and, by pressing each label's Alt+key,
// a label whose mnemonic does not move the focus to its field. Buttons are not pressed.
//
// focusChainProblems: pressing Tab from the first control of `area` until the focus comes
// back; a visible, enabled control that takes Tab focus but is never reached, and two controls
// of `area` reached in an order that goes against reading order (upwards, or leftwards in a
// row), e.g. a step's buttons before its own check box.
namespace KeyboardCheck {
QStringList mnemonicProblems(QWidget *window);
QStringList focusChainProblems(QWidget *window, QWidget *area);
// The widgets Tab visits from the focus widget until it comes back (at most `limit`).
QList<QWidget *> tabCycle(QWidget *window, int limit = 200);
// "QPushButton saveButton “&Save devices.json…”", for messages.
QString describe(const QWidget *widget);
} // namespace KeyboardCheck
