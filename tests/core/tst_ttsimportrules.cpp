// Every row of tts-import-rules.md, one table row each: a device that TTS would import, changed
// in exactly one field, must be refused with that rule and a sentence that names the problem.
#include "convert/frequencyplancatalog.h"
#include "convert/ttsbands.h"
#include "convert/ttsimportrules.h"
#include "convert/ttslimits.h"
#include "convert/ttsreservedids.h"

#include <QFile>
#include <QtTest>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString kPlan = u"EU_863_870_TTN"_s;

V3EndDevice otaaDevice()
{
    V3EndDevice d;
    d.deviceId = u"my-dev"_s;
    d.applicationId = u"my-app"_s;
    d.devEui = u"0004A30B001C0530"_s;
    d.joinEui = u"70B3D57ED0000001"_s;
    d.name = u"my_dev"_s;
    d.description = u"a sensor"_s;
    d.attributes = { { u"floor"_s, u"2"_s }, { u"old-id"_s, u"my_dev"_s } };
    d.hasLocation = true;
    d.location = { 52.37, 4.88, 3 };
    d.frequencyPlanId = kPlan;
    d.phyVersion = QLatin1StringView(TtsBands::exportedPhyVersion);
    d.supportsJoin = true;
    d.appKey = u"000102030405060708090A0B0C0D0E0F"_s;
    return d;
}

V3EndDevice withSession(V3EndDevice d)
{
    d.hasSession = true;
    d.session.devAddr = u"26011234"_s;
    d.session.fNwkSIntKey = u"202122232425262728292A2B2C2D2E2F"_s;
    d.session.appSKey = u"101112131415161718191A1B1C1D1E1F"_s;
    d.session.sessionKeyId = QByteArray(16, '\x01').toBase64();
    d.session.lastFCntUp = 12;
    d.session.lastNFCntDown = 3;
    d.session.startedAt = "2024-05-01T12:00:00Z";
    return d;
}

V3EndDevice abpDevice()
{
    V3EndDevice d = withSession(otaaDevice());
    d.supportsJoin = false;
    d.appKey.clear();
    d.session.sessionKeyId.clear();
    return d;
}

using Change = std::function<void(V3EndDevice &)>;

QList<QPair<QString, QString>> attributes(int count)
{
    QList<QPair<QString, QString>> list;
    for (int i = 0; i < count; ++i)
        list.append({ u"key-%1"_s.arg(i), u"v"_s });
    return list;
}

} // namespace

Q_DECLARE_METATYPE(V3EndDevice)
Q_DECLARE_METATYPE(TtsRule)
Q_DECLARE_METATYPE(Change)

class TestTtsImportRules : public QObject
{
    Q_OBJECT

private slots:
    void acceptsWhatTtsImports_data()
    {
        QTest::addColumn<V3EndDevice>("device");
        QTest::newRow("OTAA") << otaaDevice();
        QTest::newRow("OTAA with session") << withSession(otaaDevice());
        QTest::newRow("ABP with session, no session key ID") << abpDevice();
        V3EndDevice zeroJoinEui = otaaDevice();
        zeroJoinEui.joinEui = u"0000000000000000"_s; // a value, not a missing JoinEUI
        QTest::newRow("all-zero JoinEUI") << zeroJoinEui;
        V3EndDevice limits = withSession(otaaDevice());
        limits.deviceId = QString(36, u'a');
        limits.name = QString(49, u'n') + u"\U0001F680"_s; // 50 code points, 51 UTF-16 units
        limits.description = QString(2000, u'\u00e4');
        limits.attributes = attributes(10);
        limits.attributes.last().second = QString(199, u'v') + u"\U0001F680"_s;
        limits.location = { -90, 180, -2147483648LL };
        limits.session.lastFCntUp = 4294967295LL;
        limits.session.startedAt = "2024-05-01T12:00:00.123Z";
        QTest::newRow("every limit exactly reached") << limits;
        V3EndDevice noLocation = otaaDevice();
        noLocation.hasLocation = false;
        noLocation.location = { 1000, 1000, 0 }; // not written, so not checked
        QTest::newRow("no location") << noLocation;
    }

    void acceptsWhatTtsImports()
    {
        QFETCH(V3EndDevice, device);
        const TtsImportRules::Violation v = TtsImportRules(kPlan).check(device);
        QVERIFY2(v.ok(), qPrintable(v.reason));
        QVERIFY(v.reason.isEmpty());
    }

    void refusesWhatTtsRefuses_data()
    {
        QTest::addColumn<V3EndDevice>("base");
        QTest::addColumn<Change>("change");
        QTest::addColumn<TtsRule>("rule");
        QTest::addColumn<QString>("mentions");

        const V3EndDevice otaa = otaaDevice();
        const V3EndDevice session = withSession(otaaDevice());
        const V3EndDevice abp = abpDevice();
        // ids.device_id
        QTest::newRow("ID too short")
            << otaa << Change([](V3EndDevice &d) { d.deviceId = u"ab"_s; })
            << TtsRule::DeviceIdFormat << u"\"ab\""_s;
        QTest::newRow("ID with a double hyphen")
            << otaa << Change([](V3EndDevice &d) { d.deviceId = u"a--b"_s; })
            << TtsRule::DeviceIdFormat << u"a--b"_s;
        QTest::newRow("ID of 37 characters")
            << otaa << Change([](V3EndDevice &d) { d.deviceId = QString(37, u'a'); })
            << TtsRule::DeviceIdFormat << u"36"_s;
        QTest::newRow("ID with an upper-case letter, chosen") << otaa << Change([](V3EndDevice &d) {
            d.deviceId = u"Sensor-1"_s;
            d.deviceIdChosen = true;
        }) << TtsRule::DeviceIdFormat << u"\"Sensor-1\""_s;
        QTest::newRow("reserved ID test")
            << otaa << Change([](V3EndDevice &d) { d.deviceId = u"test"_s; })
            << TtsRule::DeviceIdReserved << u"\"test\""_s;
        QTest::newRow("reserved ID lora")
            << otaa << Change([](V3EndDevice &d) { d.deviceId = u"lora"_s; })
            << TtsRule::DeviceIdReserved << u"\"lora\""_s;
        QTest::newRow("reserved ID, chosen") << otaa << Change([](V3EndDevice &d) {
            d.deviceId = u"data"_s;
            d.deviceIdChosen = true;
        }) << TtsRule::DeviceIdReserved << u"\"data\""_s;
        // ids.application_ids
        QTest::newRow("application ID")
            << otaa << Change([](V3EndDevice &d) { d.applicationId = u"x"_s; })
            << TtsRule::ApplicationIdFormat << u"\"x\""_s;
        // name, description
        QTest::newRow("name of 51 characters")
            << otaa << Change([](V3EndDevice &d) { d.name = QString(51, u'n'); })
            << TtsRule::NameLength << u"50"_s;
        QTest::newRow("description of 2001 characters")
            << otaa << Change([](V3EndDevice &d) { d.description = QString(2001, u'd'); })
            << TtsRule::DescriptionLength << u"2000"_s;
        // attributes
        QTest::newRow("11 attributes")
            << otaa << Change([](V3EndDevice &d) { d.attributes = attributes(11); })
            << TtsRule::AttributeCount << u"11"_s;
        QTest::newRow("attribute key with a dot") << otaa << Change([](V3EndDevice &d) {
            d.attributes = { { u"fw.version"_s, u"1"_s } };
        }) << TtsRule::AttributeKey << u"fw.version"_s;
        QTest::newRow("attribute key of 37 characters") << otaa << Change([](V3EndDevice &d) {
            d.attributes = { { QString(37, u'k'), u"1"_s } };
        }) << TtsRule::AttributeKey << QString(37, u'k');
        QTest::newRow("attribute key twice") << otaa << Change([](V3EndDevice &d) {
            d.attributes = { { u"a-b-c"_s, u"1"_s }, { u"a-b-c"_s, u"2"_s } };
        }) << TtsRule::AttributeKey << u"a-b-c"_s;
        QTest::newRow("attribute value of 201 characters") << otaa << Change([](V3EndDevice &d) {
            d.attributes = { { u"notes"_s, QString(201, u'v') } };
        }) << TtsRule::AttributeValueLength << u"200"_s;
        // locations.user
        QTest::newRow("latitude above 90")
            << otaa << Change([](V3EndDevice &d) { d.location.latitude = 90.0001; })
            << TtsRule::LocationRange << u"latitude"_s;
        QTest::newRow("longitude below -180")
            << otaa << Change([](V3EndDevice &d) { d.location.longitude = -180.5; })
            << TtsRule::LocationRange << u"longitude"_s;
        QTest::newRow("latitude NaN")
            << otaa << Change([](V3EndDevice &d) { d.location.latitude = qQNaN(); })
            << TtsRule::LocationRange << u"location"_s;
        QTest::newRow("altitude beyond int32")
            << otaa << Change([](V3EndDevice &d) { d.location.altitude = 2147483648LL; })
            << TtsRule::LocationRange << u"location"_s;
        // frequency_plan_id and its band
        QTest::newRow("unknown plan")
            << otaa << Change([](V3EndDevice &d) { d.frequencyPlanId = u"EU_868_870_TTN"_s; })
            << TtsRule::FrequencyPlanUnknown << u"EU_868_870_TTN"_s;
        QTest::newRow("plan whose band has no 1.0.2 rev B")
            << otaa << Change([](V3EndDevice &d) { d.frequencyPlanId = u"AS_923_2"_s; })
            << TtsRule::FrequencyPlanBand << u"PHY_V1_0_2_REV_B"_s;
        // OTAA
        QTest::newRow("OTAA with a zero DevEUI")
            << otaa << Change([](V3EndDevice &d) { d.devEui = u"0000000000000000"_s; })
            << TtsRule::Identifiers << u"DevEUI"_s;
        QTest::newRow("no JoinEUI") << otaa << Change([](V3EndDevice &d) { d.joinEui.clear(); })
                                    << TtsRule::Identifiers << u"JoinEUI"_s;
        QTest::newRow("DevEUI not hex")
            << otaa << Change([](V3EndDevice &d) { d.devEui = u"0004A30B001C053G"_s; })
            << TtsRule::Identifiers << u"DevEUI"_s;
        QTest::newRow("AppKey zero")
            << otaa << Change([](V3EndDevice &d) { d.appKey = QString(32, u'0'); })
            << TtsRule::AppKey << u"AppKey"_s;
        QTest::newRow("AppKey of 15 bytes")
            << otaa << Change([](V3EndDevice &d) { d.appKey.chop(2); }) << TtsRule::AppKey
            << u"AppKey"_s;
        // session
        QTest::newRow("DevAddr zero")
            << session << Change([](V3EndDevice &d) { d.session.devAddr = u"00000000"_s; })
            << TtsRule::SessionAddress << u"DevAddr"_s;
        QTest::newRow("ABP without session")
            << abp << Change([](V3EndDevice &d) { d.hasSession = false; })
            << TtsRule::SessionAddress << u"session"_s;
        QTest::newRow("NwkSKey zero")
            << session << Change([](V3EndDevice &d) { d.session.fNwkSIntKey = QString(32, u'0'); })
            << TtsRule::SessionKeys << u"NwkSKey"_s;
        QTest::newRow("AppSKey missing")
            << abp << Change([](V3EndDevice &d) { d.session.appSKey.clear(); })
            << TtsRule::SessionKeys << u"AppSKey"_s;
        QTest::newRow("ABP with a session key ID") << abp << Change([](V3EndDevice &d) {
            d.session.sessionKeyId = QByteArray(16, '\x01').toBase64();
        }) << TtsRule::SessionKeyId << u"OTAA"_s;
        QTest::newRow("OTAA session without a session key ID")
            << session << Change([](V3EndDevice &d) { d.session.sessionKeyId.clear(); })
            << TtsRule::SessionKeyId << u"OTAA"_s;
        QTest::newRow("frame counter beyond uint32")
            << session << Change([](V3EndDevice &d) { d.session.lastNFCntDown = 4294967296LL; })
            << TtsRule::SessionCounters << u"4294967295"_s;
        QTest::newRow("start time with an offset") << session << Change([](V3EndDevice &d) {
            d.session.startedAt = "2024-05-01T14:00:00+02:00";
        }) << TtsRule::SessionStartTime << u"RFC 3339"_s;
    }

    void refusesWhatTtsRefuses()
    {
        QFETCH(V3EndDevice, base);
        QFETCH(Change, change);
        QFETCH(TtsRule, rule);
        QFETCH(QString, mentions);

        QVERIFY2(TtsImportRules(kPlan).check(base).ok(), "the unchanged device must pass");
        V3EndDevice device = base;
        change(device);
        const TtsImportRules::Violation v = TtsImportRules(kPlan).check(device);
        QCOMPARE(v.rule, rule);
        QVERIFY2(v.reason.contains(mentions), qPrintable(v.reason));
        QVERIFY(!v.reason.contains(device.appKey.isEmpty() ? u"\x01"_s : device.appKey));
        QVERIFY(!v.reason.contains(u"202122232425262728292A2B2C2D2E2F"_s));
        QVERIFY(!TtsImportRules::fieldOf(rule).isEmpty());
    }

    void wholeExportPlanIsCheckedOnce()
    {
        const TtsImportRules rules(u"AS_923_4"_s);
        QCOMPARE(rules.planViolation().rule, TtsRule::FrequencyPlanBand);
        V3EndDevice device = otaaDevice();
        device.frequencyPlanId = u"AS_923_4"_s;
        QCOMPARE(rules.check(device).rule, TtsRule::FrequencyPlanBand);
        QVERIFY(TtsImportRules(kPlan).planViolation().ok());
    }

    // The band table agrees with the shipped plans: every plan's band is one TTS knows, and
    // exactly the bands without 1.0.2 rev B make their plans fail.
    void everyShippedPlanHasAKnownBand()
    {
        const QStringList withoutRevB
            = { u"AS_923_2"_s, u"AS_923_3"_s, u"AS_923_4"_s, u"RU_864_870"_s };
        for (const FrequencyPlan &plan : FrequencyPlanCatalog::all()) {
            QVERIFY2(TtsBands::isKnownBand(plan.bandId), qPrintable(plan.bandId));
            const bool refused = !TtsImportRules::checkFrequencyPlan(plan.id).ok();
            QVERIFY2(refused == withoutRevB.contains(plan.bandId), qPrintable(plan.id));
        }
        QVERIFY(TtsBands::phyVersions(u"AS_923_4"_s).contains(u"RP002_V1_0_4"_s));
        QVERIFY(!TtsBands::supports(u"NO_SUCH_BAND"_s, u"PHY_V1_0_2_REV_B"_s));
    }

    // The project ships its own copy of TTS's blocklist; the emulator and the export read the
    // same resource.
    void reservedIdsComeFromTheResource()
    {
        QCOMPARE(TtsReservedIds::count(), 731);
        for (const QString &id : { u"test"_s, u"test1"_s, u"demo"_s, u"device"_s, u"devices"_s,
                 u"data"_s, u"lora"_s, u"gateway"_s, u"app"_s, u"api"_s, u"admin"_s })
            QVERIFY2(TtsReservedIds::contains(id), qPrintable(id));
        for (const QString &id : { u"test-1"_s, u"my-test"_s, u"Test"_s, u"sensor-01"_s })
            QVERIFY2(!TtsReservedIds::contains(id), qPrintable(id));
        // The resource and the developers' copy hold the same words (when that copy exists).
        QFile shared(QStringLiteral(TTNMIG_SOURCE_DIR "/../../shared/data/tts-reserved-ids.txt"));
        QFile resource(u":/tts/reserved-ids.txt"_s);
        QVERIFY(resource.open(QIODevice::ReadOnly));
        if (shared.open(QIODevice::ReadOnly))
            QCOMPARE(resource.readAll(), shared.readAll());
    }

    void chosenIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<TtsRule>("rule");
        QTest::newRow("fine") << u"test-sensor"_s << TtsRule::None;
        QTest::newRow("36 characters") << QString(36, u'x') << TtsRule::None;
        QTest::newRow("empty") << QString() << TtsRule::DeviceIdFormat;
        QTest::newRow("37 characters") << QString(37, u'x') << TtsRule::DeviceIdFormat;
        QTest::newRow("underscore") << u"my_dev"_s << TtsRule::DeviceIdFormat;
        QTest::newRow("upper case") << u"MyDev"_s << TtsRule::DeviceIdFormat;
        QTest::newRow("reserved") << u"gateway"_s << TtsRule::DeviceIdReserved;
    }

    void chosenIds()
    {
        QFETCH(QString, id);
        QFETCH(TtsRule, rule);
        const TtsImportRules::Violation v = TtsImportRules::checkChosenDeviceId(id);
        QCOMPARE(v.rule, rule);
        QCOMPARE(v.reason.isEmpty(), rule == TtsRule::None);
    }

    void repairs()
    {
        QCOMPARE(TtsImportRules::repairFor(TtsRule::DeviceIdReserved), TtsRepair::NewDeviceId);
        QCOMPARE(TtsImportRules::repairFor(TtsRule::DeviceIdFormat), TtsRepair::NewDeviceId);
        QCOMPARE(TtsImportRules::repairFor(TtsRule::DuplicateDeviceId), TtsRepair::NewDeviceId);
        QCOMPARE(TtsImportRules::repairFor(TtsRule::AttributeCount), TtsRepair::DropAttributes);
        QCOMPARE(TtsImportRules::repairFor(TtsRule::AttributeKey), TtsRepair::DropAttributes);
        QCOMPARE(
            TtsImportRules::repairFor(TtsRule::AttributeValueLength), TtsRepair::DropAttributes);
        QCOMPARE(TtsImportRules::repairFor(TtsRule::DuplicateEuis), TtsRepair::None);
        QCOMPARE(TtsImportRules::repairFor(TtsRule::LocationRange), TtsRepair::None);
        QCOMPARE(TtsImportRules::fieldOf(TtsRule::DeviceIdReserved), u"ids.device_id"_s);
    }
};

QTEST_GUILESS_MAIN(TestTtsImportRules)
#include "tst_ttsimportrules.moc"
