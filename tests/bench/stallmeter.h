#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the event loop of the thread it lives in was blocked: a precise timer
// fires every `intervalMs`, and the meter keeps the worst lateness (gap between two ticks
// minus the interval). A GUI that never blocks for more than 50 ms shows a maximum < 50.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(int intervalMs = 10, QObject *parent = nullptr);

    void start(); // also restarts the clock
    void stop();
    qint64 maxStallMs() const { return m_maxStallMs; }
    qint64 maxStallEndedAtMs() const { return m_maxStallAtMs; } // on the meter's clock
    qint64 ticks() const { return m_ticks; }
    qint64 stallsOver50Ms() const { return m_over50; } // ticks later than the GUI budget

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_intervalMs;
    qint64 m_lastTickMs = 0;
    qint64 m_maxStallMs = 0;
    qint64 m_maxStallAtMs = 0;
    qint64 m_ticks = 0;
    qint64 m_over50 = 0;
    int m_traceMs = 0;
};
