#pragma once

#include <QList>
#include <QObject>
#include <functional>

class HttpSession;

// Runs independent units of work against one HTTP client with as many in flight as its
// session's AdaptiveConcurrency allows, starting more when the limit grows and fewer after a
// 429. A unit is anything that keeps one request in flight at a time: a device's import (its
// calls in order), one GET per device of a source being read, … The queue does not know what
// a unit does: it calls start(index) and the unit reports done(index) when it is over.
class ConcurrentQueue : public QObject
{
    Q_OBJECT
public:
    using Start = std::function<void(int index)>;

    ConcurrentQueue(HttpSession *session, Start start, QObject *parent = nullptr);

    void append(int count); // units size()…size()+count-1 wait for a place
    void done(int index); // a started unit is over (whatever its outcome)
    // No further unit starts; returns the indices of those that never started.
    QList<int> stop();

    int size() const { return m_size; }
    int running() const { return m_running; }
    int waiting() const { return int(m_waiting.size()); }
    bool idle() const { return m_running == 0 && m_waiting.isEmpty(); }

signals:
    void drained(); // the last running unit finished and none is waiting

private:
    void launch();

    HttpSession *m_session;
    Start m_start;
    QList<int> m_waiting;
    int m_size = 0;
    int m_running = 0;
    bool m_launching = false;
};
