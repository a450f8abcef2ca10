// The rules that need the whole export (duplicate device IDs and JoinEUI + DevEUI pairs), and
// the new-ID repair on one device of a converted export.
#include "convert/conversionresult.h"
#include "testjson.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ConversionOptions options()
{
    ConversionOptions o;
    o.frequencyPlanId = u"EU_863_870_TTN"_s;
    o.exportTime = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);
    return o;
}

V2ParsedDevice device(const QString &devId, int eui, const QString &appEui = u"70B3D57ED0000001"_s)
{
    V2ParsedDevice parsed;
    V2Device &d = parsed.device;
    d.appId = u"my-app"_s;
    d.devId = devId;
    d.appEui = appEui;
    d.devEui = u"0004A30B%1"_s.arg(eui, 8, 10, QLatin1Char('0'));
    d.appKey = u"000102030405060708090A0B0C0D0E0F"_s;
    return parsed;
}

std::unique_ptr<ConversionResult> convertAll(
    const QList<V2ParsedDevice> &sources, ConversionOptions o = options())
{
    auto result = std::make_unique<ConversionResult>(std::move(o), sources);
    while (!result->atEnd())
        result->convertNext();
    return result;
}

QString statuses(const ConversionResult &result)
{
    QStringList list;
    for (const DeviceOutcome &outcome : result.outcomes())
        list << outcomeStatusName(outcome.status).left(1);
    return list.join(QString());
}

// The same sources converted from scratch with the result's chosen IDs: what an incremental
// repair must equal.
void verifyMatchesFreshExport(const ConversionResult &result)
{
    QList<V2ParsedDevice> sources;
    ConversionOptions o = result.options();
    for (qsizetype row = 0; row < result.size(); ++row) {
        sources << result.source(row);
        if (!result.chosenDeviceId(row).isEmpty())
            o.deviceIdMap.insert(result.source(row).device.devId, result.chosenDeviceId(row));
    }
    const auto expected = convertAll(sources, o);
    QCOMPARE(statuses(result), statuses(*expected));
    for (qsizetype row = 0; row < result.size(); ++row) {
        QCOMPARE(result.outcome(row).rule, expected->outcome(row).rule);
        QCOMPARE(result.outcome(row).reason, expected->outcome(row).reason);
        QCOMPARE(result.outcome(row).v3DeviceId, expected->outcome(row).v3DeviceId);
        QCOMPARE(result.outcome(row).json.isEmpty(), expected->outcome(row).json.isEmpty());
    }
    QCOMPARE(result.readyForImport(), expected->readyForImport());
}

} // namespace

class TestConversionResult : public QObject
{
    Q_OBJECT

private slots:
    void duplicateIdsAfterNormalising()
    {
        // v2 allows my-dev and my_dev side by side; both become my-dev in The Things Stack.
        const auto result = convertAll({ device(u"my-dev"_s, 1), device(u"my_dev"_s, 2) });
        QCOMPARE(statuses(*result), u"ef"_s);
        const DeviceOutcome &second = result->outcome(1);
        QCOMPARE(second.rule, TtsRule::DuplicateDeviceId);
        QVERIFY2(second.reason.contains(u"my-dev"_s), qPrintable(second.reason));
        QVERIFY(second.json.isEmpty());
        QCOMPARE(result->readyForImport(), 1);
        QCOMPARE(result->count(OutcomeStatus::Failed), 1);
    }

    void duplicateEuis()
    {
        // An empty AppEUI is written as 16 zeros: it collides with a written zero AppEUI.
        const auto result = convertAll({ device(u"dev-a"_s, 1, QString()),
            device(u"dev-b"_s, 1, u"0000000000000000"_s), device(u"dev-c"_s, 1) });
        QCOMPARE(statuses(*result), u"efe"_s);
        QCOMPARE(result->outcome(1).rule, TtsRule::DuplicateEuis);
        QVERIFY2(
            result->outcome(1).reason.contains(u"dev-a"_s), qPrintable(result->outcome(1).reason));
        QVERIFY(result->outcome(1).reason.contains(u"0004A30B00000001"_s));
    }

    void failedDevicesDoNotCollide()
    {
        // aaa is refused (bad attribute key): it is not written, so aaa-b, with the same EUIs,
        // is no duplicate: a device that fails anyway does not block a later one.
        QList<V2ParsedDevice> sources { device(u"aaa"_s, 1), device(u"aaa-b"_s, 1) };
        sources[0].device.attributes = { { u"bad key"_s, u"x"_s } };
        const auto result = convertAll(sources);
        QCOMPARE(statuses(*result), u"fe"_s);
        QCOMPARE(result->outcome(0).rule, TtsRule::AttributeKey);
    }

    void renameCreatesACollision()
    {
        auto result = convertAll(
            { device(u"sensor-a"_s, 1), device(u"sensor-b"_s, 2), device(u"sensor-c"_s, 3) });
        QCOMPARE(statuses(*result), u"eee"_s);
        // sensor-c takes sensor-b's ID: sensor-b came first and keeps it, sensor-c fails naming it.
        QCOMPARE(result->setDeviceId(2, u"sensor-b"_s), QList<qsizetype> { 2 });
        QCOMPARE(statuses(*result), u"eef"_s);
        QCOMPARE(result->outcome(2).rule, TtsRule::DuplicateDeviceId);
        QVERIFY(result->outcome(2).reason.contains(u"sensor-b"_s));
        // sensor-a takes it too: now sensor-a is first, the other two fail naming it.
        QCOMPARE(result->setDeviceId(0, u"sensor-b"_s), (QList<qsizetype> { 0, 1, 2 }));
        QCOMPARE(statuses(*result), u"eff"_s);
        QVERIFY(result->outcome(1).reason.contains(u"sensor-a"_s));
        QVERIFY(result->outcome(2).reason.contains(u"sensor-a"_s));
        verifyMatchesFreshExport(*result);
    }

    void renameResolvesACollision()
    {
        auto result = convertAll({ device(u"my-dev"_s, 1), device(u"my_dev"_s, 2) });
        QCOMPARE(statuses(*result), u"ef"_s);
        QVERIFY(result->checkDeviceId(1, u"my-dev"_s).rule == TtsRule::DuplicateDeviceId);
        QVERIFY(result->checkDeviceId(1, u"my-dev-2"_s).ok());
        QCOMPARE(result->setDeviceId(1, u"my-dev-2"_s), QList<qsizetype> { 1 });
        QCOMPARE(statuses(*result), u"ee"_s);
        const QJsonObject json = QJsonDocument::fromJson(result->outcome(1).json).object();
        QCOMPARE(json.value("ids"_L1)["device_id"_L1].toString(), u"my-dev-2"_s);
        QCOMPARE(json.value("name"_L1).toString(), u"my_dev"_s); // the v2 ID stays
        QCOMPARE(json.value("attributes"_L1)["old-id"_L1].toString(), u"my_dev"_s);
        // Renaming the first one away frees the ID: nothing else changes here.
        QCOMPARE(result->setDeviceId(0, u"dev-first"_s), QList<qsizetype> { 0 });
        QCOMPARE(result->readyForImport(), 2);
        verifyMatchesFreshExport(*result);
    }

    void renameFreesTheNextInLine()
    {
        // Three devices want the same ID: only the first is exported. Renaming it lets the
        // second through; the third now names the second.
        auto result
            = convertAll({ device(u"my-dev"_s, 1), device(u"my_dev"_s, 2), device(u"x"_s, 3) });
        result->setDeviceId(2, u"my-dev"_s);
        QCOMPARE(statuses(*result), u"eff"_s);
        QCOMPARE(result->setDeviceId(0, u"other"_s), (QList<qsizetype> { 0, 1, 2 }));
        QCOMPARE(statuses(*result), u"eef"_s);
        QVERIFY(!result->outcome(1).json.isEmpty());
        QVERIFY2(
            result->outcome(2).reason.contains(u"my_dev"_s), qPrintable(result->outcome(2).reason));
        verifyMatchesFreshExport(*result);
    }

    void cascadesThroughEuis()
    {
        // Row 1 fails as an ID duplicate of row 0; row 2 shares row 1's EUIs and is exported
        // because row 1 is not. Freeing row 1 makes row 2 an EUI duplicate.
        auto result
            = convertAll({ device(u"my-dev"_s, 1), device(u"my_dev"_s, 2), device(u"third"_s, 2) });
        QCOMPARE(statuses(*result), u"efe"_s);
        QCOMPARE(result->setDeviceId(1, u"second"_s), (QList<qsizetype> { 1, 2 }));
        QCOMPARE(statuses(*result), u"eef"_s);
        QCOMPARE(result->outcome(2).rule, TtsRule::DuplicateEuis);
        // And back: row 1 collides again, row 2 is exported again.
        QCOMPARE(result->setDeviceId(1, QString()), (QList<qsizetype> { 1, 2 }));
        QCOMPARE(statuses(*result), u"efe"_s);
        verifyMatchesFreshExport(*result);
    }

    void repairsAReservedId()
    {
        auto result = convertAll({ device(u"test"_s, 1), device(u"sensor"_s, 2) });
        QCOMPARE(statuses(*result), u"fe"_s);
        QCOMPARE(result->outcome(0).rule, TtsRule::DeviceIdReserved);
        QCOMPARE(result->checkDeviceId(0, u"demo"_s).rule, TtsRule::DeviceIdReserved);
        QCOMPARE(result->checkDeviceId(0, u"Bad"_s).rule, TtsRule::DeviceIdFormat);
        QCOMPARE(result->checkDeviceId(0, u"sensor"_s).rule, TtsRule::DuplicateDeviceId);
        QVERIFY(result->checkDeviceId(0, u"sensor"_s).reason.contains(u"sensor"_s));
        QVERIFY(result->checkDeviceId(1, u"sensor"_s).ok()); // its own ID
        result->setDeviceId(0, u"test-sensor"_s);
        QCOMPARE(statuses(*result), u"ee"_s);
        QCOMPARE(result->chosenDeviceId(0), u"test-sensor"_s);
        QCOMPARE(result->outcome(0).v3DeviceId, u"test-sensor"_s);
        // An invalid choice fails that device with its reason; the others are untouched.
        QCOMPARE(result->setDeviceId(0, u"Bad_ID"_s), QList<qsizetype> { 0 });
        QCOMPARE(result->outcome(0).rule, TtsRule::DeviceIdFormat);
        QCOMPARE(statuses(*result), u"fe"_s);
        verifyMatchesFreshExport(*result);
    }

    void skippedAndUnreadableRowsStayAsTheyAre()
    {
        QList<V2ParsedDevice> sources { device(u"abp-one"_s, 1), device(u"broken"_s, 2) };
        sources[0].device.appKey.clear();
        sources[0].device.devAddr = u"26011234"_s;
        sources[0].device.appSKey = u"101112131415161718191A1B1C1D1E1F"_s;
        sources[0].device.nwkSKey = u"202122232425262728292A2B2C2D2E2F"_s;
        sources[1].error = u"unreadable"_s;
        auto result = convertAll(sources);
        QCOMPARE(statuses(*result), u"sf"_s);
        QCOMPARE(result->setDeviceId(0, u"abp-renamed"_s), QList<qsizetype> { 0 });
        QCOMPARE(statuses(*result), u"sf"_s);
        QCOMPARE(result->outcome(1).reason, u"unreadable"_s);
    }

    // The command line keeps no outcomes: the verdicts (and the JSON handed out) must be the
    // ones the full result gives, also for chains of collisions.
    void streamingGivesTheSameVerdicts()
    {
        QList<V2ParsedDevice> sources { device(u"my-dev"_s, 1), device(u"my_dev"_s, 2),
            device(u"third"_s, 2), device(u"fourth"_s, 1, QString()),
            device(u"fifth"_s, 1, u"0000000000000000"_s), device(u"test"_s, 3),
            device(u"sixth"_s, 4) };
        sources[6].device.devId = u"sixth"_s;
        sources[6].device.attributes = { { u"bad key"_s, u"x"_s } };
        ConversionResult streaming(options(), sources);
        streaming.setKeepOutcomes(false);
        QList<DeviceOutcome> handedOut;
        while (!streaming.atEnd())
            handedOut << streaming.convertNext();
        QCOMPARE(streaming.size(), 0);
        const auto full = convertAll(sources);
        QCOMPARE(handedOut.size(), full->size());
        for (qsizetype row = 0; row < full->size(); ++row) {
            QCOMPARE(handedOut.at(row).status, full->outcome(row).status);
            QCOMPARE(handedOut.at(row).rule, full->outcome(row).rule);
            QCOMPARE(handedOut.at(row).reason, full->outcome(row).reason);
            QCOMPARE(handedOut.at(row).json, full->outcome(row).json);
        }
        QCOMPARE(statuses(*full), u"efeefff"_s);
        QCOMPARE(streaming.readyForImport(), full->readyForImport());
        QCOMPARE(streaming.count(OutcomeStatus::Failed), full->count(OutcomeStatus::Failed));
    }

    // Filled as devices are read (the wizard's with-session preview): a source read later
    // replaces its placeholder before conversion, a device never read stands in as skipped
    // and collides with nothing; the verdicts are those of a complete export.
    void filledAsRead()
    {
        const QList<V2ParsedDevice> read { device(u"my-dev"_s, 1), device(u"unread"_s, 1),
            device(u"my_dev"_s, 2) };
        QList<V2ParsedDevice> placeholders = read;
        for (V2ParsedDevice &placeholder : placeholders) {
            const QString id = placeholder.device.devId;
            placeholder.device = V2Device();
            placeholder.device.appId = u"my-app"_s;
            placeholder.device.devId = id;
        }
        ConversionResult result(options(), placeholders);
        result.setSource(0, read.at(0));
        QCOMPARE(result.convertNext().status, OutcomeStatus::Exported);
        DeviceOutcome notRead;
        notRead.v2DeviceId = u"unread"_s;
        notRead.status = OutcomeStatus::Skipped;
        notRead.reason = u"stopped"_s;
        QCOMPARE(result.skipNext(notRead).reason, u"stopped"_s);
        result.setSource(2, read.at(2));
        const DeviceOutcome third = result.convertNext();
        QCOMPARE(third.rule, TtsRule::DuplicateDeviceId); // the rule still sees row 0
        QVERIFY(result.atEnd());
        QCOMPARE(statuses(result), u"esf"_s);
        QCOMPARE(result.count(OutcomeStatus::Skipped), 1);
        QCOMPARE(result.outcome(1).reason, u"stopped"_s);
    }

    // A rename at fleet scale touches one device and its few neighbours, not the fleet.
    void renameInALargeExportIsLocal()
    {
        QList<V2ParsedDevice> sources;
        const int count = 100000;
        sources.reserve(count);
        for (int i = 0; i < count; ++i)
            sources << device(u"dev-%1"_s.arg(i), i);
        auto result = convertAll(sources);
        QCOMPARE(result->readyForImport(), count);
        QCOMPARE(result->setDeviceId(99999, u"dev-5"_s), QList<qsizetype> { 99999 });
        QCOMPARE(result->outcome(99999).rule, TtsRule::DuplicateDeviceId);
        QCOMPARE(result->setDeviceId(5, u"dev-5-renamed"_s), (QList<qsizetype> { 5, 99999 }));
        QCOMPARE(result->readyForImport(), count);
    }
};

QTEST_GUILESS_MAIN(TestConversionResult)
#include "tst_conversionresult.moc"
