#include "job/progressestimate.h"

#include <QElapsedTimer>
#include <cmath>
#include <memory>

ProgressEstimate::ProgressEstimate(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
}

void ProgressEstimate::restart()
{
    m_samples.clear();
    m_total = 0;
}

void ProgressEstimate::update(int done, int total)
{
    const qint64 now = m_clock();
    // A new total, or progress going backwards, is a new run.
    if (total != m_total || (!m_samples.isEmpty() && done < m_samples.constLast().done))
        m_samples.clear();
    m_total = total;
    m_samples.append({ now, done });
    // Keep one sample from before the window, so the rate always spans a whole window (and a
    // pause inside it counts), and always two samples to measure a rate with.
    while (m_samples.size() > 2 && m_samples.at(1).atMs < now - kWindowMs)
        m_samples.removeFirst();
}

qint64 ProgressEstimate::remainingMs() const
{
    if (m_samples.size() < 2 || m_total <= 0)
        return -1;
    const Sample &first = m_samples.constFirst();
    const Sample &last = m_samples.constLast();
    const qint64 span = last.atMs - first.atMs;
    const int progressed = last.done - first.done;
    if (last.done >= m_total)
        return 0;
    if (span < kMinimumSpanMs || progressed <= 0)
        return -1;
    const double msPerItem = double(span) / progressed;
    return qint64(std::ceil(msPerItem * (m_total - last.done)));
}

double ProgressEstimate::perSecond() const
{
    if (m_samples.size() < 2)
        return -1;
    const Sample &first = m_samples.constFirst();
    const Sample &last = m_samples.constLast();
    const qint64 span = last.atMs - first.atMs;
    if (span < kMinimumSpanMs)
        return -1;
    return double(last.done - first.done) * 1000.0 / double(span);
}

qint64 ProgressEstimate::forRequests(int requests, double perSecond)
{
    if (perSecond <= 0 || requests <= 0)
        return requests <= 0 ? 0 : -1;
    return qint64(std::ceil(requests / perSecond * 1000.0));
}
