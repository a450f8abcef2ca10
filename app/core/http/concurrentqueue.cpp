#include "http/concurrentqueue.h"

#include "http/httpsession.h"

ConcurrentQueue::ConcurrentQueue(HttpSession *session, Start start, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_start(std::move(start))
{
    connect(session, &HttpSession::concurrencyChanged, this, &ConcurrentQueue::launch);
}

void ConcurrentQueue::append(int count)
{
    for (int i = 0; i < count; ++i)
        m_waiting.append(m_size++);
    launch();
}

void ConcurrentQueue::done(int index)
{
    Q_UNUSED(index)
    if (m_running > 0)
        --m_running;
    launch();
    if (idle())
        emit drained();
}

QList<int> ConcurrentQueue::stop()
{
    return std::exchange(m_waiting, {});
}

void ConcurrentQueue::launch()
{
    // A unit may finish inside start() (nothing to send): the outer loop carries on.
    if (m_launching)
        return;
    m_launching = true;
    while (!m_waiting.isEmpty() && m_running < m_session->concurrency().limit()) {
        ++m_running;
        m_start(m_waiting.takeFirst());
    }
    m_launching = false;
}
