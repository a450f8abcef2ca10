#include "job/backgroundtask.h"

#include <QThread>

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        cancel();
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start(Work work)
{
    Q_ASSERT(!m_thread);
    m_canceled = std::make_shared<std::atomic_bool>(false);
    auto canceled = m_canceled;
    m_thread = QThread::create([work = std::move(work), canceled] { work(*canceled); });
    connect(m_thread, &QThread::finished, this, [this] {
        QThread *thread = std::exchange(m_thread, nullptr);
        thread->wait();
        thread->deleteLater();
        emit finished();
    });
    m_thread->start();
}

void BackgroundTask::cancel()
{
    if (m_canceled)
        m_canceled->store(true);
}
