// The tts source on the command line (#17 item 5): `ttn-lw-migrate tts application|device|
// devices` and `application|device --source tts` as a process against two in-process
// tts-emulators on 127.0.0.1: the demo source application exported from one (with and without
// session) and imported with `tts import` into the other, every device complete; the devices
// that cannot move skipped with their reason; the source's and the target's variables set at
// once without either leaking into the other; a bad key is one clear line and exit 1.
#include "cliflags.h"
#include "cliprocess.h"
#include "ndjson.h"
#include "ttssourcecommand.h"
#include "ttstestsupport.h"

#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ttstest;

namespace {

const QString kSourceApp = TtsEmulator::demoSourceApplicationId();
const QString kSourceKey = TtsEmulator::demoSourceApiKey();
const QString kUnknownKey = u"NNSXS.UNKNOWNKEYID01234.UnknownSecretNeverToBeSeen0123456789ab"_s;
constexpr int kDemoDevices = 56;
constexpr int kAbpDevices = 5;
const QString kExternal = u"claimed-tracker-056"_s;

QString idOf(const QJsonObject &device)
{
    return device.value(u"ids"_s).toObject().value(u"device_id"_s).toString();
}

} // namespace

class TstTtsSourceCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exportsThenImportsIntoASecondDeployment_data();
    void exportsThenImportsIntoASecondDeployment();
    void applicationFormattersMoveToTheTarget();
    void sourceAndTargetVariablesNeverMix();
    void deviceCommandsInEverySpelling_data();
    void deviceCommandsInEverySpelling();
    void deviceIdMapRenames();
    void badKeyIsOneClearLine();
    void usageErrorsBeforeAnyRequest_data();
    void usageErrorsBeforeAnyRequest();
    void grpcAddressMapsToHttps();
    void sourceAndTargetTablesShareNoVariable();

private:
    QProcessEnvironment sourceEnvironment() const;
    QProcessEnvironment targetEnvironment() const;

    std::unique_ptr<TtsEmulator> m_source;
    std::unique_ptr<TtsEmulator> m_target;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstTtsSourceCli::init()
{
    m_source = std::make_unique<TtsEmulator>();
    QVERIFY(m_source->listen());
    m_source->loadDemoSource(m_source->baseUrl().host());
    m_target = std::make_unique<TtsEmulator>();
    setUpEmulator(*m_target);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstTtsSourceCli::cleanup()
{
    m_source.reset();
    m_target.reset();
    m_dir.reset();
}

// Only the source's variables (cleanEnvironment drops every TTS_* of the developer's).
QProcessEnvironment TstTtsSourceCli::sourceEnvironment() const
{
    QProcessEnvironment env = CliTest::cleanEnvironment();
    env.insert(u"TTS_SOURCE_ADDRESS"_s, m_source->baseUrl().toString());
    env.insert(u"TTS_APP_API_KEY"_s, kSourceKey);
    return env;
}

QProcessEnvironment TstTtsSourceCli::targetEnvironment() const
{
    QProcessEnvironment env = CliTest::cleanEnvironment();
    env.insert(u"TTS_ADDRESS"_s, m_target->baseUrl().toString());
    env.insert(u"TTS_APPLICATION_ID"_s, kApp);
    env.insert(u"TTS_API_KEY"_s, kKey);
    return env;
}

void TstTtsSourceCli::exportsThenImportsIntoASecondDeployment_data()
{
    QTest::addColumn<bool>("withSession");
    QTest::addColumn<bool>("faults");
    QTest::newRow("without session (default)") << false << false;
    QTest::newRow("with session") << true << false;
    QTest::newRow("without session, source answering 503 and 429") << false << true;
}

void TstTtsSourceCli::exportsThenImportsIntoASecondDeployment()
{
    QFETCH(bool, withSession);
    QFETCH(bool, faults);
    if (faults) {
        // Fewer failures per kind than the attempts a request has: every device still ends.
        m_source->failMatching("GET", u"/ns/applications/"_s, 3, 503);
        m_source->failMatching(
            "GET", u"/js/applications/"_s, 4, 429, u"pkg/ratelimit"_s, u"rate_limit_exceeded"_s);
        m_source->failMatching("GET", u"/applications/%1/rights"_s.arg(kSourceApp), 1, 503);
    }
    const QString file = m_dir->filePath(u"devices.json"_s);
    QStringList arguments { u"tts"_s, u"application"_s, kSourceApp, u"-o"_s, file };
    arguments << (withSession ? u"--tts.with-session"_s : u"--tts.no-session"_s);
    const CliRun exported = CliTest::run(arguments, sourceEnvironment(), {}, 120000);
    // Some devices cannot move (ABP without session, the external Join Server): exit 3.
    QVERIFY2(exported.exitCode == 3, qPrintable(exported.describe()));
    QVERIFY(exported.out.isEmpty());
    const QString err = QString::fromUtf8(exported.err);
    QVERIFY2(
        err.contains(u"skipped %1: its root keys are on an external Join Server"_s.arg(kExternal)),
        qPrintable(err));
    QVERIFY2(err.contains(u"claim the device on the target deployment"_s), qPrintable(err));
    const int skipped = withSession ? 1 : kAbpDevices + 1;
    const int expected = kDemoDevices - skipped;
    QVERIFY2(
        err.contains(u"summary: %1 exported, %2 skipped, 0 failed of %3 requested"_s.arg(expected)
                         .arg(skipped)
                         .arg(kDemoDevices)),
        qPrintable(err));
    QCOMPARE(err.contains(u"--tts.with-session keeps the sessions"_s), withSession);
    if (!withSession)
        QVERIFY2(err.contains(u"skipped abp-node-051: ABP device"_s), qPrintable(err));

    const QList<QJsonObject> devices = Ndjson::readObjects(file);
    QCOMPARE(int(devices.size()), expected);
    // Never the source's server addresses.
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(!bytes.contains("server_address"));
    // Nothing was written to the source.
    QCOMPARE(m_source->writeCount(), 0);
    if (faults) {
        int unavailable = 0;
        int throttled = 0;
        for (const TtsEmulatorRequest &request : m_source->requests()) {
            unavailable += request.status == 503 ? 1 : 0;
            throttled += request.status == 429 ? 1 : 0;
        }
        QCOMPARE(unavailable, 4);
        QCOMPARE(throttled, 4);
        QVERIFY2(err.contains(u"retried"_s), qPrintable(err));
    }

    const CliRun imported
        = CliTest::run({ u"tts"_s, u"import"_s, file }, targetEnvironment(), {}, 60000);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QVERIFY2(
        imported.err.contains(u"%1 imported, 0 already in TTS, 0 failed"_s.arg(expected).toUtf8()),
        imported.err.constData());
    for (const QJsonObject &device : devices) {
        const QString id = idOf(device);
        const bool otaa = device.value(u"supports_join"_s).toBool();
        QVERIFY2(!m_target->device(TtsServer::Identity, kApp, id).isEmpty(), qPrintable(id));
        QVERIFY2(!m_target->device(TtsServer::Network, kApp, id).isEmpty(), qPrintable(id));
        QVERIFY2(!m_target->device(TtsServer::Application, kApp, id).isEmpty(), qPrintable(id));
        QCOMPARE(m_target->device(TtsServer::Join, kApp, id).isEmpty(), !otaa);
        // With session: every device that has one at the source keeps it at the target.
        QCOMPARE(m_target->device(TtsServer::Network, kApp, id).contains(u"session"_s),
            device.contains(u"session"_s));
        if (!withSession)
            QVERIFY2(!device.contains(u"session"_s), qPrintable(id));
    }
    QCOMPARE(m_target->device(TtsServer::Network, kApp, u"meter-043"_s).contains(u"session"_s),
        withSession);
    QVERIFY(m_target->device(TtsServer::Identity, kApp, kExternal).isEmpty());
}

// The source application's default formatters go beside the export as they are, and the
// second documented command sets them on the target application (formatters.md, #19 item 1).
void TstTtsSourceCli::applicationFormattersMoveToTheTarget()
{
    const QString script = u"function decodeUplink(input) { return { data: { t: input.bytes[0] } "
                           "}; }"_s;
    m_source->setLink(kSourceApp,
        QJsonObject { { u"default_formatters"_s,
            QJsonObject { { u"up_formatter"_s, u"FORMATTER_JAVASCRIPT"_s },
                { u"up_formatter_parameter"_s, script },
                { u"down_formatter"_s, u"FORMATTER_CAYENNELPP"_s } } } });
    const QString file = m_dir->filePath(u"devices.json"_s);
    const CliRun exported = CliTest::run(
        { u"tts"_s, u"application"_s, kSourceApp, u"-o"_s, file }, sourceEnvironment(), {}, 120000);
    QVERIFY2(exported.exitCode == 3, qPrintable(exported.describe())); // ABP and external skipped
    const QString formatterPath = m_dir->filePath(u"devices.formatters.json"_s);
    QVERIFY2(
        exported.err.contains(u"wrote the payload formatters to %1"_s.arg(formatterPath).toUtf8()),
        exported.err.constData());
    QFile saved(formatterPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject plan = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(plan.value(u"source"_s).toString(), u"tts"_s);
    QCOMPARE(plan.value(u"row"_s).toString(), u"copied"_s);
    QCOMPARE(m_source->writeCount(), 0); // reading the link wrote nothing

    QVERIFY(m_target->link(kApp).value(u"default_formatters"_s).toObject().isEmpty());
    const CliRun imported
        = CliTest::run({ u"tts"_s, u"import"_s, file }, targetEnvironment(), {}, 60000);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const QJsonObject set = m_target->link(kApp).value(u"default_formatters"_s).toObject();
    QCOMPARE(set.value(u"up_formatter"_s).toString(), u"FORMATTER_JAVASCRIPT"_s);
    QCOMPARE(set.value(u"up_formatter_parameter"_s).toString(), script);
    QCOMPARE(set.value(u"down_formatter"_s).toString(), u"FORMATTER_CAYENNELPP"_s);
}

void TstTtsSourceCli::sourceAndTargetVariablesNeverMix()
{
    // Both sides' variables at once; each command must use only its own.
    QProcessEnvironment both = targetEnvironment();
    const QProcessEnvironment source = sourceEnvironment();
    for (const QString &name : source.keys())
        both.insert(name, source.value(name));
    both.insert(u"TTS_APP_ID"_s, kSourceApp);
    const QString file = m_dir->filePath(u"devices.json"_s);

    const CliRun exported
        = CliTest::run({ u"tts"_s, u"application"_s, u"-o"_s, file }, both, {}, 60000);
    QVERIFY2(exported.exitCode == 3, qPrintable(exported.describe()));
    QVERIFY(m_target->requests().isEmpty()); // the export never asked the target
    const int sourceRequests = int(m_source->requests().size());
    QVERIFY(sourceRequests > kDemoDevices);

    const CliRun imported = CliTest::run({ u"tts"_s, u"import"_s, file }, both, {}, 60000);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QCOMPARE(int(m_source->requests().size()), sourceRequests); // the import never asked the source
    QCOMPARE(m_target->deviceCount(TtsServer::Identity, kApp), kDemoDevices - kAbpDevices - 1);
    QCOMPARE(m_source->writeCount(), 0);

    // One side's variables alone are not enough for the other side's command.
    const CliRun noSource
        = CliTest::run({ u"tts"_s, u"application"_s, kSourceApp }, targetEnvironment());
    QCOMPARE(noSource.exitCode, 2);
    QVERIFY2(noSource.err.contains("--tts.source-address (or TTS_SOURCE_ADDRESS)"),
        noSource.err.constData());
    const CliRun noTarget = CliTest::run({ u"tts"_s, u"import"_s, file }, sourceEnvironment());
    QCOMPARE(noTarget.exitCode, 2);
    QVERIFY2(noTarget.err.contains("--tts.address (or TTS_ADDRESS)"), noTarget.err.constData());
    QCOMPARE(int(m_source->requests().size()), sourceRequests);
}

void TstTtsSourceCli::deviceCommandsInEverySpelling_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stdinBytes");
    const QStringList app { u"--tts.app-id"_s, kSourceApp };
    QTest::newRow("tts device ID ID")
        << (QStringList { u"tts"_s, u"device"_s, u"meter-043"_s, u"soil-sensor-001"_s } + app)
        << QByteArray();
    QTest::newRow("tts devices < ids")
        << (QStringList { u"tts"_s, u"devices"_s } + app)
        << QByteArray("meter-043\r\n# a comment\n\nsoil-sensor-001\nmeter-043");
    QTest::newRow("device --source tts") << (QStringList { u"device"_s, u"--source"_s, u"tts"_s,
                                                 u"meter-043"_s, u"soil-sensor-001"_s }
        + app) << QByteArray();
    QTest::newRow("application --source tts APP") << QStringList { u"application"_s,
        u"--source=tts"_s, kSourceApp, u"--dry-run"_s, u"--verbose"_s }
                                                  << QByteArray();
}

void TstTtsSourceCli::deviceCommandsInEverySpelling()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stdinBytes);
    const bool application = arguments.constFirst() == u"application";
    const CliRun run = CliTest::run(arguments, sourceEnvironment(), stdinBytes, 60000);
    QVERIFY2(run.exitCode == (application ? 3 : 0), qPrintable(run.describe()));
    const QList<QByteArray> lines = run.outLines();
    if (application) {
        QCOMPARE(int(lines.size()), kDemoDevices - kAbpDevices - 1);
        // --verbose: each request and each exported device on stderr, the key never.
        QVERIFY2(run.err.contains("GET"), run.err.constData());
        QVERIFY2(
            run.err.contains("exported meter-043 (OTAA, without session)"), run.err.constData());
        QVERIFY(!run.err.contains(kSourceKey.section(u'.', 2).toUtf8()));
        return;
    }
    QCOMPARE(int(lines.size()), 2);
    QStringList ids;
    for (const QByteArray &line : lines)
        ids << idOf(QJsonDocument::fromJson(line).object());
    QCOMPARE(ids, QStringList({ u"meter-043"_s, u"soil-sensor-001"_s }));
    QVERIFY(run.err.contains("summary: 2 exported, 0 skipped, 0 failed of 2 requested"));
}

// --dev-id-map gives a device a new ID (the target may already have one by that name); the
// others keep the source's.
void TstTtsSourceCli::deviceIdMapRenames()
{
    const QString map = m_dir->filePath(u"ids.csv"_s);
    QFile file(map);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("meter-043,meter-043-moved\n");
    file.close();
    const CliRun run = CliTest::run(
        { u"tts"_s, u"devices"_s, u"--tts.app-id"_s, kSourceApp, u"--dev-id-map"_s, map },
        sourceEnvironment(), "meter-043\nsoil-sensor-001\n", 60000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QStringList ids;
    for (const QByteArray &line : run.outLines())
        ids << idOf(QJsonDocument::fromJson(line).object());
    QCOMPARE(ids, QStringList({ u"meter-043-moved"_s, u"soil-sensor-001"_s }));
}

void TstTtsSourceCli::badKeyIsOneClearLine()
{
    QProcessEnvironment env = sourceEnvironment();
    env.insert(u"TTS_APP_API_KEY"_s, kUnknownKey);
    const QString file = m_dir->filePath(u"devices.json"_s);
    const CliRun run = CliTest::run({ u"tts"_s, u"application"_s, kSourceApp, u"-o"_s, file }, env);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(file));
    const QStringList lines = run.errLines();
    QVERIFY2(lines.size() == 1, run.err.constData());
    // What is wrong and the setting to change, named as the source's flag and variable.
    QVERIFY2(
        lines.constFirst().contains(u"--tts.app-api-key (TTS_APP_API_KEY)"_s), run.err.constData());
    QVERIFY(!lines.constFirst().contains(u"TTS_API_KEY"_s));
    QVERIFY(!run.err.contains(kUnknownKey.section(u'.', 2).toUtf8()));
}

void TstTtsSourceCli::usageErrorsBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("unset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no key") << QStringList { u"tts"_s, u"application"_s, kSourceApp }
                            << u"TTS_APP_API_KEY"_s << u"--tts.app-api-key (or TTS_APP_API_KEY)"_s;
    QTest::newRow("no application")
        << QStringList { u"tts"_s, u"application"_s } << QString() << u"set TTS_APP_ID"_s;
    QTest::newRow("device without --tts.app-id") << QStringList { u"tts"_s, u"device"_s,
        u"meter-043"_s } << QString() << u"--tts.app-id (or TTS_APP_ID)"_s;
    QTest::newRow("both session flags") << QStringList { u"tts"_s, u"application"_s, kSourceApp,
        u"--tts.with-session"_s, u"--tts.no-session"_s }
                                        << QString() << u"contradict"_s;
    QTest::newRow("a target flag")
        << QStringList { u"tts"_s, u"application"_s, kSourceApp, u"--tts.api-key"_s, kKey }
        << QString() << u"unknown flag --tts.api-key for the tts source"_s;
    QTest::newRow("delete at export time")
        << QStringList { u"tts"_s, u"application"_s, kSourceApp, u"--tts.delete-source-device"_s }
        << QString() << u"not done at export time"_s;
    QTest::newRow("split without -o") << QStringList { u"tts"_s, u"application"_s, kSourceApp,
        u"--split"_s } << QString() << u"--split needs -o FILE"_s;
    QTest::newRow("split size the Console refuses") << QStringList { u"tts"_s, u"application"_s,
        kSourceApp, u"--split-size"_s, u"16"_s, u"-o"_s, u"devices.json"_s }
                                                    << QString() << u"below 16"_s;
    QTest::newRow("bad grpc address") << QStringList { u"tts"_s, u"application"_s, kSourceApp,
        u"--tts.default-grpc-address"_s, u":8884"_s }
                                      << u"TTS_SOURCE_ADDRESS"_s << u"--tts.default-grpc-address"_s;
}

void TstTtsSourceCli::usageErrorsBeforeAnyRequest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, unset);
    QFETCH(QString, expected);
    QProcessEnvironment env = sourceEnvironment();
    if (!unset.isEmpty())
        env.remove(unset);
    const CliRun run = CliTest::run(arguments, env);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    QVERIFY(m_source->requests().isEmpty());
}

void TstTtsSourceCli::grpcAddressMapsToHttps()
{
    QCOMPARE(TtsSourceCommand::addressFromGrpc(u"eu1.cloud.thethings.network:8884"_s),
        u"https://eu1.cloud.thethings.network"_s);
    QCOMPARE(TtsSourceCommand::addressFromGrpc(u"tts.example.com"_s), u"https://tts.example.com"_s);
    QCOMPARE(TtsSourceCommand::addressFromGrpc(u"[::1]:8884"_s), u"https://[::1]"_s);
    QCOMPARE(TtsSourceCommand::addressFromGrpc(u":8884"_s), QString());
    QVERIFY(TtsSourceCommand::isTtsSourceCommand({ u"m"_s, u"tts"_s, u"application"_s, u"a"_s }));
    QVERIFY(TtsSourceCommand::isTtsSourceCommand(
        { u"m"_s, u"--tts.app-id"_s, u"x"_s, u"tts"_s, u"devices"_s }));
    QVERIFY(TtsSourceCommand::isTtsSourceCommand(
        { u"m"_s, u"application"_s, u"--source"_s, u"tts"_s, u"a"_s }));
    QVERIFY(!TtsSourceCommand::isTtsSourceCommand({ u"m"_s, u"tts"_s, u"import"_s, u"f"_s }));
    QVERIFY(!TtsSourceCommand::isTtsSourceCommand(
        { u"m"_s, u"application"_s, u"--source"_s, u"ttnv2"_s, u"a"_s }));
}

void TstTtsSourceCli::sourceAndTargetTablesShareNoVariable()
{
    QSet<QString> target;
    for (const CliFlag &flag : CliFlags::tts()) {
        if (!flag.envVar.isEmpty())
            target.insert(flag.envVar);
    }
    QStringList source;
    for (const CliFlag &flag : CliFlags::ttsSource()) {
        if (flag.envVar.isEmpty())
            continue;
        source << flag.envVar;
        QVERIFY2(!target.contains(flag.envVar), qPrintable(flag.envVar));
        // Flags with a variable are the source's own, never one of the target's names.
        QVERIFY2(!CliFlags::find(flag.name, CliFlags::tts()), qPrintable(flag.name));
    }
    source.sort();
    QCOMPARE(source,
        QStringList({ u"TTS_APP_API_KEY"_s, u"TTS_APP_ID"_s, u"TTS_DEFAULT_GRPC_ADDRESS"_s,
            u"TTS_SOURCE_ADDRESS"_s }));
}

QTEST_MAIN(TstTtsSourceCli)
#include "tst_ttssourcecli.moc"
