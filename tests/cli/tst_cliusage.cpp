// What the command line says when it cannot run: usage errors (exit 2, before any request),
// fatal errors (exit 1, one line, nothing on stdout), --help/--version, Ctrl-C (exit 130).

#include "clifixture.h"
#include "cliflags.h"
#include "cliprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
QByteArray diagnostics(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstderr:\n" + run.err + "\nstdout:\n"
        + run.out;
}

const QStringList kGuideDevice
    = { u"device"_s, u"--source"_s, u"ttnv2"_s, u"otaa-one"_s, u"--ttnv2.with-session=false"_s };
} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void fatalErrorsSayOneLine_data();
    void fatalErrorsSayOneLine();
    void help();
    void version();
    void interruptWritesNoFile();
    void terminalStdinIsNotAwaited();

private:
    std::unique_ptr<CliFixture> m_fixture;
};

void TestCliUsage::init()
{
    QVERIFY2(QFile::exists(CliTest::binary()), qPrintable(CliTest::binary()));
    m_fixture = std::make_unique<CliFixture>();
    QVERIFY(m_fixture->listening());
}

void TestCliUsage::cleanup()
{
    m_fixture.reset();
}

void TestCliUsage::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("removeEnv");
    QTest::addColumn<QStringList>("setEnv"); // NAME=value
    QTest::addColumn<QStringList>("expectedParts");

    QTest::newRow("unknown flag") << (QStringList(kGuideDevice)
        << u"--ttnv2.frequency-plan"_s << u"x"_s)
                                  << QStringList() << QStringList()
                                  << QStringList { u"unknown flag --ttnv2.frequency-plan"_s,
                                         u"--help"_s };
    QTest::newRow("unknown command")
        << QStringList { u"gateways"_s, u"--source"_s, u"ttnv2"_s } << QStringList()
        << QStringList() << QStringList { u"unknown command \"gateways\""_s, u"--help"_s };
    QTest::newRow("missing frequency plan")
        << kGuideDevice << QStringList { u"FREQUENCY_PLAN_ID"_s } << QStringList()
        << QStringList { u"--ttnv2.frequency-plan-id"_s, u"FREQUENCY_PLAN_ID"_s,
               u"EU_863_870_TTN"_s };
    QTest::newRow("missing frequency plan, ttnv2 form")
        << QStringList { u"ttnv2"_s, u"device"_s, u"otaa-one"_s }
        << QStringList { u"FREQUENCY_PLAN_ID"_s } << QStringList()
        << QStringList { u"--frequency-plan-id"_s, u"FREQUENCY_PLAN_ID"_s };
    QTest::newRow("unknown frequency plan")
        << kGuideDevice << QStringList() << QStringList { u"FREQUENCY_PLAN_ID=EU_863_870_TNN"_s }
        << QStringList { u"unknown frequency plan \"EU_863_870_TNN\""_s, u"EU_863_870_TTN"_s };
    QTest::newRow("missing access key")
        << kGuideDevice << QStringList { u"TTNV2_APP_ACCESS_KEY"_s } << QStringList()
        << QStringList { u"TTNV2_APP_ACCESS_KEY"_s };
    QTest::newRow("missing app id")
        << kGuideDevice << QStringList { u"TTNV2_APP_ID"_s } << QStringList()
        << QStringList { u"--ttnv2.app-id"_s, u"TTNV2_APP_ID"_s };
    QTest::newRow("missing address")
        << kGuideDevice << QStringList { u"TTNV2_HANDLER_ADDRESS"_s } << QStringList()
        << QStringList { u"--ttnv2.handler-address"_s, u"--ttnv2.discovery-server-address"_s };
    QTest::newRow("bad TTNV2_WITH_SESSION")
        << QStringList { u"device"_s, u"--source"_s, u"ttnv2"_s, u"otaa-one"_s } << QStringList()
        << QStringList { u"TTNV2_WITH_SESSION=yes"_s } << QStringList { u"TTNV2_WITH_SESSION"_s };
    QTest::newRow("missing CA file")
        << kGuideDevice << QStringList() << QStringList { u"TTNV2_CA_CERT=/nonexistent/ca.pem"_s }
        << QStringList { u"/nonexistent/ca.pem"_s };
    QTest::newRow("unwritable -o")
        << (QStringList(kGuideDevice) << u"-o"_s << u"/nonexistent-dir/devices.json"_s)
        << QStringList() << QStringList() << QStringList { u"/nonexistent-dir/devices.json"_s };
    QTest::newRow("bad --dev-id-prefix")
        << (QStringList(kGuideDevice) << u"--dev-id-prefix"_s << u"site 1"_s) << QStringList()
        << QStringList() << QStringList { u"invalid value for --dev-id-prefix"_s };
    QTest::newRow("no IDs on stdin")
        << QStringList { u"device"_s, u"--source"_s, u"ttnv2"_s, u"--ttnv2.with-session=false"_s }
        << QStringList() << QStringList() << QStringList { u"stdin"_s };
}

void TestCliUsage::usageErrorsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, removeEnv);
    QFETCH(QStringList, setEnv);
    QFETCH(QStringList, expectedParts);
    QProcessEnvironment environment = m_fixture->environment();
    for (const QString &name : removeEnv)
        environment.remove(name);
    for (const QString &assignment : setEnv)
        environment.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));

    const CliRun run = CliTest::run(arguments, environment);
    QVERIFY2(run.finished && run.exitCode == 2, diagnostics(run));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errLines().size() <= 2, run.err); // the message, and maybe "see --help"
    for (const QString &part : expectedParts)
        QVERIFY2(run.err.contains(part.toUtf8()),
            qPrintable(part + u" not in: "_s + QString::fromUtf8(run.err)));
    QVERIFY(!run.err.contains(CliFixture::accessKey.toUtf8()));
    QCOMPARE(m_fixture->emulator().requestCount(), 0);
}

void TestCliUsage::fatalErrorsSayOneLine_data()
{
    QTest::addColumn<QStringList>("setEnv");
    QTest::addColumn<QString>("expectedPart");
    QTest::newRow("wrong key") << QStringList {
        u"TTNV2_APP_ACCESS_KEY=ttn-account-v2.wrong-key-0123456789"_s
    } << u"key"_s;
    QTest::newRow("unknown application")
        << QStringList { u"TTNV2_APP_ID=no-such-app"_s } << u"no-such-app"_s;
    QTest::newRow("nothing listening")
        << QStringList { u"TTNV2_HANDLER_ADDRESS=http://127.0.0.1:1"_s } << u"127.0.0.1"_s;
}

void TestCliUsage::fatalErrorsSayOneLine()
{
    QFETCH(QStringList, setEnv);
    QFETCH(QString, expectedPart);
    QProcessEnvironment environment = m_fixture->environment();
    for (const QString &assignment : setEnv)
        environment.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    const CliRun run = CliTest::run(kGuideDevice, environment);
    QVERIFY2(run.finished && run.exitCode == 1, diagnostics(run));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(expectedPart.toUtf8()), run.err);
    QVERIFY(!run.err.contains("ttn-account-v2.wrong-key"));
}

void TestCliUsage::help()
{
    const CliRun run = CliTest::run({ u"--help"_s }, CliTest::cleanEnvironment());
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    const QStringList expected = {
        u"ttn-lw-migrate device --source ttnv2 \"v2-end-device-ID\" --ttnv2.with-session=false > devices.json"_s,
        u"ttn-lw-migrate device --source ttnv2 --ttnv2.with-session=false < device_ids.txt > devices.json"_s,
        u"ttn-lw-migrate application --source ttnv2 \"ttn-v2-application-ID\" --ttnv2.with-session=false > devices.json"_s,
        u"TTNV2_APP_ID"_s,
        u"TTNV2_APP_ACCESS_KEY"_s,
        u"FREQUENCY_PLAN_ID"_s,
        u"TTNV2_WITH_SESSION"_s,
        u"TTNV2_HANDLER_ADDRESS"_s,
        u"TTNV2_DISCOVERY_SERVER_ADDRESS"_s,
        u"TTNV2_CA_CERT"_s,
        u"--dev-id-prefix"_s,
        u"--dry-run"_s,
        u"--verbose"_s,
        u"--output"_s,
        u"Exit codes"_s,
    };
    for (const QString &part : expected)
        QVERIFY2(run.out.contains(part.toUtf8()), qPrintable(part));
    // The flag list is made from the parser's own table: every flag, with its variable.
    for (const CliFlag &flag : CliFlags::all()) {
        if (flag.section == CliFlagSection::Usage)
            continue;
        QVERIFY2(flag.help, qPrintable(flag.name));
        QVERIFY2(run.out.contains(CliFlags::spelled(flag, CliForm::Source).toUtf8() + ' ')
                || run.out.contains(CliFlags::spelled(flag, CliForm::Source).toUtf8() + "[=")
                || run.out.contains(CliFlags::spelled(flag, CliForm::Source).toUtf8() + '\n'),
            qPrintable(flag.name));
        QVERIFY(run.out.contains(flag.envVar.toUtf8()));
    }
    for (const QByteArray &line : run.outLines())
        QVERIFY2(line.size() <= 110, line.constData()); // wrapped for a terminal
    QVERIFY(run.err.isEmpty());
}

void TestCliUsage::version()
{
    const CliRun run = CliTest::run({ u"--version"_s }, CliTest::cleanEnvironment());
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    QCOMPARE(run.outLines().value(0), QByteArray("ttn-lw-migrate " TTNMIG_PROJECT_VERSION));
    QVERIFY(run.out.endsWith('\n'));
    QVERIFY(run.err.isEmpty());
}

void TestCliUsage::interruptWritesNoFile()
{
#ifndef Q_OS_UNIX
    return QTest::qSkip("needs POSIX signals", __FILE__, __LINE__);
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"devices.json"_s);
    m_fixture->emulator().setLatency(3000); // keeps the first answer in flight
    QProcess process;
    CliTest::startCli(process,
        { u"application"_s, u"--source"_s, u"ttnv2"_s, CliFixture::appId,
            u"--ttnv2.with-session=true"_s, u"-o"_s, path },
        m_fixture->environment());
    process.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_fixture->emulator().requestCount() > 0 || process.state() == QProcess::NotRunning, 10000);
    QCOMPARE(process.state(), QProcess::Running);
    ::kill(pid_t(process.processId()), SIGINT);
    const CliRun run = CliTest::finishCli(process, 10000);
    QVERIFY2(run.finished && run.exitCode == 130, diagnostics(run));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QVERIFY(run.out.isEmpty());
#endif
}

void TestCliUsage::terminalStdinIsNotAwaited()
{
#ifndef Q_OS_UNIX
    return QTest::qSkip("needs a pseudo terminal", __FILE__, __LINE__);
#else
    // Without IDs and with a terminal on stdin, the command says what it expects instead of
    // waiting for input that nobody is going to type.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
        return QTest::qSkip("no pseudo terminal available", __FILE__, __LINE__);
    const int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    QVERIFY(slave >= 0);
    QProcess process;
    process.setChildProcessModifier([slave] { ::dup2(slave, STDIN_FILENO); });
    CliTest::startCli(process,
        { u"device"_s, u"--source"_s, u"ttnv2"_s, u"--ttnv2.with-session=false"_s },
        m_fixture->environment());
    const CliRun run = CliTest::finishCli(process, 10000);
    ::close(slave);
    ::close(master);
    QVERIFY2(run.finished && run.exitCode == 2, diagnostics(run));
    QVERIFY2(run.err.contains("device_ids.txt"), run.err);
    QCOMPARE(m_fixture->emulator().requestCount(), 0);
#endif
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cliusage.moc"
