#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

class QJSEngine;

// Stops a script that runs too long: while armed, a thread of its own waits for the time
// limit and then calls QJSEngine::setInterrupted(true) (the one engine call that is safe from
// another thread). TTN v2 allowed 100 ms per call; an endless loop in a formatter must not
// hang the CLI or the wizard.
class JsWatchdog
{
public:
    explicit JsWatchdog(QJSEngine *engine);
    ~JsWatchdog();
    JsWatchdog(const JsWatchdog &) = delete;
    JsWatchdog &operator=(const JsWatchdog &) = delete;

    // Arms the limit for one call; disarm() after it. Returns whether the last armed call
    // was interrupted.
    void arm(int limitMs);
    bool disarm();

private:
    void watch();

    QJSEngine *m_engine;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_armed = false;
    bool m_stop = false;
    bool m_fired = false;
    int m_limitMs = 0;
    unsigned m_generation = 0;
    // Last: members are initialised in this order, and the thread reads every one above.
    std::thread m_thread;
};
