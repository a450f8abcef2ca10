// The ChirpStack → TTS mapping, one test per row of chirpstack-source.md §c, and the official
// tool's ten bugs as regression tests (bug N in the test's name).
#include "chirpstack/chirpstackconverter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
namespace C = ChirpStackConverter;

namespace {

const QString kNwkKey = u"00112233445566778899aabbccddeeff"_s;
const QString kAppKey11 = u"ffeeddccbbaa99887766554433221100"_s;
const QString kZeroKey = u"00000000000000000000000000000000"_s;

ChirpStackRecord otaa10()
{
    ChirpStackRecord r;
    r.device.devEui = u"70b3d57ed0000001"_s;
    r.device.joinEui = u"70b3d57ed00000aa"_s;
    r.device.name = u"sensor 1"_s;
    r.device.applicationId = u"c1d2e3f4-0000-0000-0000-000000000001"_s;
    r.profile.region = ChirpStack::EU868;
    r.profile.macVersion = ChirpStack::Mac103;
    r.profile.regParamsRevision = ChirpStack::RevA;
    r.profile.supportsOtaa = true;
    r.keys.present = true;
    r.keys.nwkKey = kNwkKey;
    r.keys.appKey = kZeroKey;
    return r;
}

ChirpStackRecord abp10()
{
    ChirpStackRecord r = otaa10();
    r.profile.supportsOtaa = false;
    r.keys = {};
    r.activation.present = true;
    r.activation.devAddr = u"260b1234"_s;
    r.activation.appSKey = u"0102030405060708090a0b0c0d0e0f10"_s;
    r.activation.fNwkSIntKey = u"1112131415161718191a1b1c1d1e1f20"_s;
    r.activation.sNwkSIntKey = r.activation.fNwkSIntKey;
    r.activation.nwkSEncKey = r.activation.fNwkSIntKey;
    r.activation.fCntUp = 11;
    r.activation.nFCntDown = 5;
    return r;
}

C::Options options()
{
    C::Options o;
    o.applicationId = u"my-app"_s;
    o.exportTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    o.sessionKeyIdSource = [] { return QByteArray(16, '\x01'); };
    return o;
}

QJsonObject json(const DeviceOutcome &outcome)
{
    return QJsonDocument::fromJson(outcome.json).object();
}

QJsonObject mac(const DeviceOutcome &outcome)
{
    return json(outcome).value(u"mac_settings"_s).toObject();
}

} // namespace

class TestChirpStackConverter : public QObject
{
    Q_OBJECT

private slots:
    void otaa10ExportedWithAppKeyFromNwkKey() // row root_keys; bug 9's happy side
    {
        const DeviceOutcome out = C::convert(otaa10(), options());
        QCOMPARE(out.status, OutcomeStatus::Exported);
        const QJsonObject keys = json(out).value(u"root_keys"_s).toObject();
        QCOMPARE(keys.value(u"app_key"_s).toObject().value(u"key"_s).toString(), kNwkKey.toUpper());
        QVERIFY(!keys.contains(u"nwk_key"_s));
        QCOMPARE(json(out).value(u"supports_join"_s).toBool(), true);
    }
    void otaa11KeepsBothRootKeys()
    {
        ChirpStackRecord r = otaa10();
        r.profile.macVersion = ChirpStack::Mac110;
        r.keys.appKey = kAppKey11;
        const DeviceOutcome out = C::convert(r, options());
        QCOMPARE(out.status, OutcomeStatus::Exported);
        const QJsonObject keys = json(out).value(u"root_keys"_s).toObject();
        QCOMPARE(
            keys.value(u"app_key"_s).toObject().value(u"key"_s).toString(), kAppKey11.toUpper());
        QCOMPARE(keys.value(u"nwk_key"_s).toObject().value(u"key"_s).toString(), kNwkKey.toUpper());
        QCOMPARE(json(out).value(u"lorawan_version"_s).toString(), u"MAC_V1_1"_s);
    }
    void genAppKeyWarns()
    {
        ChirpStackRecord r = otaa10();
        r.keys.genAppKey = kAppKey11;
        const DeviceOutcome out = C::convert(r, options());
        QCOMPARE(out.status, OutcomeStatus::Exported);
        QVERIFY(out.warnings.join(u'\n').contains(u"GenAppKey"_s));
        QVERIFY(!out.json.contains(kAppKey11.toUpper().toLatin1()));
    }
    void bug9_otaaWithoutKeysIsSkippedWithReason()
    {
        ChirpStackRecord r = otaa10();
        r.keys = {}; // GetKeys: NOT_FOUND
        DeviceOutcome out = C::convert(r, options());
        QCOMPARE(out.status, OutcomeStatus::Skipped);
        QVERIFY(out.reason.contains(u"without keys"_s));
        r = otaa10();
        r.keys.nwkKey = kZeroKey;
        out = C::convert(r, options());
        QCOMPARE(out.status, OutcomeStatus::Skipped);
    }
    void bug1_joinEuiFromDeviceFlagOnlyAsFallback()
    {
        C::Options o = options();
        o.joinEui = u"0000000000000042"_s;
        DeviceOutcome out = C::convert(otaa10(), o);
        QCOMPARE(json(out).value(u"ids"_s).toObject().value(u"join_eui"_s).toString(),
            u"70B3D57ED00000AA"_s);
        ChirpStackRecord r = otaa10();
        r.device.joinEui = u"0000000000000000"_s;
        out = C::convert(r, o);
        QCOMPARE(out.joinEui, u"0000000000000042"_s);
        out = C::convert(r, options());
        QCOMPARE(out.joinEui, u"0000000000000000"_s);
        QCOMPARE(out.status, OutcomeStatus::Exported);
    }
    void deviceIdFromEuiOrName()
    {
        DeviceOutcome out = C::convert(otaa10(), options());
        QCOMPARE(out.v3DeviceId, u"eui-70b3d57ed0000001"_s);
        QCOMPARE(json(out).value(u"ids"_s).toObject().value(u"device_id"_s).toString(),
            u"eui-70b3d57ed0000001"_s);
        C::Options o = options();
        o.deviceIdFromName = true;
        ChirpStackRecord r = otaa10();
        r.device.name = u"Kitchen  Sensor_#2 "_s;
        QCOMPARE(C::convert(r, o).v3DeviceId, u"kitchen-sensor-2"_s);
        r.device.name = u"!!"_s; // nothing usable: the EUI form
        QCOMPARE(C::convert(r, o).v3DeviceId, u"eui-70b3d57ed0000001"_s);
        r.device.name = u"test"_s; // reserved in TTS: fails with the rule
        QCOMPARE(C::convert(r, o).status, OutcomeStatus::Failed);
    }
    void nameShortenedDescriptionKept()
    {
        ChirpStackRecord r = otaa10();
        r.device.name = QString(80, u'n');
        r.device.description = u"in the kitchen"_s;
        const DeviceOutcome out = C::convert(r, options());
        QCOMPARE(out.status, OutcomeStatus::Exported);
        QCOMPARE(json(out).value(u"name"_s).toString().size(), 50);
        QCOMPARE(json(out).value(u"description"_s).toString(), u"in the kitchen"_s);
        QCOMPARE(out.warnings.size(), 1);
    }
    void bug10_tagsUnderTtsRulesVariablesNever()
    {
        ChirpStackRecord r = otaa10();
        r.device.tags = { { u"Floor_Level"_s, u"2"_s }, { u"room"_s, u"kitchen"_s } };
        r.device.variables = { { u"api_token"_s, u"s3cret"_s } };
        DeviceOutcome out = C::convert(r, options());
        QCOMPARE(out.status, OutcomeStatus::Exported);
        const QJsonObject attributes = json(out).value(u"attributes"_s).toObject();
        QCOMPARE(attributes.value(u"floor-level"_s).toString(), u"2"_s);
        QCOMPARE(attributes.value(u"room"_s).toString(), u"kitchen"_s);
        QVERIFY(!out.json.contains("s3cret"));
        QVERIFY(out.warnings.join(u'\n').contains(u"variable"_s));
        // A tag TTS refuses fails the device, or is dropped with the repair.
        r.device.tags.insert(u"x"_s, u"1"_s);
        out = C::convert(r, options());
        QCOMPARE(out.status, OutcomeStatus::Failed);
        C::Options o = options();
        o.dropInvalidAttributes = true;
        out = C::convert(r, o);
        QCOMPARE(out.status, OutcomeStatus::Exported);
        QCOMPARE(out.droppedAttributes, QStringList { u"x"_s });
        // Variables only when asked.
        o.exportVariables = true;
        out = C::convert(r, o);
        QCOMPARE(json(out).value(u"attributes"_s).toObject().value(u"var-api-token"_s).toString(),
            u"s3cret"_s);
    }
    void bug10_disabledDeviceExportedWithWarning()
    {
        ChirpStackRecord r = otaa10();
        r.device.isDisabled = true;
        const DeviceOutcome out = C::convert(r, options());
        QCOMPARE(out.status, OutcomeStatus::Exported);
        QVERIFY(out.warnings.join(u'\n').contains(u"disabled in ChirpStack"_s));
    }
    void bug6_classB()
    {
        ChirpStackRecord r = otaa10();
        r.profile.supportsClassB = true;
        r.profile.classBPingSlotPeriodicity = 3;
        r.profile.classBPingSlotDr = 3;
        r.profile.classBPingSlotFreq = 869525000;
        r.profile.classBTimeout = 30;
        const DeviceOutcome out = C::convert(r, options());
        QCOMPARE(out.status, OutcomeStatus::Exported);
        QVERIFY(json(out).value(u"supports_class_b"_s).toBool());
        const QJsonObject m = mac(out);
        QCOMPARE(m.value(u"ping_slot_periodicity"_s).toObject().value(u"value"_s).toString(),
            u"PING_EVERY_8S"_s);
        QCOMPARE(m.value(u"ping_slot_data_rate_index"_s).toObject().value(u"value"_s).toInt(), 3);
        QCOMPARE(
            m.value(u"ping_slot_frequency"_s).toObject().value(u"value"_s).toInteger(), 869525000);
        QCOMPARE(m.value(u"class_b_timeout"_s).toString(), u"30s"_s);
        QCOMPARE(C::pingSlotPeriod(0), u"PING_EVERY_1S"_s);
        QCOMPARE(C::pingSlotPeriod(7), u"PING_EVERY_128S"_s);
        QVERIFY(C::pingSlotPeriod(8).isEmpty());
    }
    void classC()
    {
        ChirpStackRecord r = otaa10();
        r.profile.supportsClassC = true;
        r.profile.classCTimeout = 5;
        const DeviceOutcome out = C::convert(r, options());
        QVERIFY(json(out).value(u"supports_class_c"_s).toBool());
        QCOMPARE(mac(out).value(u"class_c_timeout"_s).toString(), u"5s"_s);
    }
    void bug5_statusRequestsPerDay()
    {
        QCOMPARE(C::statusTimePeriodicity(0), u"0s"_s);
        QCOMPARE(C::statusTimePeriodicity(1), u"86400s"_s);
        QCOMPARE(C::statusTimePeriodicity(24), u"3600s"_s);
        QCOMPARE(C::statusTimePeriodicity(7), u"12342.857s"_s);
        ChirpStackRecord r = otaa10();
        r.profile.deviceStatusReqInterval = 1;
        const DeviceOutcome out = C::convert(r, options());
        QCOMPARE(mac(out).value(u"status_time_periodicity"_s).toString(), u"86400s"_s);
        QCOMPARE(mac(out).value(u"status_count_periodicity"_s).toInt(-1), 0);
    }
    void abpRxSettingsOnlyForAbp()
    {
        ChirpStackRecord r = abp10();
        r.profile.abpRx1Delay = 2;
        r.profile.abpRx1DrOffset = 1;
        r.profile.abpRx2Dr = 0;
        r.profile.abpRx2Freq = 869525000;
        C::Options o = options();
        o.exportSession = true;
        DeviceOutcome out = C::convert(r, o);
        QCOMPARE(out.status, OutcomeStatus::Exported);
        QJsonObject m = mac(out);
        QCOMPARE(m.value(u"rx1_delay"_s).toInt(), 2);
        QCOMPARE(m.value(u"rx1_data_rate_offset"_s).toObject().value(u"value"_s).toInt(), 1);
        QCOMPARE(m.value(u"rx2_data_rate_index"_s).toObject().value(u"value"_s).toInt(-1), 0);
        QCOMPARE(m.value(u"rx2_frequency"_s).toObject().value(u"value"_s).toInteger(), 869525000);
        r = otaa10();
        r.profile.abpRx1Delay = 2;
        m = mac(C::convert(r, options()));
        QVERIFY(!m.contains(u"rx1_delay"_s));
        QVERIFY(!m.contains(u"rx2_frequency"_s));
    }
    void skipFcntCheckResetsFCnt()
    {
        ChirpStackRecord r = otaa10();
        QVERIFY(!mac(C::convert(r, options())).contains(u"resets_f_cnt"_s));
        r.device.skipFcntCheck = true;
        QVERIFY(mac(C::convert(r, options())).value(u"resets_f_cnt"_s).toBool());
    }
    void bug4_formatters()
    {
        ChirpStackRecord r = otaa10();
        r.profile.codecRuntime = ChirpStack::CodecJs;
        r.profile.codecScript = u"function decodeUplink(input) { return { data: {} }; }"_s;
        DeviceOutcome out = C::convert(r, options());
        QJsonObject f = json(out).value(u"formatters"_s).toObject();
        QCOMPARE(f.value(u"up_formatter"_s).toString(), u"FORMATTER_JAVASCRIPT"_s);
        QCOMPARE(f.value(u"up_formatter_parameter"_s).toString(), r.profile.codecScript);
        QVERIFY(!f.contains(u"down_formatter"_s));
        r.profile.codecScript
            += u"\nfunction encodeDownlink(input) { return { bytes: input.variables }; }"_s;
        out = C::convert(r, options());
        f = json(out).value(u"formatters"_s).toObject();
        QCOMPARE(f.value(u"down_formatter_parameter"_s).toString(), r.profile.codecScript);
        QVERIFY(out.warnings.join(u'\n').contains(u"input.variables"_s));
        r.profile.codecRuntime = ChirpStack::CodecCayenneLpp;
        f = json(C::convert(r, options())).value(u"formatters"_s).toObject();
        QCOMPARE(f.value(u"up_formatter"_s).toString(), u"FORMATTER_CAYENNELPP"_s);
        QCOMPARE(f.value(u"down_formatter"_s).toString(), u"FORMATTER_CAYENNELPP"_s);
    }
    void bug8_countersNextToLast()
    {
        C::Options o = options();
        o.exportSession = true;
        const DeviceOutcome out = C::convert(abp10(), o);
        QCOMPARE(out.status, OutcomeStatus::Exported);
        QVERIFY(out.sessionExported);
        const QJsonObject session = json(out).value(u"session"_s).toObject();
        QCOMPARE(session.value(u"last_f_cnt_up"_s).toInt(), 10);
        QCOMPARE(session.value(u"last_n_f_cnt_down"_s).toInt(), 4);
        QCOMPARE(session.value(u"dev_addr"_s).toString(), u"260B1234"_s);
        const QJsonObject keys = session.value(u"keys"_s).toObject();
        QVERIFY(!keys.contains(u"session_key_id"_s)); // ABP
        QVERIFY(!keys.contains(u"nwk_s_enc_key"_s)); // 1.0.x
        // A fresh session (next = 0) has no last counter.
        ChirpStackRecord r = abp10();
        r.activation.fCntUp = 0;
        r.activation.nFCntDown = 0;
        QVERIFY(
            !json(C::convert(r, o)).value(u"session"_s).toObject().contains(u"last_f_cnt_up"_s));
    }
    void abpWithoutFlagOrSessionSkipped() // bug 7: the flag is the one that counts
    {
        DeviceOutcome out = C::convert(abp10(), options());
        QCOMPARE(out.status, OutcomeStatus::Skipped);
        C::Options o = options();
        o.exportSession = true;
        ChirpStackRecord r = abp10();
        r.activation = {};
        out = C::convert(r, o);
        QCOMPARE(out.status, OutcomeStatus::Skipped);
        QVERIFY(out.reason.contains(u"without a session"_s));
    }
    void otaaSessionWithFlag()
    {
        ChirpStackRecord r = otaa10();
        r.activation = abp10().activation;
        C::Options o = options();
        o.exportSession = true;
        const DeviceOutcome out = C::convert(r, o);
        QCOMPARE(out.status, OutcomeStatus::Exported);
        QVERIFY(out.sessionExported);
        QCOMPARE(mac(out).value(u"rx1_delay"_s).toInt(), 1);
        QVERIFY(json(out)
                    .value(u"session"_s)
                    .toObject()
                    .value(u"keys"_s)
                    .toObject()
                    .contains(u"session_key_id"_s));
        QVERIFY(!json(C::convert(r, options())).contains(u"session"_s));
    }
    void lorawanVersions_data()
    {
        QTest::addColumn<int>("mac");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1.0.0") << 0 << u"MAC_V1_0"_s;
        QTest::newRow("1.0.1") << 1 << u"MAC_V1_0_1"_s;
        QTest::newRow("1.0.2") << 2 << u"MAC_V1_0_2"_s;
        QTest::newRow("1.0.3") << 3 << u"MAC_V1_0_3"_s;
        QTest::newRow("1.0.4 (bug 2)") << 4 << u"MAC_V1_0_4"_s;
        QTest::newRow("1.1.0") << 5 << u"MAC_V1_1"_s;
        QTest::newRow("unknown") << 9 << QString();
    }
    void lorawanVersions()
    {
        QFETCH(int, mac);
        QFETCH(QString, expected);
        QCOMPARE(C::lorawanVersion(mac), expected);
    }
    void phyVersions_data() // the table of §c, cell by cell (bug 3)
    {
        QTest::addColumn<int>("mac");
        QTest::addColumn<int>("rev");
        QTest::addColumn<QString>("phy");
        QTest::addColumn<bool>("warns");
        QTest::newRow("1.0.0 A") << 0 << 0 << u"PHY_V1_0"_s << false;
        QTest::newRow("1.0.0 B") << 0 << 1 << u"PHY_V1_0"_s << false;
        QTest::newRow("1.0.1 A") << 1 << 0 << u"PHY_V1_0_1"_s << false;
        QTest::newRow("1.0.2 A") << 2 << 0 << u"PHY_V1_0_2_REV_A"_s << false;
        QTest::newRow("1.0.2 B") << 2 << 1 << u"PHY_V1_0_2_REV_B"_s << false;
        QTest::newRow("1.0.2 RP002-1.0.0") << 2 << 2 << u"RP002_V1_0_0"_s << false;
        QTest::newRow("1.0.3 A") << 3 << 0 << u"PHY_V1_0_3_REV_A"_s << false;
        QTest::newRow("1.0.3 B") << 3 << 1 << u"PHY_V1_0_3_REV_A"_s << true;
        QTest::newRow("1.0.3 RP002-1.0.1") << 3 << 3 << u"RP002_V1_0_1"_s << false;
        QTest::newRow("1.0.4 A") << 4 << 0 << QString() << false;
        QTest::newRow("1.0.4 B") << 4 << 1 << QString() << false;
        QTest::newRow("1.0.4 RP002-1.0.3") << 4 << 5 << u"RP002_V1_0_3"_s << false;
        QTest::newRow("1.0.4 RP002-1.0.4") << 4 << 6 << u"RP002_V1_0_4"_s << false;
        QTest::newRow("1.0.4 RP002-1.0.5") << 4 << 7 << u"RP002_V1_0_4"_s << true;
        QTest::newRow("1.1.0 A") << 5 << 0 << u"PHY_V1_1_REV_A"_s << false;
        QTest::newRow("1.1.0 B") << 5 << 1 << u"PHY_V1_1_REV_B"_s << false;
        QTest::newRow("1.1.0 RP002-1.0.2") << 5 << 4 << u"RP002_V1_0_2"_s << false;
    }
    void phyVersions()
    {
        QFETCH(int, mac);
        QFETCH(int, rev);
        QFETCH(QString, phy);
        QFETCH(bool, warns);
        const C::PhyVersion v = C::phyVersion(mac, rev);
        QCOMPARE(v.id, phy);
        QCOMPARE(!v.warning.isEmpty(), warns);
        QCOMPARE(v.failure.isEmpty(), !phy.isEmpty());
    }
    void rp002_105CanFail() { QVERIFY(!C::phyVersion(4, 7, true).failure.isEmpty()); }
    void bug2_lorawan104DeviceExported()
    {
        ChirpStackRecord r = otaa10();
        r.profile.macVersion = ChirpStack::Mac104;
        r.profile.regParamsRevision = 6;
        const DeviceOutcome out = C::convert(r, options());
        QCOMPARE(out.status, OutcomeStatus::Exported);
        QCOMPARE(json(out).value(u"lorawan_version"_s).toString(), u"MAC_V1_0_4"_s);
        QCOMPARE(json(out).value(u"lorawan_phy_version"_s).toString(), u"RP002_V1_0_4"_s);
        r.profile.regParamsRevision = 0;
        QCOMPARE(C::convert(r, options()).status, OutcomeStatus::Failed);
    }
    void frequencyPlans_data()
    {
        QTest::addColumn<int>("region");
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("plan");
        QTest::newRow("EU868") << 0 << QString() << u"EU_863_870"_s;
        QTest::newRow("US915") << 2 << QString() << u"US_902_928_FSB_2"_s;
        QTest::newRow("US915 us915_0") << 2 << u"us915_0"_s << u"US_902_928_FSB_1"_s;
        QTest::newRow("AU915 au915_1") << 5 << u"au915_1"_s << u"AU_915_928_FSB_2"_s;
        QTest::newRow("CN779") << 3 << QString() << QString();
        QTest::newRow("EU433") << 4 << QString() << u"EU_433"_s;
        QTest::newRow("CN470") << 6 << QString() << u"CN_470_510_FSB_11"_s;
        QTest::newRow("AS923") << 7 << QString() << u"AS_923"_s;
        QTest::newRow("KR920") << 8 << QString() << u"KR_920_923_TTN"_s;
        QTest::newRow("IN865") << 9 << QString() << u"IN_865_867"_s;
        QTest::newRow("RU864") << 10 << QString() << u"RU_864_870_TTN"_s;
        QTest::newRow("ISM2400") << 11 << QString() << u"ISM_2400_3CH_DRAFT2"_s;
        QTest::newRow("AS923_2") << 12 << QString() << u"AS_923_2"_s;
        QTest::newRow("AS923_3") << 13 << QString() << u"AS_923_3"_s;
        QTest::newRow("AS923_4") << 14 << QString() << u"AS_923_4"_s;
    }
    void frequencyPlans()
    {
        QFETCH(int, region);
        QFETCH(QString, config);
        QFETCH(QString, plan);
        QCOMPARE(C::suggestedFrequencyPlan(region, config), plan);
    }
    void frequencyPlanOverrideAndCn779()
    {
        ChirpStackRecord r = otaa10();
        C::Options o = options();
        o.frequencyPlanId = u"EU_863_870_TTN"_s;
        QCOMPARE(
            json(C::convert(r, o)).value(u"frequency_plan_id"_s).toString(), u"EU_863_870_TTN"_s);
        r.profile.region = ChirpStack::CN779;
        QCOMPARE(C::convert(r, options()).status, OutcomeStatus::Failed);
    }
};

QTEST_GUILESS_MAIN(TestChirpStackConverter)
#include "tst_chirpstackconverter.moc"
