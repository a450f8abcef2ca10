// `ttn-lw-migrate tts import|status` as a process against an in-process TtsEmulator: exit
// codes, usage errors before any request, flags over environment, --dry-run, the status
// table and its summary line, and no secret on the terminal.
#include "cliflags.h"
#include "cliprocess.h"
#include "ttstestsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace ttstest;
using Reg = TtsServer;

class TstTtsCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void importThenRerunThenStatus();
    void someDevicesNotImportedExitsThree();
    void killedImportIsCompletedByTheRerun();
    void hangupRollsBackLikeCtrlC();
    void ctrlCPrintsASummaryNotALinePerDevice();
    void progressAndThrottlingAreShown();
    void progressOnATerminalIsOneLineUpdatedInPlace();
    void failedDevicesAreSavedBesideTheInput();
    void usageErrorsBeforeAnyRequest_data();
    void usageErrorsBeforeAnyRequest();
    void filesWithoutDevicesAreRefusedBeforeAnyRequest_data();
    void filesWithoutDevicesAreRefusedBeforeAnyRequest();
    void flagsWinOverEnvironment();
    void badKeyIsFatal();
    void dryRunWritesNothing();
    void clusterAddressIsUsedForTheServerParts();
    void helpNamesBothCommands();

private:
    QStringList devicesIn(Reg registry, const QList<QJsonObject> &devices) const;
    QProcessEnvironment environment(const QString &key = kKey) const;
    QString writeFile(const QList<QJsonObject> &devices, const QString &name = u"devices.json"_s);

    std::unique_ptr<TtsEmulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstTtsCli::init()
{
    m_emulator = std::make_unique<TtsEmulator>();
    setUpEmulator(*m_emulator);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TstTtsCli::cleanup()
{
    m_emulator.reset();
    m_dir.reset();
}

QProcessEnvironment TstTtsCli::environment(const QString &key) const
{
    QProcessEnvironment env = CliTest::cleanEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"TTS_"_s))
            env.remove(name);
    }
    env.insert(u"TTS_ADDRESS"_s, m_emulator->baseUrl().toString());
    env.insert(u"TTS_APPLICATION_ID"_s, kApp);
    env.insert(u"TTS_API_KEY"_s, key);
    return env;
}

QString TstTtsCli::writeFile(const QList<QJsonObject> &devices, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(ndjson(devices));
    return path;
}

void TstTtsCli::importThenRerunThenStatus()
{
    const QList<QJsonObject> devices = otaaFleet(5);
    // An export split into two parts is one import.
    const QString part1 = writeFile(devices.mid(0, 3), u"devices-001.json"_s);
    const QString part2 = writeFile(devices.mid(3), u"devices-002.json"_s);
    CliRun run = CliTest::run({ u"tts"_s, u"import"_s, part1, part2 }, environment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("5 imported, 0 already in TTS, 0 failed"), run.err.constData());
    QCOMPARE(m_emulator->deviceCount(Reg::Application, kApp), 5);

    run = CliTest::run({ u"tts"_s, u"import"_s, part1, part2 }, environment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("0 imported, 5 already in TTS"), run.err.constData());

    m_emulator->markSeen(kApp, u"sensor-0001"_s, false);
    m_emulator->markSeen(kApp, u"sensor-0002"_s, true);
    run = CliTest::run({ u"tts"_s, u"status"_s, part1, part2 }, environment());
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.outLines();
    QCOMPARE(lines.size(), 1 + 5 + 1);
    QCOMPARE(lines.constLast(), QByteArray("1 joined, 3 waiting, 1 active of 5"));
    QVERIFY(lines.at(1).startsWith("sensor-0001") && lines.at(1).contains("joined"));
    QVERIFY(lines.at(2).contains("active"));
    QVERIFY(lines.at(3).contains("waiting"));
}

void TstTtsCli::someDevicesNotImportedExitsThree()
{
    QList<QJsonObject> devices = otaaFleet(2);
    devices << otaaDevice(u"admin"_s, 30);
    const QString path = writeFile(devices);
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{not json\n");
    file.close();
    const CliRun run = CliTest::run({ u"tts"_s, u"import"_s, path }, environment());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("failed admin (") && run.err.contains("reserves the ID"),
        run.err.constData());
    QVERIFY2(run.err.contains("devices.json:4: not valid JSON"), run.err.constData());
    QVERIFY(run.err.contains("2 imported, 0 already in TTS, 2 failed"));
    // The failed devices beside the input, to fix and import again; not the broken line.
    QVERIFY2(run.err.contains("saved the 1 device"), run.err.constData());
    QVERIFY2(run.err.contains(
                 " not in TTS to " + m_dir->filePath(u"devices-failed.json"_s).toUtf8() + ": fix"),
        run.err.constData());
    QVERIFY2(run.err.contains("not JSON could not be saved"), run.err.constData());

    // status: a device of the file that is not in TTS.
    const CliRun status = CliTest::run({ u"tts"_s, u"status"_s, path }, environment());
    QCOMPARE(status.exitCode, 3);
    QCOMPARE(status.outLines().constLast(), QByteArray("0 joined, 2 waiting, 0 active of 3"));
    QVERIFY(status.out.contains("not in TTS"));
}

QStringList TstTtsCli::devicesIn(Reg registry, const QList<QJsonObject> &devices) const
{
    QStringList ids;
    for (const QJsonObject &device : devices) {
        const QString id = device.value(u"ids"_s).toObject().value(u"device_id"_s).toString();
        if (!m_emulator->device(registry, kApp, id).isEmpty())
            ids << id;
    }
    return ids;
}

void TstTtsCli::killedImportIsCompletedByTheRerun()
{
    // SIGKILL while devices wait for the Network Server: created in the IS and JS only, and
    // nothing can roll them back. The next run must complete them, not call them "in TTS".
    const QList<QJsonObject> devices = otaaFleet(6);
    const QString path = writeFile(devices);
    m_emulator->hangMatching("PUT", u"/ns/"_s, 1000, 60000);
    QProcess process;
    CliTest::startCli(process, { u"tts"_s, u"import"_s, path }, environment());
    QTRY_VERIFY_WITH_TIMEOUT(countRequests(*m_emulator, u"PUT"_s, u"/ns/"_s) >= 1, 30000);
    process.kill();
    const CliRun killed = CliTest::finishCli(process);
    QVERIFY(killed.crashed);
    const QStringList partial = devicesIn(Reg::Identity, devices);
    QVERIFY(!partial.isEmpty());
    QVERIFY(devicesIn(Reg::Network, devices).isEmpty());
    m_emulator->clearFaults();

    const CliRun rerun = CliTest::run({ u"tts"_s, u"import"_s, path }, environment());
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.describe()));
    QVERIFY2(rerun.err.contains(QByteArray("completed ") + QByteArray::number(partial.size())
                 + " that an earlier"),
        qPrintable(rerun.describe()));
    QVERIFY2(rerun.err.contains(
                 QByteArray::number(devices.size()) + " imported, 0 already in TTS, 0 failed"),
        qPrintable(rerun.describe()));
    for (Reg r : { Reg::Identity, Reg::Join, Reg::Network, Reg::Application })
        QCOMPARE(devicesIn(r, devices).size(), devices.size());
}

void TstTtsCli::hangupRollsBackLikeCtrlC()
{
    // The terminal closed (SIGHUP) mid-import: stop as on Ctrl-C, exit 128 + 1, and leave no
    // device half made; the next run imports everything.
    struct sigaction previous = {};
    QVERIFY(sigaction(SIGHUP, nullptr, &previous) == 0);
    if (previous.sa_handler == SIG_IGN)
        QSKIP("SIGHUP is ignored here (nohup): the CLI keeps it ignored, as it should");
    const QList<QJsonObject> devices = otaaFleet(6);
    const QString path = writeFile(devices);
    m_emulator->hangMatching("PUT", u"/ns/"_s, 1000, 500);
    QProcess process;
    CliTest::startCli(process, { u"tts"_s, u"import"_s, path }, environment());
    QTRY_VERIFY_WITH_TIMEOUT(countRequests(*m_emulator, u"PUT"_s, u"/ns/"_s) >= 1, 30000);
    QVERIFY(::kill(pid_t(process.processId()), SIGHUP) == 0);
    m_emulator->clearFaults(); // the devices in flight may finish or roll back
    const CliRun hungUp = CliTest::finishCli(process, 60000);
    QVERIFY2(!hungUp.crashed && hungUp.exitCode == 128 + SIGHUP, qPrintable(hungUp.describe()));
    QVERIFY2(hungUp.err.contains("interrupted"), qPrintable(hungUp.describe()));
    // Nothing half made: a device is in every registry or in none.
    QCOMPARE(devicesIn(Reg::Application, devices), devicesIn(Reg::Identity, devices));
    QCOMPARE(devicesIn(Reg::Join, devices), devicesIn(Reg::Identity, devices));

    const CliRun rerun = CliTest::run({ u"tts"_s, u"import"_s, path }, environment());
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.describe()));
    QVERIFY2(!rerun.err.contains("completed "), qPrintable(rerun.describe()));
    for (Reg r : { Reg::Identity, Reg::Join, Reg::Network, Reg::Application })
        QCOMPARE(devicesIn(r, devices).size(), devices.size());
}

void TstTtsCli::ctrlCPrintsASummaryNotALinePerDevice()
{
    const QList<QJsonObject> devices = otaaFleet(30);
    const QString path = writeFile(devices);
    m_emulator->hangMatching("PUT", u"/ns/"_s, 1000, 500);
    QProcess process;
    CliTest::startCli(process, { u"tts"_s, u"import"_s, path }, environment());
    QTRY_VERIFY_WITH_TIMEOUT(countRequests(*m_emulator, u"PUT"_s, u"/ns/"_s) >= 1, 30000);
    QVERIFY(::kill(pid_t(process.processId()), SIGINT) == 0);
    m_emulator->clearFaults();
    const CliRun run = CliTest::finishCli(process, 60000);
    QVERIFY2(!run.crashed && run.exitCode == 128 + SIGINT, qPrintable(run.describe()));
    QVERIFY2(!run.err.contains("not imported sensor-"), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(" not imported of 30 in "), qPrintable(run.describe()));
    QVERIFY2(
        run.err.contains("run the same command again to import them"), qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() <= 4, qPrintable(run.describe()));
}

void TstTtsCli::progressAndThrottlingAreShown()
{
    // stderr is no terminal here: plain progress lines, one line for the pause TTS asked for.
    const QString path = writeFile(otaaFleet(12));
    m_emulator->setLatency(40);
    m_emulator->failMatching(
        "PUT", u"/ns/"_s, 1, 429, u"pkg/ratelimit"_s, u"rate_limit_exceeded"_s);
    QProcessEnvironment env = environment();
    env.insert(u"TTNMIG_PROGRESS_INTERVAL"_s, u"0.1"_s);
    const CliRun run = CliTest::run({ u"tts"_s, u"import"_s, path }, env, QByteArray(), 60000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // The pause: at least 1 s, plus up to half a second of jitter.
    static const QRegularExpression busy(
        u"The Things Stack is limiting requests, retrying in [12] s\n"_s);
    QVERIFY2(QString::fromUtf8(run.err).contains(busy), qPrintable(run.describe()));
    QCOMPARE(run.err.count("limiting requests"), 1);
    QVERIFY2(run.err.contains("progress: ") && run.err.contains(" of 12 device"),
        qPrintable(run.describe()));
    QVERIFY2(!run.err.contains('\r'), "no terminal: no line rewritten in place");
    QVERIFY2(
        run.err.contains("12 imported, 0 already in TTS, 0 failed"), qPrintable(run.describe()));
}

void TstTtsCli::progressOnATerminalIsOneLineUpdatedInPlace()
{
    // util-linux `script` gives the CLI a terminal (a pty) for stdout and stderr.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("no `script` to run the CLI on a terminal");
    const QString path = writeFile(otaaFleet(30));
    m_emulator->setLatency(40);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(script,
        { u"-qefc"_s, u"'%1' tts import '%2'"_s.arg(CliTest::binary(), path), u"/dev/null"_s });
    // The emulator runs in this process: wait with the event loop going.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray erase = "\r\x1b[K";
    // At least two progress lines rewritten in place, then erased before the summary.
    QVERIFY2(out.count(erase) >= 3, out.constData());
    QVERIFY2(out.contains(" of 30 device"), out.constData());
    QVERIFY2(!out.contains("progress: "), out.constData()); // no plain lines on a terminal
    // The line is erased before the summary, which stands alone on its line.
    QVERIFY2(out.contains(erase + "30 imported, 0 already in TTS, 0 failed"), out.constData());
}

void TstTtsCli::failedDevicesAreSavedBesideTheInput()
{
    // A device the Application Server refuses as it is and one whose ID is taken: both
    // saved to fix and import again; the saved file imports what is left.
    m_emulator->addDevice(kApp, otaaDevice(u"sensor-0002"_s, 77));
    const QList<QJsonObject> devices = otaaFleet(4);
    const QString path = writeFile(devices);
    m_emulator->failMatching("PUT", u"/as/applications/target-app/devices/sensor-0003"_s, 1, 400,
        u"pkg/applicationserver"_s, u"field_value"_s);
    QProcessEnvironment env = environment();
    const CliRun run = CliTest::run({ u"tts"_s, u"import"_s, path }, env);
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    const QString saved = m_dir->filePath(u"devices-failed.json"_s);
    QVERIFY2(run.err.contains("saved the 2 device")
            && run.err.contains(" not in TTS to " + saved.toUtf8()),
        qPrintable(run.describe()));
    QVERIFY2(!run.err.contains("passing reason"), qPrintable(run.describe())); // both need a fix
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains("\"sensor-0002\""));
    QVERIFY(lines.at(1).contains("\"sensor-0003\""));
    file.close();

    m_emulator->clearFaults();
    const CliRun retry = CliTest::run({ u"tts"_s, u"import"_s, saved }, env);
    QCOMPARE(retry.exitCode, 3); // sensor-0002's ID is still taken
    QVERIFY2(
        retry.err.contains("1 imported, 0 already in TTS, 1 failed"), qPrintable(retry.describe()));
}

void TstTtsCli::usageErrorsBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("unsetVariable");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no command") << QStringList { u"tts"_s } << QString()
                                << QByteArray("missing command after tts");
    QTest::newRow("unknown command") << QStringList { u"tts"_s, u"export"_s, u"f"_s } << QString()
                                     << QByteArray("unknown command \"tts export\"");
    QTest::newRow("no file") << QStringList { u"tts"_s, u"import"_s } << QString()
                             << QByteArray("missing FILE");
    QTest::newRow("no address") << QStringList { u"tts"_s, u"import"_s, u"FILE"_s }
                                << u"TTS_ADDRESS"_s << QByteArray("missing --tts.address");
    QTest::newRow("bad url") << QStringList {
        u"tts"_s, u"import"_s, u"FILE"_s, u"--tts.address"_s, u"eu1.example.com"_s
    } << QString() << QByteArray("invalid --tts.address \"eu1.example.com\"");
    QTest::newRow("no application")
        << QStringList { u"tts"_s, u"status"_s, u"FILE"_s } << u"TTS_APPLICATION_ID"_s
        << QByteArray("missing --tts.application-id");
    QTest::newRow("bad application")
        << QStringList { u"tts"_s, u"import"_s, u"FILE"_s, u"--tts.application-id"_s, u"My_App"_s }
        << QString() << QByteArray("invalid --tts.application-id \"My_App\"");
    QTest::newRow("no key") << QStringList { u"tts"_s, u"import"_s, u"FILE"_s } << u"TTS_API_KEY"_s
                            << QByteArray("missing --tts.api-key");
    QTest::newRow("bad key") << QStringList { u"tts"_s, u"import"_s, u"FILE"_s, u"--tts.api-key"_s,
        u"NNSXS.onlytwo"_s } << QString()
                             << QByteArray("invalid --tts.api-key: that is not an API key");
    QTest::newRow("concurrency") << QStringList { u"tts"_s, u"import"_s, u"FILE"_s,
        u"--concurrency"_s, u"0"_s }
                                 << QString() << QByteArray("invalid value for --concurrency");
    QTest::newRow("unknown flag") << QStringList { u"tts"_s, u"import"_s, u"FILE"_s,
        u"--ttnv2.app-id"_s, u"x"_s }
                                  << QString() << QByteArray("unknown flag --ttnv2.app-id");
    QTest::newRow("missing file") << QStringList {
        u"tts"_s, u"import"_s, u"/nonexistent/devices.json"_s
    } << QString() << QByteArray("cannot read /nonexistent/devices.json");
}

void TstTtsCli::usageErrorsBeforeAnyRequest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, unsetVariable);
    QFETCH(QByteArray, expected);
    const QString file = writeFile(otaaFleet(1));
    arguments.replaceInStrings(u"FILE"_s, file);
    QProcessEnvironment env = environment();
    if (!unsetVariable.isEmpty())
        env.remove(unsetVariable);
    const CliRun run = CliTest::run(arguments, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), run.err.constData());
    QVERIFY(!run.err.contains(kKey.section(u'.', 2).toUtf8()));
    QCOMPARE(m_emulator->requestCount(), 0);
}

void TstTtsCli::filesWithoutDevicesAreRefusedBeforeAnyRequest_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    QByteArray binary;
    // Bytes of an image or archive: newlines among them made "7 devices" of such a file.
    for (int i = 0; i < 700; ++i)
        binary += char((i * 37 + 11) % 256);
    binary += QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const QByteArray noDevice = "devices.json holds no end device: no line is a JSON object";
    const QByteArray empty = "devices.json holds no end device: the file is empty";
    for (const QString &command : { u"import"_s, u"status"_s }) {
        const QByteArray name = command.toUtf8();
        QTest::newRow(name + " binary") << command << binary << noDevice;
        QTest::newRow(name + " text") << command << QByteArray("dev-1\ndev-2\n") << noDevice;
        QTest::newRow(name + " other JSON")
            << command << QByteArray("{\"name\":\"no ids\"}\n[1,2]\n") << noDevice;
        QTest::newRow(name + " empty") << command << QByteArray() << empty;
        QTest::newRow(name + " blank lines") << command << QByteArray("\n  \r\n\n") << empty;
    }
}

// A file that is no export at all is refused as a whole: one sentence, exit 2, and not a
// single request reaches The Things Stack (not even the rights check).
void TstTtsCli::filesWithoutDevicesAreRefusedBeforeAnyRequest()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    const QString path = m_dir->filePath(u"devices.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const CliRun run = CliTest::run({ u"tts"_s, command, path }, environment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), run.err.constData());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_emulator->requestCount(), 0);

    // One such part refuses the whole export, even next to a good part.
    const QString good = writeFile(otaaFleet(2), u"devices-001.json"_s);
    const CliRun parts = CliTest::run({ u"tts"_s, command, good, path }, environment());
    QCOMPARE(parts.exitCode, 2);
    QVERIFY2(parts.err.contains(expected), parts.err.constData());
    QCOMPARE(m_emulator->requestCount(), 0);
}

void TstTtsCli::flagsWinOverEnvironment()
{
    const QString file = writeFile(otaaFleet(1));
    QProcessEnvironment env = environment();
    env.insert(u"TTS_APPLICATION_ID"_s, u"wrong-app"_s);
    env.insert(u"TTS_API_KEY"_s, u"NNSXS.WRONG.KEY"_s);
    const CliRun run
        = CliTest::run({ u"tts"_s, u"import"_s, file, u"--tts.application-id"_s, kOtherApp,
                           u"--tts.api-key"_s, kKey, u"--concurrency"_s, u"2"_s },
            env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_emulator->deviceCount(Reg::Identity, kOtherApp), 1);
    QCOMPARE(m_emulator->deviceCount(Reg::Identity, kApp), 0);
}

void TstTtsCli::badKeyIsFatal()
{
    const QString file = writeFile(otaaFleet(2));
    CliRun run = CliTest::run({ u"tts"_s, u"import"_s, file },
        environment(u"NNSXS.TESTKEYID0123456789.WrongSecretValue"_s));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("The API key is not valid (or expired)"), run.err.constData());
    QVERIFY(!run.err.contains("WrongSecretValue"));
    QCOMPARE(m_emulator->writeCount(), 0);

    // Said once: no count of devices that "failed" because of the key, no failed-devices file.
    QVERIFY2(
        !run.err.contains("not imported of") && !run.err.contains("failed"), run.err.constData());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(!QFile::exists(m_dir->filePath(u"devices-failed.json"_s)));
    run = CliTest::run({ u"tts"_s, u"import"_s, file, u"--dry-run"_s },
        environment(u"NNSXS.TESTKEYID0123456789.WrongSecretValue"_s));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.contains("would fail"), run.err.constData());
    QCOMPARE(run.errLines().size(), 1);

    run = CliTest::run({ u"tts"_s, u"import"_s, file }, environment(kReadOnlyKey));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("RIGHT_APPLICATION_DEVICES_WRITE"), run.err.constData());
    QCOMPARE(m_emulator->writeCount(), 0);
}

void TstTtsCli::dryRunWritesNothing()
{
    const QString file = writeFile(otaaFleet(3));
    const CliRun run = CliTest::run(
        { u"tts"_s, u"import"_s, file, u"--dry-run"_s, u"--verbose"_s }, environment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("would be imported sensor-0001"));
    QVERIFY(run.err.contains("GET IS /applications/target-app/rights"));
    QVERIFY(!run.err.contains(kKey.section(u'.', 2).toUtf8()));
    QVERIFY(!run.err.contains("0123456789ABCDEF0123456789ABCDEF"));
    QCOMPARE(m_emulator->writeCount(), 0);
}

void TstTtsCli::clusterAddressIsUsedForTheServerParts()
{
    // A second emulator as the "cluster": the IS keeps only the IS part.
    TtsEmulator cluster;
    setUpEmulator(cluster);
    const QString file = writeFile(otaaFleet(1));
    const CliRun run = CliTest::run(
        { u"tts"_s, u"import"_s, file, u"--tts.cluster-address"_s, cluster.baseUrl().toString() },
        environment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_emulator->deviceCount(Reg::Identity, kApp), 1);
    QCOMPARE(m_emulator->deviceCount(Reg::Join, kApp), 0);
    QCOMPARE(cluster.deviceCount(Reg::Join, kApp), 1);
    QCOMPARE(cluster.deviceCount(Reg::Network, kApp), 1);
    QCOMPARE(m_emulator->device(Reg::Identity, kApp, u"sensor-0001"_s)
                 .value(u"join_server_address"_s)
                 .toString(),
        u"127.0.0.1:%1"_s.arg(cluster.port()));
}

void TstTtsCli::helpNamesBothCommands()
{
    const CliRun run = CliTest::run({ u"tts"_s, u"--help"_s }, environment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("ttn-lw-migrate tts import"));
    QVERIFY(run.out.contains("TTS_CLUSTER_ADDRESS"));
    // Every flag the tts commands read is listed, with its variable and its text.
    for (const CliFlag &flag : CliFlags::tts()) {
        QVERIFY2(flag.help, qPrintable(flag.name));
        QVERIFY2(run.out.contains(u"--"_s.append(flag.name).toUtf8()), qPrintable(flag.name));
        QVERIFY(run.out.contains(flag.envVar.toUtf8()));
    }
    QVERIFY(run.out.contains("Exit codes"));
    QCOMPARE(CliTest::run({ u"tts"_s, u"import"_s, u"-h"_s }, environment()).out, run.out);
    const CliRun general = CliTest::run({ u"--help"_s }, environment());
    QVERIFY(general.out.contains("tts import"));
}

QTEST_GUILESS_MAIN(TstTtsCli)
#include "tst_ttscli.moc"
