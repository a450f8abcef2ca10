#include "jobs/formattertryjob.h"

#include "job/backgroundtask.h"

FormatterTryJob::FormatterTryJob(QObject *parent)
    : QObject(parent)
{
}

FormatterTryJob::~FormatterTryJob() = default; // m_task (a child) waits for its thread

bool FormatterTryJob::isRunning() const
{
    return m_task != nullptr;
}

void FormatterTryJob::start(const FormatterPlan &plan, const QByteArray &bytes, int fPort)
{
    if (m_task)
        return;
    auto result = std::make_shared<FormatterComparison>();
    m_task = new BackgroundTask(this);
    connect(m_task, &BackgroundTask::finished, this, [this, result] {
        m_task->deleteLater();
        m_task = nullptr;
        emit finished(*result);
    });
    m_task->start([plan, bytes, fPort, result](const std::atomic_bool &) {
        *result = FormatterRunner().compare(plan, bytes, fPort);
    });
}
