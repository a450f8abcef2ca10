#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// `ttnv2-emulator` started as a process with the very flags docs/reliability.md lists, so the
// table's rows are exactly what the tests run.
class EmulatorProcess
{
public:
    ~EmulatorProcess();
    bool start(const QStringList &arguments); // waits for its "listening handler=…" line
    QUrl handlerUrl() const { return m_handlerUrl; }
    QString errorString() const { return m_error; }
    void stop();

private:
    QProcess m_process;
    QUrl m_handlerUrl;
    QString m_error;
};
