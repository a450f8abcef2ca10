#pragma once

#include "convert/deviceoutcome.h"

#include <QList>
#include <QObject>

class OutcomeTableModel;
class QTimer;

// Moves outcomes from a running export into an OutcomeTableModel a few times a second, in
// large chunks. Every insertion makes the view lay out its rows and the filter proxy rebuild
// its mapping, so one insertion per 1,000-device batch cost O(N²) at fleet scale and stalled
// the GUI. The first rows go in at once, so the user sees the preview start.
class OutcomeFeeder : public QObject
{
    Q_OBJECT
public:
    explicit OutcomeFeeder(OutcomeTableModel *model, QObject *parent = nullptr);

    void add(const QList<DeviceOutcome> &batch);
    // The producer is done: the rows still queued go in quickly, then drained() follows.
    void finishWhenFed();
    void clear(); // drops what is queued; no drained() follows
    qsizetype pendingRows() const { return m_pendingRows; }

signals:
    void rowsFed(bool first); // a chunk entered the model; `first`: the model was empty
    void drained(); // after finishWhenFed(): every queued row is in the model

private:
    void feed();

    OutcomeTableModel *m_model;
    QList<QList<DeviceOutcome>> m_pending;
    qsizetype m_pendingRows = 0;
    QTimer *m_timer;
    bool m_finishing = false;
};
