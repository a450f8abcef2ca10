#pragma once

#include <QList>

class QWidget;

// The layout of a next-steps panel that runs something at the source (AppKeyPanel,
// SourceDeletePanel, ChirpStackDisablePanel): its buttons in a row with the progress bar
// beside them, then the status line, then (where the panel has one) a result per device.
// One place, so the three panels line up alike.
namespace StepPanelLayout {

// `results` may be nullptr. The stretch after the bar keeps the buttons at their size while
// the bar is hidden.
void arrange(QWidget *panel, const QList<QWidget *> &buttons, QWidget *progress, QWidget *status,
    QWidget *results = nullptr);

} // namespace StepPanelLayout
