#pragma once

#include <QtGlobal>
#include <optional>

// How many requests (or units of work that each have one request in flight at a time, such as
// a device's import) a client keeps in flight: it starts at `start`, grows by one per window of
// answers while the server keeps up, and halves on a 429 or when the server struggles
// (502/503/504, no answer in time), once per window, like TCP's congestion window. It does not
// grow while the server's rate-limit budget (X-Rate-Limit-*) has less room than one more
// window would use: the bucket, not the concurrency, is then what limits the speed.
//
// Pure logic; HttpSession feeds it every answer, jobs read limit().
class AdaptiveConcurrency
{
public:
    static constexpr int kDefaultStart = 4;
    static constexpr int kDefaultMaximum = 16;

    explicit AdaptiveConcurrency(int start = kDefaultStart, int maximum = kDefaultMaximum);

    // `maximum` is the upper bound (at least 1); the limit starts at min(start, maximum).
    void reset(int start, int maximum);
    int limit() const { return m_limit; }
    int maximum() const { return m_maximum; }

    // Each returns true when limit() changed.
    // An answer that says nothing about load being too high. headroom: what the server's
    // budget allows beyond the requests in flight; nullopt when it does not say.
    bool answered(std::optional<qint64> headroom);
    bool throttled(); // 429
    bool overloaded(); // 502/503/504, timeout

private:
    bool decrease();

    int m_limit = kDefaultStart;
    int m_maximum = kDefaultMaximum;
    int m_credit = 0; // answers towards the next increase
    qint64 m_events = 0; // answers of any kind so far
    qint64 m_lastDecreaseAt = 0;
    int m_windowAtDecrease = 0; // answers of the requests in flight when the limit last fell
};
