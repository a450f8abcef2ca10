#include "startup/demosession.h"

#include "migrationwizard.h"
#include "settings/keychain.h"
#include "settings/wizardsettings.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
QString besideMe(const QString &program)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(program);
}

void dieWithParent(QProcess &process)
{
#ifdef Q_OS_LINUX
    // Runs in the child between fork and exec: if the wizard dies (crash, kill -9), the kernel
    // sends the emulator SIGTERM, so no demo server outlives it. The parent may already be gone
    // before the request takes effect; then the child stops itself.
    const pid_t wizard = ::getpid();
    process.setChildProcessModifier([wizard] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != wizard)
            ::raise(SIGTERM);
    });
#else
    Q_UNUSED(process);
#endif
}

// Nobody reads what an emulator prints once it listens; drain it so it never piles up.
void drain(QProcess &process, QObject *context)
{
    QObject::connect(&process, &QProcess::readyReadStandardOutput, context,
        [&process] { process.readAllStandardOutput(); });
    QObject::connect(&process, &QProcess::readyReadStandardError, context,
        [&process] { process.readAllStandardError(); });
}
} // namespace

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
    , m_v2Program(besideMe(u"ttnv2-emulator"_s))
    , m_ttsProgram(besideMe(u"tts-emulator"_s))
    , m_chirpStackProgram(besideMe(u"chirpstack-emulator"_s))
{
    dieWithParent(m_v2);
    dieWithParent(m_tts);
    dieWithParent(m_chirpStack);
}

DemoSession::~DemoSession()
{
    stop();
}

void DemoSession::isolateSettings()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    WizardSettings::useTemporaryFile(m_settingsDir->filePath(u"demo-settings.ini"_s));
    Keychain::setEnabled(false);
}

QRegularExpressionMatch DemoSession::startChild(QProcess &process, const QString &program,
    const QStringList &arguments, const QString &name, const QRegularExpression &listening,
    int timeoutMs, QString *error)
{
    if (!QFileInfo(program).isExecutable()) {
        *error = tr("The demo needs the %1, which is not installed at %2.")
                     .arg(name, QDir::toNativeSeparators(program));
        return {};
    }
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        *error = tr("Could not start the demo's %1 %2: %3")
                     .arg(name, QDir::toNativeSeparators(program), process.errorString());
        return {};
    }
    QByteArray output;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            drain(process, this);
            return match;
        }
    }
    const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    *error = said.isEmpty()
        ? tr("The demo's %1 did not start listening on 127.0.0.1.").arg(name)
        : tr("The demo's %1 did not start listening on 127.0.0.1: %2").arg(name, said);
    return {};
}

bool DemoSession::start(MigrationWizard &wizard, QString *error, int timeoutMs)
{
    stop();
    static const QRegularExpression v2Listening(
        u"listening handler=(\\S+) .* app=(\\S+) demo-key=(\\S+)"_s);
    const QRegularExpressionMatch v2 = startChild(m_v2, m_v2Program,
        { u"--demo"_s, u"--port"_s, u"0"_s }, tr("TTN v2 emulator"), v2Listening, timeoutMs, error);
    if (!v2.hasMatch()) {
        stop();
        return false;
    }
    // One TTS emulator is both the target (demo-application) and a source to migrate from
    // (--demo-source: demo-source-fleet, 56 mixed devices): "app=" lists both, sorted.
    static const QRegularExpression ttsListening(
        u"listening address=(\\S+) app=(\\S+) demo-key=(\\S+)(?: demo-source-key=(\\S+))?"_s);
    const QRegularExpressionMatch tts = startChild(m_tts, m_ttsProgram,
        { u"--demo"_s, u"--demo-source"_s, u"--port"_s, u"0"_s, u"--join-after-ms"_s,
            QString::number(kJoinAfterMs) },
        tr("The Things Stack emulator"), ttsListening, timeoutMs, error);
    if (!tts.hasMatch()) {
        stop();
        return false;
    }
    wizard.useDemo(v2.captured(2), v2.captured(3), QUrl(v2.captured(1)));
    const QStringList apps = tts.captured(2).split(u',');
    wizard.useTtsDemo(QUrl(tts.captured(1)), apps.first(), tts.captured(3));
    if (apps.size() > 1 && !tts.captured(4).isEmpty())
        wizard.useTtsSourceDemo(QUrl(tts.captured(1)), apps.last(), tts.captured(4));
    // ChirpStack's demo tenant and application, read with the tenant's key (found by name,
    // so with the tenant ID, as a user with a tenant key would).
    static const QRegularExpression chirpStackListening(
        u"listening on (\\S+) .*?\ntenant key: (\\S+)\n.*?\ntenant: (\\S+)\n"
        "application: (\\S+) \\(([^)]+)\\)\n"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch cs
        = startChild(m_chirpStack, m_chirpStackProgram, { u"--demo"_s, u"--port"_s, u"0"_s },
            tr("ChirpStack emulator"), chirpStackListening, timeoutMs, error);
    if (!cs.hasMatch()) {
        stop();
        return false;
    }
    wizard.useChirpStackDemo(cs.captured(1), cs.captured(3), cs.captured(4), cs.captured(2));
    return true;
}

void DemoSession::stopChild(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate(); // SIGTERM: the emulator stops cleanly
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(3000);
    }
}

void DemoSession::stop()
{
    stopChild(m_chirpStack);
    stopChild(m_tts);
    stopChild(m_v2);
}
