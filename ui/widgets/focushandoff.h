#pragma once

class QWidget;

// Disabling or hiding the widget that has the focus makes Qt pass the focus to whatever
// follows it in the window (About…, Save report…), where Enter or Space would do something
// the user did not ask for. Every long run (Test, List devices, Stop, Cancel) hands the focus
// on explicitly instead, through these two calls.
namespace FocusHandOff {

// Disables `widget`; when it had the focus, `to` takes it first. Returns whether it had.
bool disable(QWidget *widget, QWidget *to);

// Hides `widget`; when it had the focus, `to` takes it first. Returns whether it had.
bool hide(QWidget *widget, QWidget *to);

} // namespace FocusHandOff
