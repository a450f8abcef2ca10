#pragma once

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

// Runs one piece of work on its own thread so the GUI never freezes (parsing and converting
// 100,000 devices takes seconds). The work polls `canceled`; finished() is emitted on the
// owner's thread once the thread has ended. Destroying the task cancels it and waits.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<void(const std::atomic_bool &canceled)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    void start(Work work);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void finished();

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_canceled;
};
