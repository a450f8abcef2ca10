// The migration guide's commands, verbatim, run as a real process against a v2 emulator:
// what reaches stdout (exact NDJSON), stderr (reasons, summary) and the exit code.

#include "clifixture.h"
#include "cliprocess.h"
#include "job/commandlinebuilder.h"
#include "ndjson.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kPlan = u"EU_863_870_TTN"_s;

// A line is compact UTF-8 JSON, has the spec's top-level key order and equals `expected`
// once the random session_key_id and the started_at time are masked.
void verifyDeviceLine(const QByteArray &line, const QJsonObject &expected)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(Ndjson::maskVolatile(line), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
    QVERIFY(document.isObject());
    QVERIFY2(!line.contains(": ") && !line.startsWith(' '), "not compact");
    QCOMPARE(Ndjson::topLevelKeys(line), CliFixture::expectedTopLevelKeys(expected));
    if (document.object() != expected) {
        qWarning("actual:   %s",
            QJsonDocument(document.object()).toJson(QJsonDocument::Compact).constData());
        qWarning(
            "expected: %s", QJsonDocument(expected).toJson(QJsonDocument::Compact).constData());
    }
    QCOMPARE(document.object(), expected);
}

void verifySessionValues(const QByteArray &line, const QDateTime &before)
{
    const QJsonObject device = QJsonDocument::fromJson(line).object();
    const QJsonObject session = device.value(u"session"_s).toObject();
    const QByteArray keyId = QByteArray::fromBase64(
        session.value(u"keys"_s).toObject().value(u"session_key_id"_s).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    // OTAA sessions only: TTS refuses a session key ID on an ABP device.
    QCOMPARE(keyId.size(), device.value(u"supports_join"_s).toBool() ? 16 : 0);
    const QDateTime startedAt
        = QDateTime::fromString(session.value(u"started_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(startedAt.isValid());
    QVERIFY(
        startedAt >= before.addSecs(-1) && startedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
}

QByteArray diagnostics(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstderr:\n" + run.err + "\nstdout:\n"
        + run.out;
}
} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void guideSingleDevice();
    void guideDeviceListFromStdin();
    void guideApplicationSkipsAbp();
    void guideCommandsDryRunVerbose_data();
    void guideCommandsDryRunVerbose();
    void ttnv2FormWithSession();
    void flagsWinOverEnvironment();
    void discoveryFindsTheHandler();
    void unknownDeviceFails();
    void transientFaultsAreRetried();
    void outputFileIsAtomicAndPrivate();
    void verboseRunLeaksNoSecret_data();
    void verboseRunLeaksNoSecret();
    void devIdPrefix();
    void copiedCommandRuns_data();
    void copiedCommandRuns();

private:
    std::unique_ptr<CliFixture> m_fixture;
};

void TestCliExport::init()
{
    QVERIFY2(QFile::exists(CliTest::binary()), qPrintable(CliTest::binary()));
    m_fixture = std::make_unique<CliFixture>();
    QVERIFY(m_fixture->listening());
}

void TestCliExport::cleanup()
{
    m_fixture.reset();
}

void TestCliExport::guideSingleDevice()
{
    const CliRun run = CliTest::run(
        { u"device"_s, u"--source"_s, u"ttnv2"_s, u"otaa-one"_s, u"--ttnv2.with-session=false"_s },
        m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    QCOMPARE(run.outLines().size(), 1);
    QVERIFY(run.out.endsWith('\n'));
    verifyDeviceLine(run.outLines().constFirst(), CliFixture::expectedOtaaOne());
    QVERIFY2(run.err.contains("1 exported, 0 skipped, 0 failed"), run.err);
    QVERIFY(m_fixture->emulator().requestCount() >= 1);
    QCOMPARE(m_fixture->emulator().writeCount(), 0);
}

void TestCliExport::guideDeviceListFromStdin()
{
    // BOM, CRLF, a comment, a blank line, surrounding blanks, a duplicate, no final newline.
    const QByteArray deviceIds = "\xEF\xBB\xBF"
                                 "otaa-one\r\n# the joined one:\r\n\r\n  otaa_joined  \r\notaa-one";
    const CliRun run
        = CliTest::run({ u"device"_s, u"--source"_s, u"ttnv2"_s, u"--ttnv2.with-session=false"_s },
            m_fixture->environment(), deviceIds);
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    QCOMPARE(run.outLines().size(), 2);
    verifyDeviceLine(run.outLines().at(0), CliFixture::expectedOtaaOne());
    verifyDeviceLine(run.outLines().at(1), CliFixture::expectedOtaaJoined(false));
    QVERIFY2(run.err.contains("otaa-one"), run.err); // the duplicate is named in a warning
    QVERIFY2(run.err.contains("2 exported, 0 skipped, 0 failed"), run.err);
}

void TestCliExport::guideApplicationSkipsAbp()
{
    const CliRun run = CliTest::run({ u"application"_s, u"--source"_s, u"ttnv2"_s,
                                        CliFixture::appId, u"--ttnv2.with-session=false"_s },
        m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 3, diagnostics(run));
    QCOMPARE(run.outLines().size(), 2); // by dev_id: abp-meter (skipped), otaa-one, otaa_joined
    verifyDeviceLine(run.outLines().at(0), CliFixture::expectedOtaaOne());
    verifyDeviceLine(run.outLines().at(1), CliFixture::expectedOtaaJoined(false));
    QVERIFY2(
        run.err.contains("skipped abp-meter: ABP device: cannot be migrated without its session"),
        run.err);
    QVERIFY2(run.err.contains("2 exported, 1 skipped, 0 failed"), run.err);
    // Without sessions one list call is enough (no GET per device).
    QCOMPARE(m_fixture->emulator().requestCount(), 1);
}

void TestCliExport::guideCommandsDryRunVerbose_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stdinBytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("lines");
    QTest::newRow("device") << QStringList { u"device"_s, u"--source"_s, u"ttnv2"_s, u"otaa-one"_s,
        u"--ttnv2.with-session=false"_s, u"--dry-run"_s, u"--verbose"_s }
                            << QByteArray() << 0 << 1;
    QTest::newRow("stdin") << QStringList { u"device"_s, u"--source"_s, u"ttnv2"_s,
        u"--ttnv2.with-session=false"_s, u"--dry-run"_s, u"--verbose"_s }
                           << QByteArray("otaa-one\notaa_joined\n") << 0 << 2;
    QTest::newRow("application") << QStringList { u"application"_s, u"--source"_s, u"ttnv2"_s,
        CliFixture::appId, u"--ttnv2.with-session=false"_s, u"--dry-run"_s, u"--verbose"_s }
                                 << QByteArray() << 3 << 2;
}

void TestCliExport::guideCommandsDryRunVerbose()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stdinBytes);
    QFETCH(int, exitCode);
    QFETCH(int, lines);
    const CliRun run = CliTest::run(arguments, m_fixture->environment(), stdinBytes);
    QVERIFY2(run.finished && run.exitCode == exitCode, diagnostics(run));
    QCOMPARE(run.outLines().size(), lines);
    QVERIFY2(run.err.contains("dry run: nothing is written to TTN v2"), run.err);
    QVERIFY2(run.err.contains("GET /applications/test-app/devices"), run.err); // request lines
    QVERIFY2(run.err.contains("exported otaa-one"), run.err); // device decisions
    QCOMPARE(m_fixture->emulator().writeCount(), 0);
}

void TestCliExport::ttnv2FormWithSession()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CliRun run
        = CliTest::run({ u"ttnv2"_s, u"application"_s, CliFixture::appId, u"--with-session"_s },
            m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    QCOMPARE(run.outLines().size(), 3);
    verifyDeviceLine(run.outLines().at(0), CliFixture::expectedAbpMeterWithSession());
    verifyDeviceLine(run.outLines().at(1), CliFixture::expectedOtaaOne());
    verifyDeviceLine(run.outLines().at(2), CliFixture::expectedOtaaJoined(true));
    verifySessionValues(run.outLines().at(0), before);
    verifySessionValues(run.outLines().at(2), before);
}

void TestCliExport::flagsWinOverEnvironment()
{
    QProcessEnvironment environment = m_fixture->environment();
    environment.insert(u"TTNV2_APP_ID"_s, u"not-this-app"_s);
    environment.insert(u"TTNV2_APP_ACCESS_KEY"_s, u"ttn-account-v2.wrong-key-from-env"_s);
    environment.insert(u"FREQUENCY_PLAN_ID"_s, u"EU_863_870"_s);
    environment.insert(u"TTNV2_WITH_SESSION"_s, u"true"_s);
    environment.insert(u"TTNV2_HANDLER_ADDRESS"_s, u"http://127.0.0.1:1"_s);
    const CliRun run = CliTest::run(
        { u"device"_s, u"--source"_s, u"ttnv2"_s, u"otaa-one"_s, u"--ttnv2.app-id"_s,
            CliFixture::appId, u"--ttnv2.app-access-key="_s + CliFixture::accessKey,
            u"--ttnv2.frequency-plan-id"_s, u"US_902_928_FSB_2"_s, u"--ttnv2.with-session=false"_s,
            u"--ttnv2.handler-address"_s, m_fixture->handlerAddress() },
        environment);
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    QCOMPARE(run.outLines().size(), 1);
    verifyDeviceLine(
        run.outLines().constFirst(), CliFixture::expectedOtaaOne(u"US_902_928_FSB_2"_s));
}

void TestCliExport::discoveryFindsTheHandler()
{
    QProcessEnvironment environment = m_fixture->environment();
    environment.remove(u"TTNV2_HANDLER_ADDRESS"_s);
    environment.insert(
        u"TTNV2_DISCOVERY_SERVER_ADDRESS"_s, m_fixture->emulator().discoveryUrl().toString());
    const CliRun run = CliTest::run(
        { u"device"_s, u"--source"_s, u"ttnv2"_s, u"otaa-one"_s, u"--ttnv2.with-session=false"_s },
        environment);
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    verifyDeviceLine(run.outLines().constFirst(), CliFixture::expectedOtaaOne());
    bool askedDiscovery = false;
    const QList<EmulatorRequest> requests = m_fixture->emulator().requests();
    for (const EmulatorRequest &request : requests)
        askedDiscovery = askedDiscovery || request.path.startsWith(u"/announcements/handler"_s);
    QVERIFY(askedDiscovery);
}

void TestCliExport::unknownDeviceFails()
{
    const CliRun run = CliTest::run({ u"device"_s, u"--source"_s, u"ttnv2"_s, u"otaa-one"_s,
                                        u"no-such-device"_s, u"--ttnv2.with-session=false"_s },
        m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 3, diagnostics(run));
    QCOMPARE(run.outLines().size(), 1);
    verifyDeviceLine(run.outLines().constFirst(), CliFixture::expectedOtaaOne());
    QVERIFY2(run.err.contains("failed no-such-device: "), run.err);
    QVERIFY2(run.err.contains("1 exported, 0 skipped, 1 failed"), run.err);
}

void TestCliExport::transientFaultsAreRetried()
{
    m_fixture->emulator().failNext(1, 503);
    const CliRun run = CliTest::run({ u"application"_s, u"--source"_s, u"ttnv2"_s,
                                        CliFixture::appId, u"--ttnv2.with-session=true"_s },
        m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    QCOMPARE(run.outLines().size(), 3);
    QVERIFY2(run.err.contains("retried 1 request"), run.err);
}

void TestCliExport::outputFileIsAtomicAndPrivate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"devices.json"_s);
    {
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous export\n");
    }
    // A fatal run (wrong key) leaves the previous file exactly as it was.
    QProcessEnvironment wrongKey = m_fixture->environment();
    wrongKey.insert(u"TTNV2_APP_ACCESS_KEY"_s, u"ttn-account-v2.not-the-right-key"_s);
    const CliRun failed
        = CliTest::run({ u"application"_s, u"--source"_s, u"ttnv2"_s, CliFixture::appId,
                           u"--ttnv2.with-session=false"_s, u"-o"_s, path },
            wrongKey);
    QVERIFY2(failed.finished && failed.exitCode == 1, diagnostics(failed));
    {
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), QByteArray("previous export\n"));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp file left

    const CliRun run
        = CliTest::run({ u"application"_s, u"--source"_s, u"ttnv2"_s, CliFixture::appId,
                           u"--ttnv2.with-session=false"_s, u"-o"_s, path },
            m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 3, diagnostics(run));
    QVERIFY(run.out.isEmpty()); // the export went to the file
    QVERIFY2(run.err.contains("wrote 2 device"), run.err);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty part after the final '\n'
    verifyDeviceLine(lines.at(0), CliFixture::expectedOtaaOne());
    verifyDeviceLine(lines.at(1), CliFixture::expectedOtaaJoined(false));
#ifdef Q_OS_UNIX
    QCOMPARE(written.permissions()
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
        QFile::Permissions());
#endif
}

void TestCliExport::verboseRunLeaksNoSecret_data()
{
    QTest::addColumn<bool>("keyAsFlag");
    QTest::newRow("key from TTNV2_APP_ACCESS_KEY") << false;
    QTest::newRow("key as --ttnv2.app-access-key") << true;
}

void TestCliExport::verboseRunLeaksNoSecret()
{
    QFETCH(bool, keyAsFlag);
    QStringList arguments = { u"application"_s, u"--source"_s, u"ttnv2"_s, CliFixture::appId,
        u"--ttnv2.with-session=true"_s, u"--verbose"_s, u"--dry-run"_s };
    QProcessEnvironment environment = m_fixture->environment();
    if (keyAsFlag) {
        environment.remove(u"TTNV2_APP_ACCESS_KEY"_s);
        arguments << u"--ttnv2.app-access-key"_s << CliFixture::accessKey;
    }
    m_fixture->emulator().failNext(1, 503); // a retried request is logged too
    const CliRun run = CliTest::run(arguments, environment);
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    QVERIFY(
        run.err.contains("GET /applications/test-app/devices/otaa_joined")); // it did log requests
    QVERIFY(!run.err.contains(CliFixture::accessKey.toUtf8()));
    QVERIFY(!run.out.contains(CliFixture::accessKey.toUtf8()));
    QVERIFY(!run.err.contains("cli-test-key"));
    for (const QString &secret : CliFixture::deviceSecrets())
        QVERIFY2(!run.err.toUpper().contains(secret.toUtf8()), qPrintable(secret));
}

void TestCliExport::devIdPrefix()
{
    const CliRun run
        = CliTest::run({ u"ttnv2"_s, u"device"_s, u"otaa-one"_s, u"--dev-id-prefix"_s, u"site1"_s },
            m_fixture->environment());
    QVERIFY2(run.finished && run.exitCode == 0, diagnostics(run));
    const QJsonObject device = QJsonDocument::fromJson(run.outLines().constFirst()).object();
    QCOMPARE(
        device.value(u"ids"_s).toObject().value(u"device_id"_s).toString(), u"site1-otaa-one"_s);
}

void TestCliExport::copiedCommandRuns_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<bool>("toFile");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("application to -o file") << int(ExportScope::Application) << true << 3;
    QTest::newRow("device list, stdin and stdout") << int(ExportScope::DeviceList) << false << 0;
}

// The wizard's "Copy as command" (CommandLineBuilder) must be a command this CLI runs as is,
// once the user has put the key in.
void TestCliExport::copiedCommandRuns()
{
#ifndef Q_OS_UNIX
    return QTest::qSkip("runs the command through /bin/sh", __FILE__, __LINE__);
#else
    QFETCH(int, scope);
    QFETCH(bool, toFile);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ExportRequest request;
    request.scope = ExportScope(scope);
    request.connection.appId = CliFixture::appId;
    request.connection.handlerUrl = m_fixture->emulator().handlerUrl();
    request.options.frequencyPlanId = kPlan;
    if (request.scope == ExportScope::DeviceList) {
        request.deviceIds = { u"otaa-one"_s, u"otaa_joined"_s };
        QFile ids(dir.filePath(u"device_ids.txt"_s));
        QVERIFY(ids.open(QIODevice::WriteOnly));
        ids.write("otaa-one\notaa_joined\n");
    }
    QString command
        = CommandLineBuilder::build(request, toFile ? dir.filePath(u"out.json"_s) : QString());
    QVERIFY2(command.contains(u"<your access key>"_s), qPrintable(command));
    QVERIFY(!command.contains(CliFixture::accessKey));
    command.replace(u"<your access key>"_s, CliFixture::accessKey);
    command.replace(u"ttn-lw-migrate "_s, CliTest::binary() + u' ');

    QProcess shell;
    shell.setWorkingDirectory(dir.path());
    shell.setProcessEnvironment(CliTest::cleanEnvironment());
    shell.start(u"/bin/sh"_s, { u"-c"_s, command });
    QVERIFY(shell.waitForStarted());
    shell.closeWriteChannel();
    const CliRun run = CliTest::finishCli(shell);
    QVERIFY2(run.finished && run.exitCode == exitCode,
        diagnostics(run) + "\ncommand: " + command.toUtf8());
    QFile output(dir.filePath(toFile ? u"out.json"_s : u"devices.json"_s));
    QVERIFY(output.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = output.readAll().split('\n');
    QCOMPARE(lines.size(), 3);
    verifyDeviceLine(lines.at(0), CliFixture::expectedOtaaOne());
    verifyDeviceLine(lines.at(1), CliFixture::expectedOtaaJoined(false));
#endif
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
