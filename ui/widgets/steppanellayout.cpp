#include "widgets/steppanellayout.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWidget>

void StepPanelLayout::arrange(QWidget *panel, const QList<QWidget *> &buttons, QWidget *progress,
    QWidget *status, QWidget *results)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *button : buttons)
        row->addWidget(button);
    row->addWidget(progress, 1);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(status);
    if (results)
        layout->addWidget(results);
}
