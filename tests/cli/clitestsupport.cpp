#include "clitestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

QList<QByteArray> CliRun::outLines() const
{
    return splitLines(out);
}

QList<QByteArray> CliRun::errLines() const
{
    return splitLines(err);
}

QString CliTest::binary()
{
    QString name = u"ttn-lw-migrate"_s;
#ifdef Q_OS_WIN
    name += u".exe"_s;
#endif
    return QDir(QStringLiteral(TTNMIG_BIN_DIR)).filePath(name);
}

QProcessEnvironment CliTest::cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"TTNV2_"_s) || key == u"FREQUENCY_PLAN_ID")
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
    if (process.state() != QProcess::NotRunning) {
        // An event loop, not waitForFinished(): the emulator in this process must keep answering.
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.err = process.readAllStandardError();
        return result;
    }
    result.finished = true;
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliRun CliTest::run(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &stdinBytes, int timeoutMs)
{
    QProcess process;
    startCli(process, arguments, environment);
    if (!stdinBytes.isEmpty())
        process.write(stdinBytes);
    process.closeWriteChannel();
    return finishCli(process, timeoutMs);
}

QStringList CliTest::topLevelKeys(const QByteArray &line)
{
    QStringList keys;
    int depth = 0;
    bool inString = false;
    bool expectKey = false;
    QByteArray current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (inString) {
            if (c == '\\') {
                current += c;
                if (i + 1 < line.size())
                    current += line.at(++i);
            } else if (c == '"') {
                inString = false;
                if (expectKey && depth == 1)
                    keys << QString::fromUtf8(current);
                expectKey = false;
            } else {
                current += c;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

QByteArray CliTest::maskVolatile(const QByteArray &line)
{
    static const QRegularExpression volatileValue(u"\"(session_key_id|started_at)\":\"[^\"]*\""_s);
    QString text = QString::fromUtf8(line);
    text.replace(volatileValue, u"\"\\1\":\"MASKED\""_s);
    return text.toUtf8();
}
