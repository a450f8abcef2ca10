#pragma once

namespace emukit {

struct Reply;

// Decides, request by request, which transport or server fault to simulate. The counters
// see every request the emulator receives (handler and discovery alike), numbered from 1.
class FaultInjector
{
public:
    enum class Kind {
        None,
        ErrorStatus, // answer `status` with a v2 error body, before any processing
        Reset, // process normally, then close the connection halfway through the body
        Garbage, // process normally, then send 200 with a truncated JSON body
    };
    struct Fault
    {
        Kind kind = Kind::None;
        int status = 0;
        int retryAfterSeconds = 0;
    };

    void failEveryNth(int n, int httpStatus);
    void failNext(int count, int httpStatus, int retryAfterSeconds);
    void resetEveryNth(int n);
    void garbageEveryNth(int n);
    void clear();

    // Call once per request, in arrival order.
    Fault next(int requestNumber);

private:
    int m_failEvery = 0;
    int m_failEveryStatus = 0;
    int m_failNextCount = 0;
    int m_failNextStatus = 0;
    int m_failNextRetryAfter = 0;
    int m_resetEvery = 0;
    int m_garbageEvery = 0;
};

// The v2 error answer for an injected ErrorStatus fault (with Retry-After when asked).
Reply injectedError(const FaultInjector::Fault &fault);
// Turns a processed reply into the Reset or Garbage fault; no-op for the other kinds.
void applyTransportFault(const FaultInjector::Fault &fault, Reply *reply);

} // namespace emukit
