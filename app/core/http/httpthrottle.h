#pragma once

#include "http/httpreply.h"

#include <QtGlobal>
#include <functional>
#include <optional>

// Monotonic milliseconds. Throttles take a clock so that tests can drive the time.
using HttpClock = std::function<qint64()>;
HttpClock steadyHttpClock(); // counts from now

// Decides when the next request of one client may go. Shared by every call of the client
// (HttpSession::throttle()); never sleeps: it says how long to wait and the call starts a timer.
//  - RequestPacer: a fixed rate (TTN v2's handler limit); a slot is booked at reserve().
//  - RateLimitGate: follows the server's X-Rate-Limit-* headers and pauses after a 429
//    (The Things Stack); a request that has to wait asks again (recheck()).
class HttpThrottle
{
public:
    virtual ~HttpThrottle() = default;

    // Asks for the next request: 0 = send now (its place is taken), else the milliseconds to
    // wait before recheck().
    virtual qint64 reserve() = 0;
    // After the wait: 0 = send now, else wait this much more (a pause that began meanwhile).
    virtual qint64 recheck() { return 0; }
    // A call that waited is given up (aborted) before it was sent.
    virtual void release() = 0;
    // The server asked for a pause: no request goes for `ms` (never shortens a longer pause).
    virtual void holdFor(qint64 ms) = 0;
    // Every answer of a request that went through reserve(), and every such request that was
    // abandoned without an answer (load None, empty reply). `sequence` orders the requests.
    virtual void noteAnswer(const HttpReply &reply, HttpLoad load, qint64 sequence)
    {
        Q_UNUSED(reply)
        Q_UNUSED(load)
        Q_UNUSED(sequence)
    }
    // Requests the server's budget still allows beyond those in flight; nullopt: unknown (the
    // server does not say). AdaptiveConcurrency does not grow into an exhausted budget.
    virtual std::optional<qint64> headroom() const { return std::nullopt; }
};
