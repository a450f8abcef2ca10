#include "formatters/jswatchdog.h"

#include <QJSEngine>
#include <chrono>

JsWatchdog::JsWatchdog(QJSEngine *engine)
    : m_engine(engine)
    , m_thread([this] { watch(); })
{
}

JsWatchdog::~JsWatchdog()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void JsWatchdog::arm(int limitMs)
{
    m_engine->setInterrupted(false);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_armed = true;
        m_fired = false;
        m_limitMs = limitMs;
        ++m_generation;
    }
    m_changed.notify_all();
}

bool JsWatchdog::disarm()
{
    bool fired = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_armed = false;
        ++m_generation;
        fired = m_fired;
    }
    m_changed.notify_all();
    m_engine->setInterrupted(false);
    return fired;
}

void JsWatchdog::watch()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        if (!m_armed) {
            m_changed.wait(lock);
            continue;
        }
        const unsigned generation = m_generation;
        const auto deadline
            = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_limitMs);
        const bool changed = m_changed.wait_until(
            lock, deadline, [&] { return m_stop || m_generation != generation; });
        if (!changed) {
            // Still the same call, past its limit.
            m_fired = true;
            m_armed = false;
            m_engine->setInterrupted(true);
        }
    }
}
