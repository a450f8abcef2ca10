#include "exportrun.h"

#include "job/exportjob.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

QByteArray ExportRun::ndjson() const
{
    QByteArray out;
    for (const DeviceOutcome &outcome : outcomes) {
        if (outcome.status == OutcomeStatus::Exported)
            out += outcome.json + '\n';
    }
    return out;
}

int ExportRun::count(OutcomeStatus status) const
{
    int n = 0;
    for (const DeviceOutcome &outcome : outcomes)
        n += outcome.status == status ? 1 : 0;
    return n;
}

ExportRun ExportRun::run(const ExportRequest &request, int timeoutMs)
{
    ExportRun result;
    ExportJob job(request);
    QEventLoop loop;
    QObject::connect(&job, &ExportJob::outcomesReady, &loop,
        [&result](const QList<DeviceOutcome> &batch) { result.outcomes += batch; });
    QObject::connect(&job, &ExportJob::requestLogged, &loop,
        [&result](const QString &line) { result.verboseLines.append(line); });
    QObject::connect(&job, &ExportJob::stageChanged, &loop,
        [&result](const QString &stage) { result.stages.append(stage); });
    QObject::connect(&job, &ExportJob::finished, &loop, [&](const ExportSummary &summary) {
        result.summary = summary;
        result.finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    job.start();
    if (!result.finished)
        loop.exec();
    result.elapsedMs = clock.elapsed();
    if (!result.finished) {
        job.cancel();
        QEventLoop drain; // let the canceled job wind down before it is destroyed
        QObject::connect(&job, &ExportJob::finished, &drain, &QEventLoop::quit);
        QTimer::singleShot(5000, &drain, &QEventLoop::quit);
        drain.exec();
    }
    return result;
}
