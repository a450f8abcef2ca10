#include "widgets/focusorder.h"

#include <QLayout>
#include <QScrollArea>
#include <QWidget>

namespace {
void collect(QLayout *layout, QList<QWidget *> &out);

void collectWidget(QWidget *widget, QList<QWidget *> &out)
{
    if (auto *scroll = qobject_cast<QScrollArea *>(widget)) {
        if (scroll->widget() && scroll->widget()->layout())
            collect(scroll->widget()->layout(), out);
        return;
    }
    if ((widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus)
        out.append(widget);
    // A widget built from others (a panel, a message with a button) lends its parts' order.
    if (widget->layout())
        collect(widget->layout(), out);
}

void collect(QLayout *layout, QList<QWidget *> &out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *widget = item->widget())
            collectWidget(widget, out);
        else if (QLayout *inner = item->layout())
            collect(inner, out);
    }
}
} // namespace

QList<QWidget *> FocusOrder::inLayoutOrder(QLayout *layout)
{
    QList<QWidget *> widgets;
    if (layout)
        collect(layout, widgets);
    return widgets;
}

void FocusOrder::apply(QLayout *layout)
{
    const QList<QWidget *> widgets = inLayoutOrder(layout);
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}
