// The ttnv2-emulator executable: starts, prints its one stdout line, serves, stops on SIGTERM.
#include "httptestclient.h"
#include "v2emulator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;

class TestEmulatorExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void servesDemoAndStopsOnSigterm();
    void servesGeneratedDevicesWithKnobs();
    void demoAndGeneratedTogether();

private:
    static QString program() { return QStringLiteral(TTNMIG_BIN_DIR "/ttnv2-emulator"); }
    // Starts the emulator and returns the handler URL parsed from its stdout line.
    static QUrl start(QProcess &process, const QStringList &arguments, QString *appList);
};

QUrl TestEmulatorExecutable::start(
    QProcess &process, const QStringList &arguments, QString *appList)
{
    process.start(program(), arguments);
    if (!process.waitForStarted(5000))
        return {};
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && timer.elapsed() < 10000)
        process.waitForReadyRead(100);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression format(
        u"^ttnv2-emulator listening handler=(http://127\\.0\\.0\\.1:\\d+) "
        "discovery=(http://127\\.0\\.0\\.1:\\d+) app=(\\S+)( demo-key=(\\S+))?$"_s);
    const QRegularExpressionMatch match = format.match(line);
    if (!match.hasMatch() || match.captured(1) != match.captured(2)) {
        qWarning("unexpected stdout line: %s", qPrintable(line));
        return {};
    }
    *appList = match.captured(3);
    // Only --demo names its key (the published one), which the wizard's --demo reads.
    if (match.captured(5)
        != (arguments.contains(u"--demo"_s) ? V2Emulator::demoAccessKey() : QString())) {
        qWarning("unexpected demo key in: %s", qPrintable(line));
        return {};
    }
    return QUrl(match.captured(1));
}

void TestEmulatorExecutable::versionAndHelp()
{
    QProcess process;
    process.start(program(), { u"--version"_s });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("ttnv2-emulator "));
    process.start(program(), { u"--help"_s });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    QVERIFY(help.contains("--generate"));
    QVERIFY(help.contains("--rate-limit"));
}

void TestEmulatorExecutable::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing to serve") << QStringList {};
    QTest::newRow("remote bind") << QStringList { u"--demo"_s, u"--bind"_s, u"0.0.0.0"_s };
    QTest::newRow("bad number") << QStringList { u"--generate"_s, u"many"_s };
    QTest::newRow("unknown option") << QStringList { u"--demo"_s, u"--frobnicate"_s };
    QTest::newRow("app-id without generate") << QStringList { u"--demo"_s, u"--app-id"_s, u"x"_s };
}

void TestEmulatorExecutable::usageErrors()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(program(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestEmulatorExecutable::servesDemoAndStopsOnSigterm()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGTERM is Unix only");
#else
    QProcess process;
    QString apps;
    const QUrl url = start(process, { u"--demo"_s, u"--rate-limit"_s, u"0"_s }, &apps);
    QVERIFY(url.isValid());
    QCOMPARE(apps, u"demo-application"_s);
    HttpTestClient client(url);
    client.setKey("ttn-account-v2.demo-access-key-for-the-local-emulator");
    const HttpResult list = client.get(u"/applications/demo-application/devices"_s);
    QCOMPARE(list.status, 200);
    QVERIFY(list.json().value(u"devices"_s).toArray().size() >= 12);
    QCOMPARE(client.get(u"/announcements/handler"_s).status, 200);

    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // exactly one line, already read
#endif
}

void TestEmulatorExecutable::servesGeneratedDevicesWithKnobs()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGINT is Unix only");
#else
    QProcess process;
    QString apps;
    const QString key = u"ttn-account-v2.secret-generated-key"_s;
    const QUrl url = start(process,
        { u"--generate"_s, u"25"_s, u"--app-id"_s, u"bench-app"_s, u"--access-key"_s, key,
            u"--abp-ratio"_s, u"0.2"_s, u"--fail-every"_s, u"2"_s, u"--fail-status"_s, u"503"_s,
            u"--latency-ms"_s, u"30"_s },
        &apps);
    QVERIFY(url.isValid());
    QCOMPARE(apps, u"bench-app"_s);
    HttpTestClient client(url);
    client.setKey(key.toLatin1());
    const HttpResult first = client.get(u"/applications/bench-app/devices"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("Grpc-Metadata-Total"), QByteArray("25"));
    QVERIFY(first.elapsedMs >= 25);
    QCOMPARE(client.get(u"/applications/bench-app/devices"_s).status, 503);

    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY(!output.contains(key.toLatin1())); // a user's key is never printed
#endif
}

void TestEmulatorExecutable::demoAndGeneratedTogether()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGTERM is Unix only");
#else
    QProcess process;
    QString apps;
    const QUrl url = start(process, { u"--demo"_s, u"--generate"_s, u"3"_s }, &apps);
    QVERIFY(url.isValid());
    QCOMPARE(apps, u"demo-application,generated-app"_s);
    HttpTestClient client(url);
    client.setKey("ttn-account-v2.demo-access-key-for-the-local-emulator");
    QCOMPARE(client.get(u"/applications/generated-app/devices"_s)
                 .json()
                 .value(u"devices"_s)
                 .toArray()
                 .size(),
        3);
    QCOMPARE(client.get(u"/applications/demo-application/devices/otaa-plain"_s).status, 200);
    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
#endif
}

QTEST_GUILESS_MAIN(TestEmulatorExecutable)
#include "tst_emulatorexecutable.moc"
