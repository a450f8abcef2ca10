// TtsSourceConverter and the reader's pure parts (sources.md "The tts source"): what a device
// read from another The Things Stack becomes in devices.json, and which of TTS's import rules
// stop it, without a server.
#include "ttssource/ttssourceconverter.h"
#include "ttssource/ttssourcereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// An OTAA 1.0.3 device as the four registries answer with a session (keys included).
TtsSourceRead otaaRead()
{
    TtsSourceRead read;
    read.deviceId = u"sensor-1"_s;
    read.devEui = u"70B3D57ED0050001"_s;
    read.joinEui = u"70B3D57ED0001000"_s;
    read.state = TtsSourceReadState::Read;
    read.formattersRead = true;
    const char *ids
        = R"("ids":{"device_id":"sensor-1","application_ids":{"application_id":"src-app"},"dev_eui":"70b3d57ed0050001","join_eui":"70B3D57ED0001000","dev_addr":"260B0001"})";
    read.record.identity = parse((QByteArray("{") + ids
        + R"(,"name":"Sensor 1","attributes":{"site":"north"},"network_server_address":"eu1.example.com","application_server_address":"eu1.example.com","join_server_address":"eu1.example.com","created_at":"2024-01-01T00:00:00Z"})")
                                     .constData());
    read.record.join = parse((QByteArray("{") + ids
        + R"(,"root_keys":{"app_key":{"key":"0123456789abcdef0123456789abcdef"},"root_key_id":"x"},"net_id":"000013"})")
                                 .constData());
    read.record.network = parse((QByteArray("{") + ids
        + R"(,"lorawan_version":"MAC_V1_0_3","lorawan_phy_version":"PHY_V1_0_3_REV_A","frequency_plan_id":"EU_863_870_TTN","supports_join":true,"mac_settings":{"status_count_periodicity":0,"adr_margin":15},)"
          R"("session":{"dev_addr":"260B0001","keys":{"f_nwk_s_int_key":{"key":"00112233445566778899AABBCCDDEEFF"},"session_key_id":"AQIDBAUGBwgJCgsMDQ4PEA=="},"last_f_cnt_up":12,"last_n_f_cnt_down":3,"started_at":"2024-06-01T08:00:00.5Z"},)"
          R"("pending_session":{"dev_addr":"260B0002"},"mac_state":{"device_class":"CLASS_A"}})")
                                    .constData());
    read.record.application = parse((QByteArray("{") + ids
        + R"(,"formatters":{"up_formatter":"FORMATTER_CAYENNELPP"},"session":{"dev_addr":"260B0001","keys":{"app_s_key":{"key":"FFEEDDCCBBAA99887766554433221100"},"session_key_id":"AQIDBAUGBwgJCgsMDQ4PEA=="}}})")
                                        .constData());
    return read;
}

QJsonObject json(const DeviceOutcome &outcome)
{
    return QJsonDocument::fromJson(outcome.json).object();
}

} // namespace

class TestTtsSourceConverter : public QObject
{
    Q_OBJECT
private slots:
    void withoutSessionDropsSessionAndAddresses();
    void withSessionMergesNsAndAsHalves();
    void abpWithoutSessionIsNotApplicable();
    void importRulesApply_data();
    void importRulesApply();
    void classBNeedsAPingSlotPeriodicity();
    void encryptedKeysCannotBeExported();
    void writesPureAscii();
    void readsThatFailedKeepTheirReason();
    void externalJoinServer_data();
    void externalJoinServer();
};

void TestTtsSourceConverter::withoutSessionDropsSessionAndAddresses()
{
    const DeviceOutcome o = TtsSourceConverter::convert(otaaRead(), {});
    QCOMPARE(o.status, OutcomeStatus::Exported);
    QCOMPARE(o.activation, Activation::Otaa);
    QVERIFY(!o.sessionExported);
    QVERIFY(o.warnings.isEmpty());
    const QJsonObject d = json(o);
    for (const QString &gone :
        { u"session"_s, u"pending_session"_s, u"mac_state"_s, u"network_server_address"_s,
            u"application_server_address"_s, u"join_server_address"_s, u"created_at"_s })
        QVERIFY2(!d.contains(gone), qPrintable(gone));
    const QJsonObject ids = d.value(u"ids"_s).toObject();
    QVERIFY(!ids.contains(u"dev_addr"_s));
    QCOMPARE(ids.value(u"dev_eui"_s).toString(), u"70B3D57ED0050001"_s); // upper case
    QCOMPARE(d.value(u"root_keys"_s).toObject(),
        parse(R"({"app_key":{"key":"0123456789ABCDEF0123456789ABCDEF"}})"));
    QCOMPARE(d.value(u"net_id"_s).toString(), u"000013"_s);
    QCOMPARE(d.value(u"mac_settings"_s).toObject().value(u"adr_margin"_s).toInt(), 15);
    // An explicit zero is a value and stays.
    QVERIFY(d.value(u"mac_settings"_s).toObject().contains(u"status_count_periodicity"_s));
    QCOMPARE(d.value(u"formatters"_s).toObject().value(u"up_formatter"_s).toString(),
        u"FORMATTER_CAYENNELPP"_s);
    QVERIFY(o.json.contains("\"adr_margin\":15")); // integers stay integers
}

void TestTtsSourceConverter::withSessionMergesNsAndAsHalves()
{
    const DeviceOutcome o = TtsSourceConverter::convert(otaaRead(), { true });
    QCOMPARE(o.status, OutcomeStatus::Exported);
    QVERIFY(o.sessionExported);
    QCOMPARE(o.warnings.size(), 1);
    QVERIFY(o.warnings.first().contains(u"260B0001"_s));
    const QJsonObject d = json(o);
    QCOMPARE(d.value(u"session"_s).toObject(),
        parse(
            R"({"dev_addr":"260B0001","keys":{"f_nwk_s_int_key":{"key":"00112233445566778899AABBCCDDEEFF"},)"
            R"("app_s_key":{"key":"FFEEDDCCBBAA99887766554433221100"},"session_key_id":"AQIDBAUGBwgJCgsMDQ4PEA=="},)"
            R"("last_f_cnt_up":12,"last_n_f_cnt_down":3,"started_at":"2024-06-01T08:00:00.5Z"})"));
    QVERIFY(!d.contains(u"pending_session"_s));
    QVERIFY(!d.contains(u"mac_state"_s));

    // A session without a start time gets the export's, ending in Z as TTS needs.
    TtsSourceRead read = otaaRead();
    QJsonObject ns = read.record.network;
    QJsonObject session = ns.value(u"session"_s).toObject();
    session.remove(u"started_at"_s);
    ns.insert(u"session"_s, session);
    read.record.network = ns;
    const DeviceOutcome noStart = TtsSourceConverter::convert(read, { true });
    QCOMPARE(noStart.status, OutcomeStatus::Exported);
    QVERIFY(json(noStart)
                .value(u"session"_s)
                .toObject()
                .value(u"started_at"_s)
                .toString()
                .endsWith(u'Z'));
}

void TestTtsSourceConverter::abpWithoutSessionIsNotApplicable()
{
    TtsSourceRead read = otaaRead();
    read.record.network.insert(u"supports_join"_s, false);
    read.record.join = {};
    const DeviceOutcome skipped = TtsSourceConverter::convert(read, {});
    QCOMPARE(skipped.status, OutcomeStatus::Skipped);
    QCOMPARE(skipped.activation, Activation::Abp);
    QVERIFY(skipped.reason.contains(u"ABP"_s));
    QVERIFY(skipped.json.isEmpty());
    // With session: exported, without a session key ID (the NS refuses one on ABP).
    QJsonObject ns = read.record.network;
    QJsonObject session = ns.value(u"session"_s).toObject();
    QJsonObject keys = session.value(u"keys"_s).toObject();
    keys.remove(u"session_key_id"_s);
    session.insert(u"keys"_s, keys);
    ns.insert(u"session"_s, session);
    read.record.network = ns;
    QJsonObject as = read.record.application;
    QJsonObject asSession = as.value(u"session"_s).toObject();
    QJsonObject asKeys = asSession.value(u"keys"_s).toObject();
    asKeys.remove(u"session_key_id"_s);
    asSession.insert(u"keys"_s, asKeys);
    as.insert(u"session"_s, asSession);
    read.record.application = as;
    const DeviceOutcome exported = TtsSourceConverter::convert(read, { true });
    QCOMPARE(exported.status, OutcomeStatus::Exported);
    QVERIFY(!json(exported).contains(u"root_keys"_s));
}

void TestTtsSourceConverter::importRulesApply_data()
{
    QTest::addColumn<QString>("path"); // IS or NS field to change
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("rule");
    QTest::newRow("reserved ID") << u"ids.device_id"_s << QJsonValue(u"test"_s)
                                 << int(TtsRule::DeviceIdReserved);
    QTest::newRow("long name") << u"name"_s << QJsonValue(QString(51, u'x'))
                               << int(TtsRule::NameLength);
    QJsonObject eleven;
    for (int i = 0; i < 11; ++i)
        eleven.insert(u"key-%1"_s.arg(i), u"v"_s);
    QTest::newRow("11 attributes")
        << u"attributes"_s << QJsonValue(eleven) << int(TtsRule::AttributeCount);
    QTest::newRow("unknown plan") << u"frequency_plan_id"_s << QJsonValue(u"NO_SUCH_PLAN"_s)
                                  << int(TtsRule::FrequencyPlanUnknown);
    QTest::newRow("zero AppKey")
        << u"root_keys"_s
        << QJsonValue(parse(R"({"app_key":{"key":"00000000000000000000000000000000"}})"))
        << int(TtsRule::AppKey);
}

void TestTtsSourceConverter::importRulesApply()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(int, rule);
    TtsSourceRead read = otaaRead();
    if (path == u"ids.device_id"_s) {
        QJsonObject ids = read.record.identity.value(u"ids"_s).toObject();
        ids.insert(u"device_id"_s, value);
        read.record.identity.insert(u"ids"_s, ids);
    } else if (path == u"frequency_plan_id"_s) {
        read.record.network.insert(path, value);
    } else if (path == u"root_keys"_s) {
        read.record.join.insert(path, value);
    } else {
        read.record.identity.insert(path, value);
    }
    const DeviceOutcome o = TtsSourceConverter::convert(read, {});
    QCOMPARE(o.status, OutcomeStatus::Failed);
    QCOMPARE(int(o.rule), rule);
    QVERIFY(!o.reason.isEmpty());
    QVERIFY(o.json.isEmpty());
}

void TestTtsSourceConverter::classBNeedsAPingSlotPeriodicity()
{
    TtsSourceRead read = otaaRead();
    read.record.network.insert(u"supports_class_b"_s, true);
    DeviceOutcome o = TtsSourceConverter::convert(read, {});
    QCOMPARE(o.status, OutcomeStatus::Failed);
    QVERIFY(o.reason.contains(u"ping slot"_s));
    QJsonObject mac = read.record.network.value(u"mac_settings"_s).toObject();
    mac.insert(u"ping_slot_periodicity"_s, parse(R"({"value":"PING_EVERY_16S"})"));
    read.record.network.insert(u"mac_settings"_s, mac);
    o = TtsSourceConverter::convert(read, {});
    QCOMPARE(o.status, OutcomeStatus::Exported);
    QVERIFY(json(o).value(u"supports_class_b"_s).toBool());
}

void TestTtsSourceConverter::encryptedKeysCannotBeExported()
{
    TtsSourceRead read = otaaRead();
    read.record.join.insert(u"root_keys"_s,
        parse(
            R"({"app_key":{"encrypted_key":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYX","kek_label":"js"}})"));
    const DeviceOutcome o = TtsSourceConverter::convert(read, {});
    QCOMPARE(o.status, OutcomeStatus::Failed);
    QCOMPARE(o.rule, TtsRule::AppKey);
    QVERIFY(o.reason.contains(u"KEK"_s));
}

void TestTtsSourceConverter::writesPureAscii()
{
    TtsSourceRead read = otaaRead();
    read.record.identity.insert(u"name"_s, u"Küche 🌡"_s);
    const DeviceOutcome o = TtsSourceConverter::convert(read, {});
    QCOMPARE(o.status, OutcomeStatus::Exported);
    for (const char c : o.json)
        QVERIFY(uchar(c) < 0x80);
    QVERIFY(o.json.contains("\\u00fc") || o.json.contains("\\u00FC"));
    QCOMPARE(json(o).value(u"name"_s).toString(), u"Küche 🌡"_s);
}

void TestTtsSourceConverter::readsThatFailedKeepTheirReason()
{
    TtsSourceRead read;
    read.deviceId = u"gone"_s;
    read.state = TtsSourceReadState::Failed;
    read.reason = u"the server said no"_s;
    DeviceOutcome o = TtsSourceConverter::convert(read, {});
    QCOMPARE(o.status, OutcomeStatus::Failed);
    QCOMPARE(o.reason, read.reason);
    read.state = TtsSourceReadState::Skipped;
    o = TtsSourceConverter::convert(read, {});
    QCOMPARE(o.status, OutcomeStatus::Skipped);
    QCOMPARE(o.v2DeviceId, u"gone"_s);
}

void TestTtsSourceConverter::externalJoinServer_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("external");
    QTest::newRow("none") << QString() << false;
    QTest::newRow("same host") << u"eu1.cloud.thethings.network"_s << false;
    QTest::newRow("same host, other port") << u"EU1.cloud.thethings.network:8886"_s << false;
    QTest::newRow("the IS host") << u"eu1.is.example.com"_s << false;
    QTest::newRow("LoRa Cloud") << u"join.loracloud.com"_s << true;
}

void TestTtsSourceConverter::externalJoinServer()
{
    QFETCH(QString, address);
    QFETCH(bool, external);
    TtsConnection c;
    c.identityServerUrl = QUrl(u"https://eu1.is.example.com"_s);
    c.clusterUrl = QUrl(u"https://eu1.cloud.thethings.network"_s);
    QCOMPARE(TtsSourceReader::isExternalJoinServer(address, c), external);
}

QTEST_GUILESS_MAIN(TestTtsSourceConverter)
#include "tst_ttssourceconverter.moc"
