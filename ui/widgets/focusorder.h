#pragma once

#include <QList>

class QLayout;
class QWidget;

// Tab order in reading order, taken from the layouts: top to bottom, left to right, into
// nested layouts, composite widgets (a panel with its own layout, a scroll area's content) and
// buttons inside messages. Qt's default follows the order widgets were created in, which puts
// a step's buttons before its own check box when they are built first.
namespace FocusOrder {
// The widgets that take focus with Tab, in layout order (hidden ones included: the order is
// set once, and Tab skips whatever is hidden at the time).
QList<QWidget *> inLayoutOrder(QLayout *layout);
// Chains them with QWidget::setTabOrder.
void apply(QLayout *layout);
} // namespace FocusOrder
