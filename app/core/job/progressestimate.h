#pragma once

#include <QList>
#include <QtGlobal>
#include <functional>

// How long a long run still takes: the rate of the recent past (a sliding window, so a slow
// start or a pause for a rate limit fades out) applied to what is left. Pure logic with an
// injectable clock; the wizard shows it as "about 2 h 41 min left".
class ProgressEstimate
{
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit ProgressEstimate(Clock clock = Clock());

    void restart(); // forgets every sample
    void update(int done, int total);
    // Milliseconds left, or -1 while there is too little to go on (the first seconds).
    qint64 remainingMs() const;
    // Items per second over the window, or -1 while there is too little to go on.
    double perSecond() const;

    // Before a run starts: `requests` one after another at `perSecond` (the client's pacing),
    // in milliseconds; -1 when unpaced (then nothing can be said up front).
    static qint64 forRequests(int requests, double perSecond);

    static constexpr qint64 kWindowMs = 60000; // the rate of the last minute
    static constexpr qint64 kMinimumSpanMs = 2000; // before that, no estimate

private:
    struct Sample
    {
        qint64 atMs;
        int done;
    };
    Clock m_clock;
    QList<Sample> m_samples;
    int m_total = 0;
};
