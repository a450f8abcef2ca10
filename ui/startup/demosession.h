#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

class MigrationWizard;

// --demo: the shipped ttnv2-emulator, started as a child process with its sample application
// (OTAA, ABP, a template, odd IDs) on 127.0.0.1 and a free port. Its one stdout line says
// where it listens and the demo key; page 1 of the wizard is filled from it. The emulator
// stops with the session, and on Linux also when the wizard dies without cleaning up (the
// kernel sends it SIGTERM). The wizard itself carries no server code.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override; // stops the emulator

    // The program to start; default: ttnv2-emulator next to this executable (tests change it).
    void setEmulatorProgram(const QString &path) { m_program = path; }
    QString emulatorProgram() const { return m_program; }

    // Starts the emulator and fills page 1 of `wizard`; false with a translated reason when
    // the emulator cannot be started or does not say where it listens within `timeoutMs`.
    bool start(MigrationWizard &wizard, QString *error, int timeoutMs = 15000);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 emulatorProcessId() const { return m_process.processId(); }

private:
    QString m_program;
    QProcess m_process;
};
