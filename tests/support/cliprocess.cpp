#include "cliprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

QList<QByteArray> CliRun::outLines() const
{
    QList<QByteArray> lines = out.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList CliRun::errLines() const
{
    QStringList lines;
    const QList<QByteArray> raw = err.split('\n');
    for (const QByteArray &line : raw) {
        if (!line.trimmed().isEmpty())
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

namespace {
// Failure messages end up in test logs: keys and access keys in them are masked too.
QString masked(const QByteArray &text)
{
    static const QRegularExpression secrets(u"[0-9A-Fa-f]{32}|ttn-account-v2\\.[A-Za-z0-9_\\-]+"_s);
    return QString::fromUtf8(text).replace(secrets, u"<masked>"_s);
}
} // namespace

QString CliRun::describe() const
{
    return u"exit=%1 crashed=%2 timedOut=%3\n--- stderr ---\n%4\n--- stdout (%5 bytes) ---\n%6"_s
        .arg(exitCode)
        .arg(crashed)
        .arg(timedOut)
        .arg(masked(err), QString::number(out.size()), masked(out.left(2000)));
}

QString CliTest::binary(const QString &name)
{
    QString file = name;
#ifdef Q_OS_WIN
    file += u".exe"_s;
#endif
    return QDir(QStringLiteral(TTNMIG_BIN_DIR)).filePath(file);
}

QProcessEnvironment CliTest::cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"TTNV2_"_s) || key.startsWith(u"TTS_"_s) || key == u"FREQUENCY_PLAN_ID")
            environment.remove(key);
    }
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false"_s);
    // The tests read English messages, whatever language the developer runs in.
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}

void CliTest::startCli(
    QProcess &process, const QStringList &arguments, const QProcessEnvironment &environment)
{
    process.setProcessEnvironment(environment);
    process.start(binary(), arguments);
    process.waitForStarted(10000);
}

CliRun CliTest::finishCli(QProcess &process, int timeoutMs)
{
    CliRun result;
    if (process.state() == QProcess::NotRunning && process.error() == QProcess::FailedToStart) {
        result.err = "could not start " + process.program().toLocal8Bit() + ": "
            + process.errorString().toLocal8Bit();
        return result;
    }
    if (process.state() != QProcess::NotRunning) {
        // An event loop, not waitForFinished(): the servers in this process must keep answering.
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    result.finished = true;
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliRun CliTest::run(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &stdinBytes, int timeoutMs)
{
    CliCommand command;
    command.arguments = arguments;
    command.environment = environment;
    command.stdinData = stdinBytes;
    command.timeoutMs = timeoutMs;
    return command.run();
}

CliRun CliCommand::run() const
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    CliTest::startCli(process, arguments, environment);
    if (process.state() != QProcess::NotRunning) {
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
    }
    return CliTest::finishCli(process, timeoutMs);
}
