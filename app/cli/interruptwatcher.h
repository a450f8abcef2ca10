#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT / SIGTERM into a Qt signal (self-pipe trick: the handler only writes one
// byte), so the run can cancel cleanly: no partial output file, exit 128 + signal number.
// A second signal while canceling falls back to the default action.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted(int exitCode);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};
