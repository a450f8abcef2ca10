// The tts-emulator's own rules, through TtsClient over HTTP: rights and authentication
// errors, field-mask checks per server, EUI uniqueness, pagination, rate-limit headers.
#include "tts/ttscall.h"
#include "tts/ttsclient.h"
#include "ttstestsupport.h"

using namespace Qt::StringLiterals;
using namespace ttstest;

namespace {

TtsResult send(TtsClient &client, const TtsRequest &request)
{
    TtsResult result;
    bool done = false;
    TtsCall *call = client.send(request);
    QObject::connect(call, &TtsCall::finished, &client, [&](const TtsResult &r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

QByteArray setBody(const QString &ids, const QString &fields, const QStringList &paths)
{
    return u"{\"end_device\":{\"ids\":%1%2},\"field_mask\":{\"paths\":[%3]}}"_s
        .arg(ids, fields.isEmpty() ? QString() : u","_s + fields,
            paths.isEmpty() ? QString() : u"\""_s + paths.join(u"\",\""_s) + u"\""_s)
        .toUtf8();
}

const QString kIds
    = u"{\"device_id\":\"dev-1\",\"dev_eui\":\"0004A30B001C0530\",\"join_eui\":\"70B3D57ED0000001\"}"_s;

} // namespace

class TstTtsEmulator : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rightsAnswerEmptyForUnknownApplications();
    void authenticationErrors();
    void fieldMaskChecksPerServer();
    void registriesKeepEuisUnique();
    void networkServerRefusesAbpWithSessionKeyId();
    void listingPagesWithTotalCount();
    void rateLimitHeadersOnEveryAnswer();
    void registryGetsCheckMasksAndKeyRights();
    void demoSourceApplication();
    void linkStoresDefaultFormatters();

private:
    std::unique_ptr<TtsEmulator> m_emulator;
    std::unique_ptr<TtsClient> m_client;
};

void TstTtsEmulator::init()
{
    m_emulator = std::make_unique<TtsEmulator>();
    setUpEmulator(*m_emulator);
    m_client = std::make_unique<TtsClient>(connection(*m_emulator));
}

void TstTtsEmulator::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void TstTtsEmulator::rightsAnswerEmptyForUnknownApplications()
{
    TtsResult r = send(*m_client, TtsRequests::rights(kApp));
    QVERIFY(r.ok());
    QVERIFY(r.body.contains("RIGHT_APPLICATION_DEVICES_WRITE_KEYS"));
    r = send(*m_client, TtsRequests::rights(u"nope"_s));
    QVERIFY(r.ok());
    QCOMPARE(r.body, QByteArray("{}"));
    r = send(*m_client, TtsRequests::listDevices(u"nope"_s, {}, 10, 1));
    QCOMPARE(r.error.id, u"pkg/auth/rights:no_application_rights"_s);
    QCOMPARE(r.httpStatus, 403);
}

void TstTtsEmulator::authenticationErrors()
{
    TtsConnection c = connection(*m_emulator);
    c.apiKey = u"NNSXS.TESTKEYID0123456789.wrong"_s;
    TtsClient wrong(c);
    TtsResult r = send(wrong, TtsRequests::listDevices(kApp, {}, 10, 1));
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.error.id, u"pkg/identityserver:invalid_authorization"_s);
    QVERIFY(r.error.stopsImport());
    // The client never sends a malformed key; ask the emulator directly.
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(m_emulator->baseUrl().toString() + u"/api/v3/applications/%1/devices"_s.arg(kApp)));
    request.setRawHeader("Authorization", "Bearer not-a-key");
    QNetworkReply *reply = nam.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QCOMPARE(TtsError::fromHttp(400, reply->readAll()).id, u"pkg/auth:token"_s);
    delete reply;
    TtsClient readOnly(connection(*m_emulator, kReadOnlyKey));
    r = send(readOnly, TtsRequests::deleteDevice(TtsServer::Identity, kApp, u"dev-1"_s));
    QCOMPARE(r.error.id, u"pkg/auth/rights:insufficient_application_rights"_s);
    QVERIFY(r.error.attributes.value(u"missing"_s)
                .toArray()
                .contains(u"RIGHT_APPLICATION_DEVICES_WRITE"_s));
}

void TstTtsEmulator::fieldMaskChecksPerServer()
{
    const QString key
        = u"\"root_keys\":{\"app_key\":{\"key\":\"0123456789ABCDEF0123456789ABCDEF\"}}"_s;
    TtsResult r = send(*m_client,
        TtsRequests::setDevice(
            TtsServer::Join, kApp, u"dev-1"_s, setBody(kIds, key, { u"root_keys"_s })));
    QCOMPARE(r.error.id, u"pkg/rpcmiddleware/validator:non_zero_path"_s);
    r = send(*m_client,
        TtsRequests::setDevice(TtsServer::Network, kApp, u"dev-1"_s,
            setBody(kIds, key, { u"root_keys.app_key.key"_s })));
    QCOMPARE(r.error.id, u"pkg/rpcmiddleware/validator:field_mask_paths"_s);
    r = send(*m_client,
        TtsRequests::setDevice(
            TtsServer::Join, kApp, u"dev-1"_s, setBody(kIds, key, { u"root_keys.app_key.key"_s })));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    // A listed path without a value clears the field.
    r = send(*m_client,
        TtsRequests::setDevice(
            TtsServer::Join, kApp, u"dev-1"_s, setBody(kIds, {}, { u"root_keys.app_key.key"_s })));
    QCOMPARE(r.error.id, u"pkg/joinserver:field_value"_s);
    r = send(*m_client,
        TtsRequests::setDevice(TtsServer::Join, kApp, u"dev-1"_s,
            setBody(u"{\"device_id\":\"dev-1\",\"dev_eui\":\"0004A30B001C0530\"}"_s, key,
                { u"root_keys.app_key.key"_s })));
    QVERIFY(r.ok()); // the stored join_eui stays
    r = send(*m_client,
        TtsRequests::setDevice(TtsServer::Join, kApp, u"dev-2"_s,
            setBody(u"{\"device_id\":\"dev-2\",\"dev_eui\":\"0004A30B001C0531\"}"_s, key,
                { u"root_keys.app_key.key"_s })));
    QCOMPARE(r.error.id, u"pkg/joinserver:no_join_eui"_s);
    r = send(*m_client,
        TtsRequests::setDevice(TtsServer::Join, kApp, u"dev-3"_s,
            setBody(u"{\"device_id\":\"dev-3\",\"dev_eui\":\"XYZ\"}"_s, key, {})));
    QCOMPARE(r.httpStatus, 400);
    QVERIFY(r.error.id.isEmpty()); // a body grpc-gateway cannot decode: no details
}

void TstTtsEmulator::registriesKeepEuisUnique()
{
    const QString key
        = u"\"root_keys\":{\"app_key\":{\"key\":\"0123456789ABCDEF0123456789ABCDEF\"}}"_s;
    QVERIFY(send(*m_client,
        TtsRequests::setDevice(TtsServer::Join, kOtherApp, u"dev-1"_s,
            setBody(kIds, key, { u"root_keys.app_key.key"_s })))
                .ok());
    const TtsResult r = send(*m_client,
        TtsRequests::setDevice(
            TtsServer::Join, kApp, u"dev-9"_s, setBody(kIds, key, { u"root_keys.app_key.key"_s })));
    QCOMPARE(r.httpStatus, 409);
    QCOMPARE(r.error.id, u"pkg/internal/registry:end_device_euis_taken"_s);
    QCOMPARE(r.error.attribute(u"application_id"_s), kOtherApp);
}

void TstTtsEmulator::networkServerRefusesAbpWithSessionKeyId()
{
    const QString fields
        = u"\"frequency_plan_id\":\"EU_863_870_TTN\",\"lorawan_version\":\"MAC_V1_0_2\","
          "\"lorawan_phy_version\":\"PHY_V1_0_2_REV_B\",\"supports_join\":false,"
          "\"session\":{\"dev_addr\":\"26011234\",\"keys\":{\"f_nwk_s_int_key\":{\"key\":"
          "\"00112233445566778899AABBCCDDEEFF\"},\"session_key_id\":\"AQID\"}}"_s;
    const QStringList paths { u"frequency_plan_id"_s, u"lorawan_version"_s,
        u"lorawan_phy_version"_s, u"supports_join"_s, u"session.dev_addr"_s,
        u"session.keys.f_nwk_s_int_key.key"_s };
    TtsResult r = send(*m_client,
        TtsRequests::setDevice(TtsServer::Network, kApp, u"abp-1"_s,
            setBody(kIds, fields, paths + QStringList { u"session.keys.session_key_id"_s })));
    QCOMPARE(r.error.id, u"pkg/networkserver:field_value"_s);
    QCOMPARE(r.error.attribute(u"field"_s), u"session.keys.session_key_id"_s);
    r = send(*m_client,
        TtsRequests::setDevice(TtsServer::Network, kApp, u"abp-1"_s,
            setBody(kIds, QString(fields).replace(u"EU_863_870_TTN"_s, u"MARS_1"_s), paths)));
    QCOMPARE(r.error.id, u"pkg/frequencyplans:not_found"_s);
    QCOMPARE(r.httpStatus, 404);
    r = send(*m_client,
        TtsRequests::setDevice(TtsServer::Network, kApp, u"abp-1"_s, setBody(kIds, fields, paths)));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
}

void TstTtsEmulator::listingPagesWithTotalCount()
{
    m_emulator->generate(kApp, 25);
    TtsResult r = send(*m_client, TtsRequests::listDevices(kApp, u"name"_s, 10, 3));
    QVERIFY(r.ok());
    QCOMPARE(r.totalCount, 25);
    const QJsonArray page
        = QJsonDocument::fromJson(r.body).object().value(u"end_devices"_s).toArray();
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.first().toObject().value(u"ids"_s).toObject().value(u"device_id"_s).toString(),
        u"dev-000021"_s);
    QVERIFY(page.first().toObject().contains(u"created_at"_s));
    r = send(*m_client, TtsRequests::listDevices(kApp, u"name"_s, 10, 4));
    QCOMPARE(r.body, QByteArray("{}"));
    r = send(*m_client, TtsRequests::listDevices(kApp, u"name"_s, 1001, 1));
    QCOMPARE(r.error.id, u"pkg/errors:validation"_s);
    r = send(*m_client, TtsRequests::getDevice(kApp, u"dev-000001"_s));
    QVERIFY(r.ok());
    r = send(*m_client, TtsRequests::getDevice(kApp, u"dev-999999"_s));
    QCOMPARE(r.error.id, u"pkg/identityserver/store:end_device_not_found"_s);
}

void TstTtsEmulator::rateLimitHeadersOnEveryAnswer()
{
    m_emulator->setRateLimit(60, 2);
    QVERIFY(send(*m_client, TtsRequests::rights(kApp)).ok());
    QVERIFY(send(*m_client, TtsRequests::rights(kApp)).ok());
    // The bucket is empty now: the client waits (Reset / Limit) before the next call, and a
    // 429 would be repeated, so the third call still succeeds.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(send(*m_client, TtsRequests::rights(kApp)).ok());
    QVERIFY(timer.elapsed() >= 400);
    const QList<TtsEmulatorRequest> requests = m_emulator->requests();
    QCOMPARE(requests.constLast().status, 200);
}

void TstTtsEmulator::registryGetsCheckMasksAndKeyRights()
{
    TtsEmulator &e = *m_emulator;
    const QJsonObject device = QJsonDocument::fromJson(
        u"{\"ids\":%1,\"root_keys\":{\"app_key\":{\"key\":\"0123456789ABCDEF0123456789ABCDEF\"}},"
        u"\"supports_class_c\":true,\"formatters\":{\"up_formatter\":\"FORMATTER_CAYENNELPP\"}}"_s
            .arg(kIds)
            .toUtf8())
                                   .object();
    e.addDevice(kApp, device, { TtsServer::Join, TtsServer::Network, TtsServer::Application });
    // A path of another server is field_mask_paths, as in TTS.
    TtsResult r = send(*m_client,
        TtsRequests::getServerDevice(TtsServer::Network, kApp, u"dev-1"_s, u"formatters"_s));
    QCOMPARE(r.error.id, u"pkg/rpcmiddleware/validator:field_mask_paths"_s);
    r = send(*m_client,
        TtsRequests::getServerDevice(
            TtsServer::Network, kApp, u"dev-1"_s, u"supports_class_c,mac_settings"_s));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(QJsonDocument::fromJson(r.body).object().value(u"supports_class_c"_s).toBool());
    // Root keys only with READ_KEYS.
    TtsClient noKeys(connection(e, kNoKeysKey));
    r = send(
        noKeys, TtsRequests::getServerDevice(TtsServer::Join, kApp, u"dev-1"_s, u"root_keys"_s));
    QCOMPARE(r.error.id, u"pkg/auth/rights:insufficient_application_rights"_s);
    r = send(noKeys,
        TtsRequests::getServerDevice(TtsServer::Network, kApp, u"dev-1"_s, u"session.dev_addr"_s));
    QVERIFY(r.ok()); // tracking's NS get needs no key right
    r = send(
        *m_client, TtsRequests::getServerDevice(TtsServer::Join, kApp, u"dev-1"_s, u"root_keys"_s));
    QVERIFY(r.ok());
    QVERIFY(QJsonDocument::fromJson(r.body).object().contains(u"root_keys"_s));
}

void TstTtsEmulator::demoSourceApplication()
{
    TtsEmulator &e = *m_emulator;
    e.loadDemoSource(e.baseUrl().host());
    const QString app = TtsEmulator::demoSourceApplicationId();
    QVERIFY(e.deviceCount(TtsServer::Identity, app) >= 50);
    // Mixed: ABP devices have no JS record, the external Join Server device neither.
    QVERIFY(e.deviceCount(TtsServer::Join, app) < e.deviceCount(TtsServer::Network, app));
    const QJsonObject external = e.device(TtsServer::Identity, app, u"claimed-tracker-056"_s);
    QVERIFY(!external.value(u"join_server_address"_s).toString().isEmpty());
    QVERIFY(external.value(u"join_server_address"_s).toString() != e.baseUrl().host());
    QVERIFY(e.device(TtsServer::Join, app, u"claimed-tracker-056"_s).isEmpty());
    QVERIFY(e.device(TtsServer::Network, app, u"beacon-tag-031"_s)
                .value(u"supports_class_b"_s)
                .toBool());
    TtsConnection c = connection(e, TtsEmulator::demoSourceApiKey());
    c.applicationId = app;
    TtsClient client(c);
    const TtsResult r = send(client,
        TtsRequests::listDevices(app, u"name,serial_number,lora_alliance_profile_ids"_s, 1000, 1));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.totalCount, e.deviceCount(TtsServer::Identity, app));
}

// GET/PUT /as/applications/{app}/link (formatters.md): field mask paths, the right, the limit.
void TstTtsEmulator::linkStoresDefaultFormatters()
{
    const auto body = [](const QString &formatters, const QString &paths) {
        return u"{\"link\":{\"default_formatters\":{%1}},\"field_mask\":{\"paths\":[%2]}}"_s
            .arg(formatters, paths)
            .toUtf8();
    };
    const QString up
        = u"\"default_formatters.up_formatter\",\"default_formatters.up_formatter_parameter\""_s;
    TtsResult r = send(*m_client, TtsRequests::getLink(kApp, u"default_formatters"_s));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(QJsonDocument::fromJson(r.body).object(), QJsonObject());

    r = send(*m_client,
        TtsRequests::setLink(kApp,
            body(
                u"\"up_formatter\":\"FORMATTER_JAVASCRIPT\",\"up_formatter_parameter\":\"function Decoder(b, p) { return {}; }\""_s,
                up)));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    r = send(*m_client, TtsRequests::getLink(kApp, u"default_formatters"_s));
    const QJsonObject stored
        = QJsonDocument::fromJson(r.body).object().value(u"default_formatters"_s).toObject();
    QCOMPARE(stored.value(u"up_formatter"_s).toString(), u"FORMATTER_JAVASCRIPT"_s);
    QCOMPARE(m_emulator->link(kApp).value(u"default_formatters"_s).toObject(), stored);

    r = send(*m_client, TtsRequests::setLink(kApp, body({}, u"\"default_formatters.nope\""_s)));
    QCOMPARE(r.error.id, u"pkg/rpcmiddleware/validator:field_mask_paths"_s);
    const QString tooLong = QString(40961, u'x');
    r = send(*m_client,
        TtsRequests::setLink(kApp,
            body(u"\"up_formatter\":\"FORMATTER_JAVASCRIPT\",\"up_formatter_parameter\":\"%1\""_s
                     .arg(tooLong),
                up)));
    QCOMPARE(r.httpStatus, 400);
    // A listed path without a value clears it.
    r = send(*m_client, TtsRequests::setLink(kApp, body({}, up)));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(m_emulator->link(kApp), QJsonObject());

    TtsClient devicesOnly(connection(*m_emulator, kNoKeysKey));
    r = send(devicesOnly, TtsRequests::getLink(kApp, u"default_formatters"_s));
    QCOMPARE(r.error.id, u"pkg/auth/rights:insufficient_application_rights"_s);
    QVERIFY(r.error.attributes.value(u"missing"_s)
                .toArray()
                .contains(u"RIGHT_APPLICATION_SETTINGS_BASIC"_s));
}

QTEST_GUILESS_MAIN(TstTtsEmulator)
#include "tst_ttsemulator.moc"
