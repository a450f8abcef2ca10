// The pure logic of the TTS import: the per-server bodies of one device (tts-import.md §3),
// error bodies (§5), the devices file, rights, the plan against a listing (§4), the rate
// gate (§6) and the join states (§8).
#include "http/ratelimitgate.h"
#include "tts/ttsconnection.h"
#include "tts/ttsdevicebodies.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttserror.h"
#include "tts/ttserrortext.h"
#include "tts/ttspreflight.h"
#include "tts/ttsrequest.h"
#include "tts/ttstracker.h"
#include "util/redact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QStringList paths(const QByteArray &body)
{
    QStringList list;
    const QJsonArray array
        = parse(body).value(u"field_mask"_s).toObject().value(u"paths"_s).toArray();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

const QByteArray kOtaa
    = R"({"ids":{"device_id":"dev-1","application_ids":{"application_id":"old"},"dev_eui":"0004A30B001C0530","join_eui":"70B3D57ED0000001"},"name":"dev_1","description":"d","attributes":{"old-id":"dev_1"},"lorawan_version":"MAC_V1_0_2","lorawan_phy_version":"PHY_V1_0_2_REV_B","frequency_plan_id":"EU_863_870_TTN","supports_join":true,"root_keys":{"app_key":{"key":"0123456789ABCDEF0123456789ABCDEF"}},"mac_settings":{"status_time_periodicity":"0s","status_count_periodicity":0},"created_at":"2020-01-01T00:00:00Z","last_seen_at":"2020-01-01T00:00:00Z"})";
const QByteArray kAbp
    = R"({"ids":{"device_id":"abp-1","dev_eui":"0004A30B001C0531","join_eui":"70B3D57ED0000001"},"lorawan_version":"MAC_V1_0_2","lorawan_phy_version":"PHY_V1_0_2_REV_B","frequency_plan_id":"EU_863_870_TTN","supports_join":false,"mac_settings":{"rx1_delay":1},"session":{"dev_addr":"26011234","keys":{"f_nwk_s_int_key":{"key":"00112233445566778899AABBCCDDEEFF"},"app_s_key":{"key":"FFEEDDCCBBAA99887766554433221100"}},"last_f_cnt_up":0,"last_n_f_cnt_down":7,"started_at":"2024-01-01T00:00:00Z"}})";

} // namespace

class TstTtsLogic : public QObject
{
    Q_OBJECT
private slots:
    void otaaHasFourBodies();
    void abpHasNoJoinStepAndSessionHalves();
    void serverAddressKeepsOnlyANonDefaultPort();
    void apiKeyShape_data();
    void apiKeyShape();
    void baseUrlChecks();
    void errorBodyByNamespaceAndName();
    void validationCauseChain();
    void nonTtsBodies();
    void transientAndStopErrors();
    void sentencesNameTheSettingNotItsSpelling();
    void deviceFileReportsBadLinesAndDuplicates();
    void neededAndMissingRights();
    void planAgainstListing();
    void rateGateHoldsAfterExhaustedBucket();
    void joinStates();
    void requestPaths();
};

void TstTtsLogic::otaaHasFourBodies()
{
    const TtsDeviceBodies b
        = TtsDeviceBodies::forDevice(parse(kOtaa), u"target"_s, u"eu1.cloud.thethings.network"_s);
    const QJsonObject ids { { u"device_id"_s, u"dev-1"_s },
        { u"application_ids"_s, QJsonObject { { u"application_id"_s, u"target"_s } } },
        { u"dev_eui"_s, u"0004A30B001C0530"_s }, { u"join_eui"_s, u"70B3D57ED0000001"_s } };
    QCOMPARE(b.ids, ids);

    const QJsonObject is = parse(b.identity).value(u"end_device"_s).toObject();
    QCOMPARE(is.value(u"ids"_s).toObject(), ids);
    QCOMPARE(is.value(u"name"_s).toString(), u"dev_1"_s);
    QCOMPARE(is.value(u"join_server_address"_s).toString(), u"eu1.cloud.thethings.network"_s);
    QCOMPARE(is.value(u"network_server_address"_s).toString(), u"eu1.cloud.thethings.network"_s);
    QVERIFY(!parse(b.identity).contains(u"field_mask"_s));
    // Never a key to the IS, never the timestamps (§3).
    for (const QString &absent : { u"root_keys"_s, u"session"_s, u"created_at"_s, u"last_seen_at"_s,
             u"mac_settings"_s, u"frequency_plan_id"_s })
        QVERIFY2(!is.contains(absent), qPrintable(absent));

    QVERIFY(b.hasJoin());
    QCOMPARE(paths(b.join),
        QStringList({ u"root_keys.app_key.key"_s, u"network_server_address"_s,
            u"application_server_address"_s }));
    const QJsonObject js = parse(b.join).value(u"end_device"_s).toObject();
    QCOMPARE(js.value(u"ids"_s).toObject(), ids);
    QVERIFY(!js.contains(u"name"_s));

    QCOMPARE(paths(b.network),
        QStringList({ u"frequency_plan_id"_s, u"lorawan_version"_s, u"lorawan_phy_version"_s,
            u"supports_join"_s, u"mac_settings.status_time_periodicity"_s,
            u"mac_settings.status_count_periodicity"_s }));
    const QJsonObject ns = parse(b.network).value(u"end_device"_s).toObject();
    // An explicit zero is a value and is sent.
    QCOMPARE(
        ns.value(u"mac_settings"_s).toObject().value(u"status_count_periodicity"_s), QJsonValue(0));
    QVERIFY(!ns.contains(u"root_keys"_s));

    QCOMPARE(paths(b.application), QStringList());
    QCOMPARE(
        parse(b.application).value(u"end_device"_s).toObject(), QJsonObject({ { u"ids"_s, ids } }));
}

void TstTtsLogic::abpHasNoJoinStepAndSessionHalves()
{
    const TtsDeviceBodies b = TtsDeviceBodies::forDevice(parse(kAbp), u"target"_s, u"host"_s);
    QVERIFY(!b.hasJoin());
    const QJsonObject is = parse(b.identity).value(u"end_device"_s).toObject();
    QVERIFY(!is.contains(u"join_server_address"_s));
    QCOMPARE(paths(b.network),
        QStringList({ u"frequency_plan_id"_s, u"lorawan_version"_s, u"lorawan_phy_version"_s,
            u"supports_join"_s, u"mac_settings.rx1_delay"_s, u"session.dev_addr"_s,
            u"session.keys.f_nwk_s_int_key.key"_s, u"session.last_f_cnt_up"_s,
            u"session.last_n_f_cnt_down"_s, u"session.started_at"_s }));
    const QJsonObject ns = parse(b.network).value(u"end_device"_s).toObject();
    QCOMPARE(ns.value(u"supports_join"_s), QJsonValue(false));
    QVERIFY(
        !ns.value(u"session"_s).toObject().value(u"keys"_s).toObject().contains(u"app_s_key"_s));
    QCOMPARE(paths(b.application),
        QStringList({ u"session.dev_addr"_s, u"session.keys.app_s_key.key"_s }));
    const QJsonObject as = parse(b.application).value(u"end_device"_s).toObject();
    QVERIFY(!as.value(u"session"_s)
                 .toObject()
                 .value(u"keys"_s)
                 .toObject()
                 .contains(u"f_nwk_s_int_key"_s));
}

void TstTtsLogic::serverAddressKeepsOnlyANonDefaultPort()
{
    TtsConnection c;
    c.identityServerUrl = QUrl(u"https://eu1.cloud.thethings.network"_s);
    QCOMPARE(c.serverAddress(), u"eu1.cloud.thethings.network"_s);
    c.clusterUrl = QUrl(u"https://nam1.cloud.thethings.network:443/api/v3"_s);
    QCOMPARE(c.serverAddress(), u"nam1.cloud.thethings.network"_s);
    c.clusterUrl = QUrl(u"http://127.0.0.1:1885"_s);
    QCOMPARE(c.serverAddress(), u"127.0.0.1:1885"_s);
}

void TstTtsLogic::apiKeyShape_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good") << u"NNSXS.ABC.DEF"_s << true;
    QTest::newRow("two parts") << u"NNSXS.ABC"_s << false;
    QTest::newRow("prefix") << u"XXXXX.ABC.DEF"_s << false;
    QTest::newRow("empty part") << u"NNSXS..DEF"_s << false;
    QTest::newRow("v2 key") << u"ttn-account-v2.abc"_s << false;
}

void TstTtsLogic::apiKeyShape()
{
    QFETCH(QString, key);
    QFETCH(bool, ok);
    QCOMPARE(TtsConnectionCheck::apiKeyShapeOk(key), ok);
}

void TstTtsLogic::baseUrlChecks()
{
    QVERIFY(TtsConnectionCheck::baseUrlProblem(QUrl(u"https://eu1.cloud.thethings.network"_s))
                .isEmpty());
    QVERIFY(TtsConnectionCheck::baseUrlProblem(QUrl(u"http://127.0.0.1:8080/api/v3/"_s)).isEmpty());
    QVERIFY(!TtsConnectionCheck::baseUrlProblem(QUrl(u"ftp://host"_s)).isEmpty());
    QVERIFY(!TtsConnectionCheck::baseUrlProblem(QUrl(u"eu1.cloud.thethings.network"_s)).isEmpty());
    QVERIFY(!TtsConnectionCheck::baseUrlProblem(QUrl(u"https://host/console"_s)).isEmpty());
}

void TstTtsLogic::errorBodyByNamespaceAndName()
{
    const QByteArray body
        = R"j({"code":6,"message":"error:pkg/identityserver:end_device_euis_taken (…)","details":[{"@type":"type.googleapis.com/ttn.lorawan.v3.ErrorDetails","namespace":"pkg/identityserver","name":"end_device_euis_taken","message_format":"…","attributes":{"join_eui":"70B3D57ED0000001","dev_eui":"0004A30B001C0530","device_id":"other","application_id":"app2"},"correlation_id":"0123456789abcdef0123456789abcdef","code":6}]})j";
    const TtsError e = TtsError::fromHttp(409, body);
    QCOMPARE(e.kind, TtsErrorKind::Http);
    QCOMPARE(e.id, u"pkg/identityserver:end_device_euis_taken"_s);
    QCOMPARE(e.grpcCode, 6);
    QCOMPARE(e.correlationId, u"0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(e.attribute(u"device_id"_s), u"other"_s);
    const QString sentence = TtsErrorText::sentence(e, {});
    QVERIFY2(
        sentence.contains(u"“other”"_s) && sentence.contains(u"“app2”"_s), qPrintable(sentence));
}

void TstTtsLogic::validationCauseChain()
{
    const QByteArray body
        = R"({"code":3,"message":"m","details":[{"namespace":"pkg/errors","name":"validation","attributes":{"field":"end_device","reason":"embedded"},"cause":{"namespace":"pkg/errors","name":"validation","attributes":{"field":"ids","reason":"embedded"},"cause":{"namespace":"pkg/errors","name":"validation","attributes":{"field":"device_id","reason":"value does not match regex pattern"}}}}]})";
    const TtsError e = TtsError::fromHttp(400, body);
    QCOMPARE(e.id, u"pkg/errors:validation"_s);
    QCOMPARE(e.validationField(), u"device_id"_s);
    const QString sentence = TtsErrorText::sentence(e, {});
    QVERIFY2(
        sentence.contains(u"device_id"_s) && sentence.contains(u"regex"_s), qPrintable(sentence));
}

void TstTtsLogic::nonTtsBodies()
{
    const TtsError html
        = TtsError::fromHttp(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
    QCOMPARE(html.httpStatus, 502);
    QVERIFY(html.id.isEmpty());
    QVERIFY(html.isTransient());
    const TtsError bare = TtsError::fromHttp(400, R"({"code":3,"message":"invalid hex"})");
    QCOMPARE(bare.grpcCode, 3);
    QCOMPARE(bare.message, u"invalid hex"_s);
    QVERIFY(bare.id.isEmpty());
    QVERIFY(TtsErrorText::sentence(bare, {}).contains(u"invalid hex"_s));
    const TtsError empty = TtsError::fromHttp(500, QByteArray());
    QVERIFY(!TtsErrorText::sentence(empty, {}).isEmpty());
}

void TstTtsLogic::transientAndStopErrors()
{
    QVERIFY(TtsError::fromHttp(503, {}).isTransient());
    QVERIFY(TtsError::fromHttp(504, {}).isTransient());
    QVERIFY(!TtsError::fromHttp(500, {}).isTransient());
    QVERIFY(!TtsError::fromHttp(409, {}).isTransient());
    QVERIFY(TtsError::fromHttp(429, {}).isRateLimited());
    QVERIFY(TtsError::transport(TtsErrorKind::Timeout, {}).isTransient());
    QVERIFY(TtsError::transport(TtsErrorKind::ConnectionFailed, {}, true).isTransient());
    QVERIFY(!TtsError::transport(TtsErrorKind::ConnectionFailed, {}, false).isTransient());
    QVERIFY(TtsError::fromHttp(401, {}).stopsImport());
    const TtsError rights = TtsError::fromHttp(403,
        R"({"code":7,"details":[{"namespace":"pkg/auth/rights","name":"insufficient_application_rights","attributes":{"missing":["RIGHT_APPLICATION_DEVICES_WRITE"]}}]})");
    QVERIFY(rights.stopsImport());
    QVERIFY(TtsErrorText::sentence(rights, {}).contains(u"RIGHT_APPLICATION_DEVICES_WRITE"_s));
    QVERIFY(!TtsError::fromHttp(409, {}).stopsImport());
}

void TstTtsLogic::sentencesNameTheSettingNotItsSpelling()
{
    const TtsError e = TtsError::fromHttp(401, {});
    // The core names the setting; the faces word it (tst_clierrortext, tst_wizarderrortext).
    const QString sentence = TtsErrorText::sentence(e, {});
    QVERIFY2(
        sentence.contains(u"API key"_s) && !sentence.contains(u"--tts"_s), qPrintable(sentence));
    QCOMPARE(TtsErrorText::fix(e), SettingFix::CheckTtsApiKey);
    const QString noAccess = TtsErrorText::noAccess(u"my-app"_s);
    QVERIFY(noAccess.contains(u"does not exist or this key has no access"_s));
}

void TstTtsLogic::deviceFileReportsBadLinesAndDuplicates()
{
    QByteArray bytes = "\xEF\xBB\xBF" + kOtaa + "\r\n\n{broken\n[1,2]\n" + kOtaa + "\n"
        + QByteArray(kAbp).replace("abp-1", "abp-2").replace("0004A30B001C0531", "0004A30B001C0530")
        + "\n{\"name\":\"no-ids\"}\n" + kAbp;
    TtsDeviceFileContents c = TtsDeviceFile::parse(u"f.json"_s, bytes);
    TtsDeviceFile::markDuplicates(&c.devices);
    QCOMPARE(c.devices.size(), 7);
    QVERIFY(c.devices.at(0).ok());
    QCOMPARE(c.devices.at(0).line, 1);
    QVERIFY(c.devices.at(0).supportsJoin && c.devices.at(0).hasKeys && !c.devices.at(0).hasSession);
    QCOMPARE(c.devices.at(1).line, 3);
    QVERIFY(c.devices.at(1).error.contains(u"not valid JSON"_s));
    QVERIFY(c.devices.at(2).error.contains(u"not a JSON object"_s));
    QVERIFY(c.devices.at(3).error.contains(u"appears twice (first at f.json:1)"_s));
    QVERIFY(c.devices.at(4).error.contains(u"JoinEUI/DevEUI appear twice"_s));
    QVERIFY(c.devices.at(5).error.contains(u"ids.device_id"_s));
    QVERIFY(c.devices.at(6).ok() && c.devices.at(6).hasSession);
}

void TstTtsLogic::neededAndMissingRights()
{
    TtsDeviceFileContents c = TtsDeviceFile::parse(u"f"_s, kOtaa);
    QCOMPARE(TtsPreflight::neededRights(c.devices),
        QStringList({ u"RIGHT_APPLICATION_DEVICES_READ"_s, u"RIGHT_APPLICATION_DEVICES_WRITE"_s,
            u"RIGHT_APPLICATION_DEVICES_WRITE_KEYS"_s }));
    const QByteArray noKeys
        = R"({"ids":{"device_id":"x-1","dev_eui":"0004A30B001C0530","join_eui":"70B3D57ED0000001"}})";
    c = TtsDeviceFile::parse(u"f"_s, noKeys);
    QCOMPARE(TtsPreflight::neededRights(c.devices).size(), 2);
    QCOMPARE(TtsPreflight::missing({ u"A"_s, u"B"_s }, { u"B"_s }), QStringList({ u"A"_s }));
    QVERIFY(TtsPreflight::missing({ u"A"_s }, { u"RIGHT_APPLICATION_ALL"_s }).isEmpty());
    // WRITE does not imply READ.
    QCOMPARE(TtsPreflight::missing(
                 { u"RIGHT_APPLICATION_DEVICES_READ"_s }, { u"RIGHT_APPLICATION_DEVICES_WRITE"_s }),
        QStringList({ u"RIGHT_APPLICATION_DEVICES_READ"_s }));
}

void TstTtsLogic::planAgainstListing()
{
    TtsDeviceFileContents c = TtsDeviceFile::parse(u"f"_s,
        kOtaa + "\n" + kAbp + "\n"
            + QByteArray(kOtaa)
                  .replace("dev-1", "dev-2")
                  .replace("0004A30B001C0530", "0004A30B001C0540")
            + "\n"
            + QByteArray(kOtaa)
                  .replace("dev-1", "dev-3")
                  .replace("0004A30B001C0530", "0004A30B001C0550")
            + "\nbroken");
    QHash<QString, TtsListedDevice> existing;
    existing.insert(
        u"dev-1"_s, { u"dev-1"_s, u"0004A30B001C0530"_s, u"70B3D57ED0000001"_s, {}, {}, {} });
    existing.insert(
        u"abp-1"_s, { u"abp-1"_s, u"FFFFFFFFFFFFFFFF"_s, u"70B3D57ED0000001"_s, {}, {}, {} });
    existing.insert(u"elsewhere"_s,
        { u"elsewhere"_s, u"0004A30B001C0540"_s, u"70B3D57ED0000001"_s, {}, {}, {} });
    const QList<TtsDevicePlan> plans = TtsPreflight::plan(c.devices, existing, false);
    QCOMPARE(plans.size(), 5);
    QCOMPARE(plans.at(0).action, TtsPlanAction::Listed);
    QCOMPARE(plans.at(1).action, TtsPlanAction::Conflict);
    QVERIFY(plans.at(1).reason.contains(u"other EUIs"_s));
    QCOMPARE(plans.at(2).action, TtsPlanAction::Conflict);
    QVERIFY(plans.at(2).reason.contains(u"“elsewhere”"_s));
    QCOMPARE(plans.at(3).action, TtsPlanAction::Create);
    QCOMPARE(plans.at(4).action, TtsPlanAction::Invalid);
    QCOMPARE(TtsPreflight::plan(c.devices, existing, true).at(0).action, TtsPlanAction::Complete);
}

void TstTtsLogic::rateGateHoldsAfterExhaustedBucket()
{
    qint64 now = 0;
    RateLimitGate gate([&now] { return now; });
    const auto answer = [&gate](const char *limit, const char *available, const char *reset) {
        QCOMPARE(gate.reserve(), 0); // the request that brings the answer
        HttpReply reply;
        reply.httpStatus = 200;
        reply.headers = { { "X-Rate-Limit-Limit", limit }, { "X-Rate-Limit-Available", available },
            { "X-Rate-Limit-Reset", reset } };
        gate.noteAnswer(reply, HttpLoad::Answered, 1);
    };
    answer("60", "5", "10");
    QCOMPARE(gate.reserve(), 0);
    // Available 0: the next call waits for one request's worth of the bucket, about
    // Reset / Limit seconds (here 30 s / 60 = 500 ms; the truncated seconds err long).
    gate = RateLimitGate([&now] { return now; });
    answer("60", "0", "30");
    const qint64 wait = gate.reserve();
    QVERIFY2(wait > 400 && wait <= 600, qPrintable(QString::number(wait)));
    gate.holdFor(100); // never shortens
    QVERIFY(gate.recheck() > 400);
    now += wait;
    QCOMPARE(gate.recheck(), 0);
}

void TstTtsLogic::joinStates()
{
    const QDateTime created = QDateTime::fromString(u"2024-10-01T12:00:00Z"_s, Qt::ISODate);
    QCOMPARE(TtsTracker::classify(created, {}, {}), TtsJoinState::Waiting);
    QCOMPARE(TtsTracker::classify(created, created.addSecs(-60), {}), TtsJoinState::Waiting);
    QCOMPARE(TtsTracker::classify(created, created, {}), TtsJoinState::Joined);
    QCOMPARE(TtsTracker::classify(created, created.addSecs(5), created.addSecs(9)),
        TtsJoinState::Active);
    QCOMPARE(TtsTracker::stateName(TtsJoinState::Joined, false), u"joined"_s);
    QCOMPARE(TtsTracker::stateName(TtsJoinState::Joined, true), u"seen"_s);
}

void TstTtsLogic::requestPaths()
{
    QCOMPARE(TtsRequests::listDevices(u"app"_s, u"last_seen_at,activated_at"_s, 1000, 2).path,
        u"/applications/app/devices?field_mask=last_seen_at,activated_at&limit=1000&page=2&order=device_id"_s);
    QCOMPARE(TtsRequests::setDevice(TtsServer::Network, u"app"_s, u"d-1"_s, {}).path,
        u"/ns/applications/app/devices/d-1"_s);
    QCOMPARE(TtsRequests::deleteDevice(TtsServer::Identity, u"app"_s, u"d-1"_s).method,
        QByteArray("DELETE"));
    QCOMPARE(TtsRequests::rights(u"app"_s).path, u"/applications/app/rights"_s);
}

QTEST_GUILESS_MAIN(TstTtsLogic)
#include "tst_ttslogic.moc"
