#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT / SIGTERM / SIGHUP into a Qt signal (self-pipe trick: the handler only writes one
// byte), so a program stops through its event loop: the CLI cancels cleanly (no partial
// output file, exit 128 + signal number), the emulator closes its sockets. A second signal
// while stopping falls back to the default action. One per process.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted(int exitCode); // 128 + the signal's number, the shell's convention

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
    bool m_watchesHangup = false; // SIGHUP was not ignored (nohup) when we started
};
