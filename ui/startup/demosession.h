#pragma once

#include <QObject>
#include <QProcess>
#include <QRegularExpressionMatch>
#include <QString>
#include <memory>

class MigrationWizard;
class QTemporaryDir;

// --demo: the shipped ttnv2-emulator (its sample application: OTAA, ABP, a template, odd IDs),
// tts-emulator (a local The Things Stack whose devices "join" a few seconds after the
// import) and chirpstack-emulator (a local ChirpStack v4 with its demo tenant and
// application, for the ChirpStack source), all started as child processes on 127.0.0.1 and free
// ports. Each prints one stdout line saying where it listens (and the demo key); the wizard's pages
// are filled from them, so the whole migration (export, AppKey change, import, joins) runs with
// nothing else installed. The emulators stop with the session, and on Linux also when the wizard
// dies without cleaning up (the kernel sends them SIGTERM). The wizard itself carries no server
// code.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override; // stops the emulators

    // The programs to start; default: next to this executable (tests change them).
    void setEmulatorProgram(const QString &path) { m_v2Program = path; }
    QString emulatorProgram() const { return m_v2Program; }
    void setTtsEmulatorProgram(const QString &path) { m_ttsProgram = path; }
    void setChirpStackEmulatorProgram(const QString &path) { m_chirpStackProgram = path; }
    // How long after the import the demo's devices join (tts-emulator --join-after-ms).
    static constexpr int kJoinAfterMs = 5000;

    // The demo never touches the user's settings or keychain: call before the wizard is made.
    // Settings go to a throwaway file that dies with the session; the keychain is off.
    void isolateSettings();

    // Starts both emulators and fills the wizard's pages; false with a translated reason when
    // one cannot be started or does not say where it listens within `timeoutMs`.
    bool start(MigrationWizard &wizard, QString *error, int timeoutMs = 15000);
    void stop();
    bool isRunning() const { return m_v2.state() != QProcess::NotRunning; }
    bool isTtsRunning() const { return m_tts.state() != QProcess::NotRunning; }
    qint64 emulatorProcessId() const { return m_v2.processId(); }
    qint64 ttsEmulatorProcessId() const { return m_tts.processId(); }
    qint64 chirpStackEmulatorProcessId() const { return m_chirpStack.processId(); }

private:
    // Starts one emulator and waits for its line; an invalid match and `error` set on failure.
    QRegularExpressionMatch startChild(QProcess &process, const QString &program,
        const QStringList &arguments, const QString &name, const QRegularExpression &listening,
        int timeoutMs, QString *error);
    static void stopChild(QProcess &process);

    QString m_v2Program;
    QString m_ttsProgram;
    QString m_chirpStackProgram;
    QProcess m_v2;
    QProcess m_tts;
    QProcess m_chirpStack;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
};
