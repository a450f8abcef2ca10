#pragma once

#include <QByteArray>
#include <QElapsedTimer>

// One pause shared by every request of a TtsClient (tts-import.md §6): a 429 pauses all
// requests, not just the one refused, and an exhausted bucket (X-Rate-Limit-Available: 0)
// holds the next call until one request's worth of it has refilled.
class TtsRateGate
{
public:
    TtsRateGate();

    qint64 waitMs() const; // 0 when requests may go now
    void pauseFor(qint64 ms); // never shortens a pause already set

    // Reads X-Rate-Limit-Limit/-Available/-Reset of any answer. While Available is 0, the
    // next call waits Reset / Limit seconds: right whether Limit is the per-minute rate or a
    // burst the operator configured.
    void noteHeaders(const QByteArray &limit, const QByteArray &available, const QByteArray &reset);

private:
    QElapsedTimer m_clock;
    qint64 m_openAtMs = 0;
};
