#include "emulatorprocess.h"

#include "cliprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

bool EmulatorProcess::start(const QStringList &arguments)
{
    m_process.setProcessEnvironment(CliTest::cleanEnvironment());
    m_process.start(CliTest::binary(u"ttnv2-emulator"_s), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(u"listening handler=(\\S+)"_s);
    QByteArray output;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        output += m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_handlerUrl = QUrl(match.captured(1));
            return true;
        }
    }
    m_error = u"ttnv2-emulator did not start: "_s
        + QString::fromUtf8(output + m_process.readAllStandardError());
    return false;
}

void EmulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
