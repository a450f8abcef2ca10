#pragma once

#include "formatters/formatterplan.h"
#include "formatters/formatterrunner.h"

#include <QObject>
#include <memory>

class BackgroundTask;

// Runs one uplink through TTN v2's functions and through the migrated formatter
// (FormatterRunner::compare, each call time-limited by the core's JsWatchdog) on a thread of
// its own, so a slow or endless script never freezes the window. One run at a time: start()
// while one runs is ignored.
class FormatterTryJob : public QObject
{
    Q_OBJECT
public:
    explicit FormatterTryJob(QObject *parent = nullptr);
    ~FormatterTryJob() override;

    bool isRunning() const;
    void start(const FormatterPlan &plan, const QByteArray &bytes, int fPort);

signals:
    void finished(const FormatterComparison &comparison);

private:
    BackgroundTask *m_task = nullptr;
    std::shared_ptr<FormatterComparison> m_result;
};
