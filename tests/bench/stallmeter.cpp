#include "stallmeter.h"

#include <cstdio>
#include <cstdlib>

StallMeter::StallMeter(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    // TTNMIG_BENCH_STALL_TRACE=MS prints every stall longer than MS to stderr, with the time
    // it ended, to find what blocked (e.g. next to `perf record` timestamps).
    m_traceMs = std::atoi(qgetenv("TTNMIG_BENCH_STALL_TRACE").constData());
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_clock.start();
    m_lastTickMs = 0;
    m_maxStallMs = 0;
    m_maxStallAtMs = 0;
    m_ticks = 0;
    m_over50 = 0;
    m_timer.start();
}

void StallMeter::stop()
{
    tick(); // a block that lasted until the end counts too
    m_timer.stop();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 lateness = now - m_lastTickMs - m_intervalMs;
    m_lastTickMs = now;
    ++m_ticks;
    if (lateness > m_maxStallMs) {
        m_maxStallMs = lateness;
        m_maxStallAtMs = now;
    }
    if (lateness > 50)
        ++m_over50;
    if (m_traceMs > 0 && lateness > m_traceMs)
        std::fprintf(stderr, "stall %lld ms ended at %lld ms (monotonic %.3f s)\n",
            static_cast<long long>(lateness), static_cast<long long>(now),
            double(m_clock.msecsSinceReference() + now) / 1000.0);
}
