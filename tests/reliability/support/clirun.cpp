#include "clirun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

QStringList CliResult::errLines() const
{
    QStringList lines;
    const QList<QByteArray> raw = err.split('\n');
    for (const QByteArray &line : raw) {
        if (!line.trimmed().isEmpty())
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

// Failure messages end up in test logs: keys and access keys in them are masked too (stderr
// is already redacted by the product, stdout is the export and holds AppKeys).
static QString masked(const QByteArray &text)
{
    static const QRegularExpression secrets(u"[0-9A-Fa-f]{32}|ttn-account-v2\\.[A-Za-z0-9_\\-]+"_s);
    return QString::fromUtf8(text).replace(secrets, u"<masked>"_s);
}

QString CliResult::describe() const
{
    return u"exit=%1 crashed=%2 timedOut=%3\n--- stderr ---\n%4\n--- stdout (%5 bytes) ---\n%6"_s
        .arg(exitCode)
        .arg(crashed)
        .arg(timedOut)
        .arg(masked(err), QString::number(out.size()), masked(out.left(2000)));
}

QString CliRun::executable(const QString &name)
{
    return QDir(QStringLiteral(TTNMIG_BIN_DIR)).filePath(name);
}

QProcessEnvironment CliRun::defaultEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"TTNV2_"_s) || key == u"FREQUENCY_PLAN_ID"_s)
            env.remove(key);
    }
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    return env;
}

CliResult CliRun::run() const
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(
        &process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                loop.quit();
        });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        loop.quit();
    });
    process.start(executable(), arguments);
    if (!process.waitForStarted(10000)) {
        result.err = "could not start " + executable().toLocal8Bit() + ": "
            + process.errorString().toLocal8Bit();
        return result;
    }
    process.write(stdinData);
    process.closeWriteChannel();
    timeout.start(timeoutMs);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (result.timedOut) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    return result;
}
