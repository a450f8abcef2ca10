#include "startup/demosession.h"

#include "migrationwizard.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
    , m_program(QDir(QCoreApplication::applicationDirPath()).filePath(u"ttnv2-emulator"_s))
{
#ifdef Q_OS_LINUX
    // Runs in the child between fork and exec: if the wizard dies (crash, kill -9), the kernel
    // sends the emulator SIGTERM, so no demo server outlives it. The parent may already be gone
    // before the request takes effect; then the child stops itself.
    const pid_t wizard = ::getpid();
    m_process.setChildProcessModifier([wizard] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != wizard)
            ::raise(SIGTERM);
    });
#endif
}

DemoSession::~DemoSession()
{
    stop();
}

bool DemoSession::start(MigrationWizard &wizard, QString *error, int timeoutMs)
{
    stop();
    const auto failed = [this, error](const QString &why) {
        *error = why;
        stop();
        return false;
    };
    if (!QFileInfo(m_program).isExecutable())
        return failed(tr("The demo needs the TTN v2 emulator, which is not installed at %1.")
                          .arg(QDir::toNativeSeparators(m_program)));
    m_process.setProgram(m_program);
    m_process.setArguments({ u"--demo"_s, u"--port"_s, u"0"_s });
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return failed(tr("Could not start the demo v2 emulator %1: %2")
                          .arg(QDir::toNativeSeparators(m_program), m_process.errorString()));

    static const QRegularExpression listening(
        u"listening handler=(\\S+) .* app=(\\S+) demo-key=(\\S+)"_s);
    QByteArray output;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        output += m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            wizard.useDemo(match.captured(2), match.captured(3), QUrl(match.captured(1)));
            // Nobody reads what it prints from now on; drain it so it never piles up.
            connect(&m_process, &QProcess::readyReadStandardOutput, this,
                [this] { m_process.readAllStandardOutput(); });
            connect(&m_process, &QProcess::readyReadStandardError, this,
                [this] { m_process.readAllStandardError(); });
            return true;
        }
    }
    const QString said = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
    return failed(said.isEmpty()
            ? tr("The demo v2 emulator did not start listening on 127.0.0.1.")
            : tr("The demo v2 emulator did not start listening on 127.0.0.1: %1").arg(said));
}

void DemoSession::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: the emulator stops cleanly
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}
