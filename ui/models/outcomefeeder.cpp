#include "models/outcomefeeder.h"

#include "models/outcometablemodel.h"

#include <QTimer>
#include <algorithm>
#include <utility>

namespace {
// How often queued outcomes enter the table while the export runs, and how many at most at
// once (100,000 rows then take ~5 insertions; each one is a few tens of ms of GUI work).
constexpr int kFillIntervalMs = 250;
constexpr int kFillCatchUpMs = 20; // between chunks when the export is done
constexpr qsizetype kMaxRowsPerFill = 10000;
} // namespace

OutcomeFeeder::OutcomeFeeder(OutcomeTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutcomeFeeder::feed);
}

void OutcomeFeeder::add(const QList<DeviceOutcome> &batch)
{
    m_pending.append(batch);
    m_pendingRows += batch.size();
    if (m_model->rowCount() == 0)
        feed();
    else if (!m_timer->isActive())
        m_timer->start(kFillIntervalMs);
}

void OutcomeFeeder::finishWhenFed()
{
    m_finishing = true;
    m_timer->start(m_pending.isEmpty() ? 0 : kFillCatchUpMs);
}

void OutcomeFeeder::clear()
{
    m_timer->stop();
    m_pending.clear();
    m_pendingRows = 0;
    m_finishing = false;
}

void OutcomeFeeder::feed()
{
    if (m_pending.isEmpty()) {
        if (std::exchange(m_finishing, false))
            emit drained();
        return;
    }
    QList<DeviceOutcome> chunk;
    chunk.reserve(std::min(m_pendingRows, kMaxRowsPerFill));
    while (!m_pending.isEmpty()
        && (chunk.isEmpty() || chunk.size() + m_pending.constFirst().size() <= kMaxRowsPerFill)) {
        chunk.append(m_pending.takeFirst());
    }
    m_pendingRows -= chunk.size();
    const bool first = m_model->rowCount() == 0;
    m_model->append(std::move(chunk));
    emit rowsFed(first);
    // Let the view lay out and paint before the next chunk; finish once the table is full.
    if (!m_pending.isEmpty())
        m_timer->start(m_finishing ? kFillCatchUpMs : kFillIntervalMs);
    else if (m_finishing)
        m_timer->start(0);
}
