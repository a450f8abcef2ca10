// The tts source (sources.md "The tts source", #17 items 4 and 8): TtsSourceReader against a
// tts-emulator holding the demo source application, over real HTTP on 127.0.0.1, and
// TtsSourceConverter's export imported into a second tts-emulator with the import job.
#include "tts/ttsclient.h"
#include "ttssource/ttssourceconverter.h"
#include "ttssource/ttssourcemasks.h"
#include "ttssource/ttssourcereader.h"
#include "ttstestsupport.h"

#include <QHash>

using namespace ttstest;
using namespace Qt::StringLiterals;

namespace {

const QString kSourceApp = TtsEmulator::demoSourceApplicationId();
const QString kSourceKey = TtsEmulator::demoSourceApiKey();
const QString kNoReadKeys = u"NNSXS.SOURCENOREADKEYS01.NoReadKeysSecretNeverSeen0123456789ab"_s;
const QString kNoSettings = u"NNSXS.SOURCENOSETTINGS01.NoSettingsSecretNeverSeen0123456789ab"_s;
constexpr int kDemoDevices = 56;
constexpr int kAbpDevices = 5;
const QString kExternal = u"claimed-tracker-056"_s;

struct ReadRun
{
    QList<TtsSourceRead> reads;
    TtsSourceSummary summary;
    bool finished = false;

    const TtsSourceRead *read(const QString &id) const
    {
        for (const TtsSourceRead &r : reads) {
            if (r.deviceId == id)
                return &r;
        }
        return nullptr;
    }
};

struct Converted
{
    QList<DeviceOutcome> outcomes;
    QHash<QString, DeviceOutcome> byId;
    int count(OutcomeStatus status) const
    {
        int n = 0;
        for (const DeviceOutcome &o : outcomes)
            n += o.status == status ? 1 : 0;
        return n;
    }
    QList<QJsonObject> exported() const
    {
        QList<QJsonObject> devices;
        for (const DeviceOutcome &o : outcomes) {
            if (o.status == OutcomeStatus::Exported)
                devices << QJsonDocument::fromJson(o.json).object();
        }
        return devices;
    }
};

TtsConnection sourceConnection(const TtsEmulator &emulator, const QString &key = kSourceKey)
{
    TtsConnection c = connection(emulator, key);
    c.applicationId = kSourceApp;
    return c;
}

ReadRun readAll(const TtsConnection &c, TtsSourceOptions options = {},
    const std::function<void(TtsSourceReader &, const TtsSourceRead &)> &onRead = {})
{
    ReadRun run;
    TtsSourceReader reader(c, options);
    QObject::connect(
        &reader, &TtsSourceReader::deviceRead, &reader, [&](const TtsSourceRead &read) {
            run.reads << read;
            if (onRead)
                onRead(reader, read);
        });
    QObject::connect(
        &reader, &TtsSourceReader::finished, &reader, [&](const TtsSourceSummary &summary) {
            QVERIFY(!run.finished); // exactly once
            run.summary = summary;
            run.finished = true;
        });
    reader.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(run.finished, 60000); }();
    return run;
}

Converted convertAll(const ReadRun &run, bool withSession)
{
    Converted converted;
    for (const TtsSourceRead &read : run.reads) {
        const DeviceOutcome outcome = TtsSourceConverter::convert(read, { withSession });
        converted.outcomes << outcome;
        converted.byId.insert(outcome.v2DeviceId, outcome);
    }
    return converted;
}

// Every device ends exported, skipped or failed, once, with a reason when not exported.
void verifyEveryDeviceEnded(const ReadRun &run, const Converted &converted, int total)
{
    QCOMPARE(run.summary.total, total);
    QCOMPARE(int(run.reads.size()), total);
    QCOMPARE(run.summary.read + run.summary.skipped + run.summary.failed, total);
    QCOMPARE(int(converted.byId.size()), total); // no device twice
    for (const DeviceOutcome &o : converted.outcomes) {
        if (o.status == OutcomeStatus::Exported)
            QVERIFY2(!o.json.isEmpty(), qPrintable(o.v2DeviceId));
        else
            QVERIFY2(!o.reason.isEmpty(), qPrintable(o.v2DeviceId));
    }
}

void setUpSource(TtsEmulator &source)
{
    QVERIFY(source.listen());
    source.loadDemoSource(source.baseUrl().host());
    source.addApiKey(kNoReadKeys, kSourceApp,
        { u"RIGHT_APPLICATION_DEVICES_READ"_s, u"RIGHT_APPLICATION_SETTINGS_BASIC"_s });
    source.addApiKey(kNoSettings, kSourceApp,
        { u"RIGHT_APPLICATION_DEVICES_READ"_s, u"RIGHT_APPLICATION_DEVICES_READ_KEYS"_s });
}

QList<TtsEmulatorRequest> requestsTo(const TtsEmulator &emulator, const QString &prefix)
{
    QList<TtsEmulatorRequest> matching;
    const QList<TtsEmulatorRequest> all = emulator.requests();
    for (const TtsEmulatorRequest &r : all) {
        if (r.path.startsWith(prefix))
            matching << r;
    }
    return matching;
}

} // namespace

class TestTtsSource : public QObject
{
    Q_OBJECT
private slots:
    void readsTheDemoApplicationWithoutSession();
    void readsWithSession();
    void asksWithTheFieldMasksOfTheSpec();
    void missingRightsStopBeforeAnyDevice();
    void unknownApplicationSaysSo();
    void withoutSettingsRightFormattersAreNotRead();
    void readsAListOfIds();
    void survivesFaults_data();
    void survivesFaults();
    void aDeviceThatKeepsFailingFailsWithItsReason();
    void stopKeepsWhatWasRead();
    void roundTripIntoASecondDeployment_data();
    void roundTripIntoASecondDeployment();
};

void TestTtsSource::readsTheDemoApplicationWithoutSession()
{
    TtsEmulator source;
    setUpSource(source);
    const ReadRun run = readAll(sourceConnection(source));
    QVERIFY2(run.summary.ok(), qPrintable(run.summary.fatal));
    QVERIFY(run.summary.formattersRead);
    const Converted converted = convertAll(run, false);
    verifyEveryDeviceEnded(run, converted, kDemoDevices);
    QCOMPARE(converted.count(OutcomeStatus::Exported), kDemoDevices - kAbpDevices - 1);
    QCOMPARE(converted.count(OutcomeStatus::Skipped), kAbpDevices + 1);
    QCOMPARE(converted.count(OutcomeStatus::Failed), 0);

    // The external Join Server device: skipped, saying why and what to do.
    const DeviceOutcome external = converted.byId.value(kExternal);
    QCOMPARE(external.status, OutcomeStatus::Skipped);
    QVERIFY2(external.reason.contains(u"external Join Server"_s), qPrintable(external.reason));
    QVERIFY(external.reason.contains(u"claim"_s));
    // No JS, NS or AS request for it: its IS record says enough.
    QVERIFY(
        requestsTo(source, u"/api/v3/js/applications/%1/devices/%2"_s.arg(kSourceApp, kExternal))
            .isEmpty());
    // ABP without session: not applicable, as for v2.
    QCOMPARE(converted.byId.value(u"abp-node-051"_s).status, OutcomeStatus::Skipped);
    QVERIFY(converted.byId.value(u"abp-node-051"_s).reason.contains(u"ABP"_s));

    // An OTAA 1.0.3 device that had joined: no session, no dev_addr, no addresses.
    const QJsonObject sensor
        = QJsonDocument::fromJson(converted.byId.value(u"soil-sensor-002"_s).json).object();
    for (const QString &gone : { u"session"_s, u"pending_session"_s, u"mac_state"_s,
             u"pending_mac_state"_s, u"network_server_address"_s, u"application_server_address"_s,
             u"join_server_address"_s, u"created_at"_s })
        QVERIFY2(!sensor.contains(gone), qPrintable(gone));
    QVERIFY(!sensor.value(u"ids"_s).toObject().contains(u"dev_addr"_s));
    QCOMPARE(sensor.value(u"lorawan_version"_s).toString(), u"MAC_V1_0_3"_s);
    QCOMPARE(sensor.value(u"lorawan_phy_version"_s).toString(), u"PHY_V1_0_3_REV_A"_s);
    QCOMPARE(sensor.value(u"attributes"_s).toObject().value(u"site"_s).toString(), u"south-farm"_s);
    QCOMPARE(sensor.value(u"locations"_s).toObject().value(u"user"_s).toObject().value(u"source"_s),
        u"SOURCE_REGISTRY"_s);
    QCOMPARE(sensor.value(u"root_keys"_s)
                 .toObject()
                 .value(u"app_key"_s)
                 .toObject()
                 .value(u"key"_s)
                 .toString()
                 .size(),
        32);
    QVERIFY(sensor.value(u"mac_settings"_s).toObject().value(u"supports_32_bit_f_cnt"_s).toBool());
    // Names, version IDs, formatters, class B/C, LoRaWAN 1.1 root keys are kept.
    const QJsonObject first
        = QJsonDocument::fromJson(converted.byId.value(u"soil-sensor-001"_s).json).object();
    QCOMPARE(first.value(u"name"_s).toString(), u"Demo device 1"_s);
    QCOMPARE(first.value(u"version_ids"_s).toObject().value(u"brand_id"_s).toString(),
        u"the-things-industries"_s);
    QCOMPARE(first.value(u"formatters"_s).toObject().value(u"up_formatter"_s).toString(),
        u"FORMATTER_JAVASCRIPT"_s);
    const QJsonObject tag
        = QJsonDocument::fromJson(converted.byId.value(u"beacon-tag-031"_s).json).object();
    QVERIFY(tag.value(u"supports_class_b"_s).toBool());
    const QJsonObject light
        = QJsonDocument::fromJson(converted.byId.value(u"streetlight-037"_s).json).object();
    QVERIFY(light.value(u"supports_class_c"_s).toBool());
    QCOMPARE(light.value(u"mac_settings"_s).toObject().value(u"class_c_timeout"_s).toString(),
        u"120s"_s);
    const QJsonObject meter
        = QJsonDocument::fromJson(converted.byId.value(u"meter-043"_s).json).object();
    QCOMPARE(meter.value(u"lorawan_version"_s).toString(), u"MAC_V1_1"_s);
    QVERIFY(meter.value(u"root_keys"_s).toObject().contains(u"nwk_key"_s));
    QVERIFY(converted.byId.value(u"meter-043"_s).warnings.isEmpty());
}

void TestTtsSource::readsWithSession()
{
    TtsEmulator source;
    setUpSource(source);
    TtsSourceOptions options;
    options.withSession = true;
    const ReadRun run = readAll(sourceConnection(source), options);
    QVERIFY(run.summary.ok());
    const Converted converted = convertAll(run, true);
    verifyEveryDeviceEnded(run, converted, kDemoDevices);
    QCOMPARE(converted.count(OutcomeStatus::Exported), kDemoDevices - 1);
    QCOMPARE(converted.count(OutcomeStatus::Skipped), 1); // the external Join Server device

    const DeviceOutcome abp = converted.byId.value(u"abp-node-051"_s);
    QVERIFY(abp.sessionExported);
    const QJsonObject abpJson = QJsonDocument::fromJson(abp.json).object();
    const QJsonObject session = abpJson.value(u"session"_s).toObject();
    QCOMPARE(session.value(u"dev_addr"_s).toString(), u"260B0033"_s);
    QCOMPARE(session.value(u"last_f_cnt_up"_s).toInt(), 151);
    QVERIFY(session.value(u"keys"_s).toObject().contains(u"app_s_key"_s)); // from the AS
    QVERIFY(session.value(u"keys"_s).toObject().contains(u"f_nwk_s_int_key"_s)); // from the NS
    QVERIFY(!session.value(u"keys"_s).toObject().contains(u"session_key_id"_s)); // ABP
    QVERIFY(!abpJson.contains(u"mac_state"_s));
    QVERIFY(!abpJson.contains(u"network_server_address"_s));
    // The warning says where the session keeps working.
    QCOMPARE(abp.warnings.size(), 1);
    QVERIFY2(abp.warnings.first().contains(u"260B0033"_s), qPrintable(abp.warnings.first()));
    QVERIFY(abp.warnings.first().contains(u"Packet Broker"_s));

    const QJsonObject meter
        = QJsonDocument::fromJson(converted.byId.value(u"meter-043"_s).json).object();
    const QJsonObject meterKeys = meter.value(u"session"_s).toObject().value(u"keys"_s).toObject();
    for (const QString &k : { u"f_nwk_s_int_key"_s, u"s_nwk_s_int_key"_s, u"nwk_s_enc_key"_s,
             u"app_s_key"_s, u"session_key_id"_s })
        QVERIFY2(meterKeys.contains(k), qPrintable(k));
    // An OTAA device that never joined: exported without session, and told so.
    const DeviceOutcome never = converted.byId.value(u"soil-sensor-006"_s);
    QCOMPARE(never.status, OutcomeStatus::Exported);
    QVERIFY(!never.sessionExported);
    QVERIFY(!QJsonDocument::fromJson(never.json).object().contains(u"session"_s));
    QCOMPARE(never.warnings.size(), 1);
}

void TestTtsSource::asksWithTheFieldMasksOfTheSpec()
{
    TtsEmulator source;
    setUpSource(source);
    TtsSourceOptions options;
    options.deviceIds = { u"soil-sensor-001"_s };
    const ReadRun run = readAll(sourceConnection(source), options);
    QCOMPARE(run.summary.read, 1);
    const QString device
        = u"/applications/%1/devices/soil-sensor-001?field_mask="_s.arg(kSourceApp);
    const auto only = [&](const QString &prefix) {
        const QList<TtsEmulatorRequest> r = requestsTo(source, u"/api/v3"_s + prefix + device);
        return r.size() == 1 ? QUrl::fromPercentEncoding(r.first().path.toUtf8()) : QString();
    };
    QVERIFY(only(QString()).endsWith(TtsSourceMasks::identity()));
    QVERIFY(only(u"/js"_s).endsWith(u"=root_keys,resets_join_nonces,net_id"_s));
    QVERIFY(only(u"/ns"_s).endsWith(u"=lorawan_version,lorawan_phy_version,frequency_plan_id,"
                                    u"supports_join,supports_class_b,supports_class_c,"
                                    u"mac_settings,multicast"_s));
    QVERIFY(only(u"/as"_s).endsWith(u"=formatters,skip_payload_crypto_override"_s));
    QCOMPARE(
        TtsSourceMasks::network(true).section(u',', -3), u"session,pending_session,mac_state"_s);
    QCOMPARE(TtsSourceMasks::application(true, true),
        u"formatters,skip_payload_crypto_override,session"_s);
    // The listing: limit 1000, pages from 1.
    source.clearRequests();
    readAll(sourceConnection(source));
    const QList<TtsEmulatorRequest> list
        = requestsTo(source, u"/api/v3/applications/%1/devices?"_s.arg(kSourceApp));
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().path.contains(u"limit=1000&page=1"_s));
}

void TestTtsSource::missingRightsStopBeforeAnyDevice()
{
    TtsEmulator source;
    setUpSource(source);
    const ReadRun run = readAll(sourceConnection(source, kNoReadKeys));
    QVERIFY(!run.summary.ok());
    QVERIFY2(run.summary.fatal.contains(u"RIGHT_APPLICATION_DEVICES_READ_KEYS"_s),
        qPrintable(run.summary.fatal));
    // No face reads a TTS source yet: the core's sentence names no setting (a face adds it).
    QVERIFY(!run.summary.fatal.contains(u"TTS_API_KEY"_s));
    QVERIFY(!run.summary.fatal.contains(u"--tts."_s));
    QVERIFY(run.reads.isEmpty());
    QCOMPARE(source.requestCount(), 1); // the rights, nothing else
}

void TestTtsSource::unknownApplicationSaysSo()
{
    TtsEmulator source;
    setUpSource(source);
    TtsConnection c = sourceConnection(source);
    c.applicationId = u"no-such-app"_s;
    const ReadRun run = readAll(c);
    QVERIFY(!run.summary.ok());
    QVERIFY2(run.summary.fatal.contains(u"no-such-app"_s), qPrintable(run.summary.fatal));
    QVERIFY(!run.summary.fatal.contains(u"--tts."_s));
    QVERIFY(run.reads.isEmpty());
}

void TestTtsSource::withoutSettingsRightFormattersAreNotRead()
{
    TtsEmulator source;
    setUpSource(source);
    TtsSourceOptions options;
    options.deviceIds = { u"soil-sensor-001"_s };
    const ReadRun run = readAll(sourceConnection(source, kNoSettings), options);
    QVERIFY(run.summary.ok());
    QVERIFY(!run.summary.formattersRead);
    const QList<TtsEmulatorRequest> as = requestsTo(source, u"/api/v3/as/"_s);
    QCOMPARE(as.size(), 1);
    QVERIFY(!as.first().path.contains(u"formatters"_s));
    const Converted converted = convertAll(run, false);
    const DeviceOutcome o = converted.byId.value(u"soil-sensor-001"_s);
    QCOMPARE(o.status, OutcomeStatus::Exported);
    QVERIFY(o.warnings.join(u' ').contains(u"RIGHT_APPLICATION_SETTINGS_BASIC"_s));
}

void TestTtsSource::readsAListOfIds()
{
    TtsEmulator source;
    setUpSource(source);
    TtsSourceOptions options;
    options.deviceIds = { u"meter-043"_s, u"no-such-device"_s, kExternal };
    const ReadRun run = readAll(sourceConnection(source), options);
    QVERIFY(run.summary.ok());
    const Converted converted = convertAll(run, false);
    verifyEveryDeviceEnded(run, converted, 3);
    QCOMPARE(converted.byId.value(u"meter-043"_s).status, OutcomeStatus::Exported);
    QCOMPARE(converted.byId.value(u"no-such-device"_s).status, OutcomeStatus::Failed);
    QVERIFY(converted.byId.value(u"no-such-device"_s).reason.contains(u"no-such-device"_s));
    QCOMPARE(converted.byId.value(kExternal).status, OutcomeStatus::Skipped);
    // No listing: one IS get per ID.
    QVERIFY(requestsTo(source, u"/api/v3/applications/%1/devices?"_s.arg(kSourceApp)).isEmpty());
}

void TestTtsSource::survivesFaults_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("503 on JS and NS gets") << 503;
    QTest::newRow("429 on NS gets") << 429;
    QTest::newRow("connections cut mid-answer") << 0;
}

void TestTtsSource::survivesFaults()
{
    QFETCH(int, fault);
    TtsEmulator source;
    setUpSource(source);
    source.setLatency(5);
    if (fault == 503) {
        // At most 3 failures per kind: fewer than the 5 attempts a request has.
        source.failMatching("GET", u"/ns/applications/"_s, 3, 503);
        source.failMatching("GET", u"/js/applications/"_s, 3, 503);
        source.failMatching("GET", u"/applications/%1/devices?"_s.arg(kSourceApp), 1, 503);
    } else if (fault == 429) {
        source.failMatching(
            "GET", u"/ns/applications/"_s, 4, 429, u"pkg/ratelimit"_s, u"rate_limit_exceeded"_s);
    } else {
        source.setResetFirstAnswers(true);
    }
    TtsSourceOptions options;
    options.withSession = true;
    int rateLimited = 0;
    ReadRun run;
    {
        TtsSourceReader reader(sourceConnection(source), options);
        QObject::connect(&reader, &TtsSourceReader::deviceRead, &reader,
            [&](const TtsSourceRead &read) { run.reads << read; });
        QObject::connect(
            &reader, &TtsSourceReader::finished, &reader, [&](const TtsSourceSummary &summary) {
                run.summary = summary;
                run.finished = true;
            });
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.finished, 60000);
        rateLimited = reader.client()->rateLimitedCount();
    }
    QVERIFY2(run.summary.ok(), qPrintable(run.summary.fatal));
    const Converted converted = convertAll(run, true);
    verifyEveryDeviceEnded(run, converted, kDemoDevices);
    QCOMPARE(converted.count(OutcomeStatus::Exported), kDemoDevices - 1);
    QCOMPARE(converted.count(OutcomeStatus::Failed), 0);
    if (fault == 429)
        QVERIFY(rateLimited >= 1);
}

void TestTtsSource::aDeviceThatKeepsFailingFailsWithItsReason()
{
    TtsEmulator source;
    setUpSource(source);
    source.failMatching(
        "GET", u"/as/applications/%1/devices/meter-044"_s.arg(kSourceApp), 100, 503);
    const ReadRun run = readAll(sourceConnection(source));
    const Converted converted = convertAll(run, false);
    verifyEveryDeviceEnded(run, converted, kDemoDevices);
    const DeviceOutcome failed = converted.byId.value(u"meter-044"_s);
    QCOMPARE(failed.status, OutcomeStatus::Failed);
    QVERIFY(!failed.reason.isEmpty());
    QVERIFY(failed.json.isEmpty());
    QCOMPARE(converted.count(OutcomeStatus::Failed), 1);
    QCOMPARE(converted.count(OutcomeStatus::Exported), kDemoDevices - kAbpDevices - 2);
}

void TestTtsSource::stopKeepsWhatWasRead()
{
    TtsEmulator source;
    setUpSource(source);
    source.setLatency(20);
    TtsSourceOptions options;
    options.concurrency = 2;
    const ReadRun run = readAll(
        sourceConnection(source), options, [](TtsSourceReader &reader, const TtsSourceRead &read) {
            if (read.ok())
                reader.stop();
        });
    QVERIFY(run.summary.stopped);
    QCOMPARE(run.summary.total, kDemoDevices);
    QCOMPARE(int(run.reads.size()), kDemoDevices); // every device ends, once
    QVERIFY(run.summary.read >= 1);
    QVERIFY(run.summary.read < kDemoDevices);
    for (const TtsSourceRead &read : run.reads) {
        if (!read.ok()) {
            QCOMPARE(read.state, TtsSourceReadState::Skipped);
            QVERIFY(!read.reason.isEmpty());
        }
    }
}

void TestTtsSource::roundTripIntoASecondDeployment_data()
{
    QTest::addColumn<bool>("withSession");
    QTest::newRow("without session") << false;
    QTest::newRow("with session") << true;
}

void TestTtsSource::roundTripIntoASecondDeployment()
{
    QFETCH(bool, withSession);
    TtsEmulator source;
    setUpSource(source);
    TtsSourceOptions options;
    options.withSession = withSession;
    const ReadRun run = readAll(sourceConnection(source), options);
    const Converted converted = convertAll(run, withSession);
    const QList<QJsonObject> exported = converted.exported();
    QCOMPARE(int(exported.size()), withSession ? kDemoDevices - 1 : kDemoDevices - kAbpDevices - 1);
    // What is written never names the source's servers.
    const QByteArray lines = ndjson(exported);
    QVERIFY(!lines.contains("server_address"));
    QVERIFY(!lines.contains(source.baseUrl().host().toUtf8() + ':'));

    TtsEmulator target;
    setUpEmulator(target);
    const ImportRun imported = runImport(connection(target), fileDevices(exported));
    QVERIFY2(imported.summary.fatal.isEmpty(), qPrintable(imported.summary.fatal));
    QCOMPARE(imported.summary.imported, int(exported.size()));
    QCOMPARE(imported.summary.failed, 0);
    for (const QJsonObject &device : exported) {
        const QString id = device.value(u"ids"_s).toObject().value(u"device_id"_s).toString();
        const bool otaa = device.value(u"supports_join"_s).toBool();
        QVERIFY2(!target.device(TtsServer::Identity, kApp, id).isEmpty(), qPrintable(id));
        QVERIFY2(!target.device(TtsServer::Network, kApp, id).isEmpty(), qPrintable(id));
        QVERIFY2(!target.device(TtsServer::Application, kApp, id).isEmpty(), qPrintable(id));
        QCOMPARE(target.device(TtsServer::Join, kApp, id).isEmpty(), !otaa);
    }
    // Kept at the target: class B/C, LoRaWAN 1.1 root keys, formatters, sessions.
    const QJsonObject tag = target.device(TtsServer::Network, kApp, u"beacon-tag-031"_s);
    QVERIFY(tag.value(u"supports_class_b"_s).toBool());
    QCOMPARE(tag.value(u"mac_settings"_s).toObject().value(u"ping_slot_periodicity"_s).toObject(),
        QJsonObject({ { u"value"_s, u"PING_EVERY_8S"_s } }));
    const QJsonObject light = target.device(TtsServer::Network, kApp, u"streetlight-037"_s);
    QVERIFY(light.value(u"supports_class_c"_s).toBool());
    QCOMPARE(light.value(u"mac_settings"_s).toObject().value(u"class_c_timeout"_s).toString(),
        u"120s"_s);
    const QJsonObject meterJs = target.device(TtsServer::Join, kApp, u"meter-043"_s);
    QVERIFY(meterJs.value(u"root_keys"_s).toObject().contains(u"nwk_key"_s));
    const QJsonObject formatted = target.device(TtsServer::Application, kApp, u"soil-sensor-001"_s);
    QCOMPARE(formatted.value(u"formatters"_s).toObject().value(u"up_formatter"_s).toString(),
        u"FORMATTER_JAVASCRIPT"_s);
    const QJsonObject meterNs = target.device(TtsServer::Network, kApp, u"meter-043"_s);
    QCOMPARE(meterNs.contains(u"session"_s), withSession);
    QCOMPARE(target.device(TtsServer::Identity, kApp, u"soil-sensor-010"_s)
                 .value(u"serial_number"_s)
                 .toString(),
        u"SN-100010"_s);
    // The target's own address, not the source's.
    const QJsonObject is = target.device(TtsServer::Identity, kApp, u"meter-043"_s);
    QCOMPARE(is.value(u"join_server_address"_s).toString(), connection(target).serverAddress());
}

QTEST_GUILESS_MAIN(TestTtsSource)
#include "tst_ttssource.moc"
