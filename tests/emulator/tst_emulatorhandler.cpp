// The emulator's handler and discovery HTTP API, over real loopback HTTP.
#include "httptestclient.h"
#include "v2emulator.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = "ttn-account-v2.test-key-with-devices-right";
const QByteArray kSettingsOnlyKey = "ttn-account-v2.test-key-settings-only";
const QByteArray kOtherAppKey = "ttn-account-v2.test-key-of-other-app";
const QByteArray kForeignKey = "ttn-account-v2.test-key-of-app-on-other-handler";

QJsonObject otaaDevice(const QString &devId, const QString &devEui)
{
    return QJsonObject {
        { u"app_id"_s, u"app-one"_s },
        { u"dev_id"_s, devId },
        { u"lorawan_device"_s,
          QJsonObject { { u"app_id"_s, u"app-one"_s },
                        { u"dev_id"_s, devId },
                        { u"app_eui"_s, u"70b3d57ed0000001"_s },
                        { u"dev_eui"_s, devEui },
                        { u"app_key"_s, u"00112233445566778899aabbccddeeff"_s } } },
    };
}

QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestEmulatorHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listHasShapeHeadersAndOrder();
    void listPaginates_data();
    void listPaginates();
    void listRejectsNonIntegerPaging();
    void emptyApplicationListIsEmptyObject();
    void getOneHasCountersListHasNot();
    void jsonpbOmitsZeroValuesButKeepsHexFields();
    void unknownDeviceIs404();
    void authErrors_data();
    void authErrors();
    void grpcMetadataKeyHeaderWorks();
    void applicationNeedsSettingsRight();
    void setDeviceCreatesAndUpdates();
    void setDeviceWithoutPathDevId();
    void setDeviceValidates_data();
    void setDeviceValidates();
    void setDeviceConflictIs409();
    void deleteDevice();
    void discoveryAnnouncesApplications();
    void requestLogNeverStoresKey();
    void loadFileAndWrongHandler();
    void demoCoversConversionCases();

private:
    V2Emulator *m_emulator = nullptr;
    HttpTestClient *m_client = nullptr;
};

void TestEmulatorHandler::init()
{
    m_emulator = new V2Emulator;
    m_emulator->setRateLimit(0);
    m_emulator->addApplication(u"app-one"_s, QString::fromLatin1(kKey));
    m_emulator->addApplication(u"app-one"_s, QString::fromLatin1(kSettingsOnlyKey),
                               { u"settings"_s });
    m_emulator->addApplication(u"app-empty"_s, QString::fromLatin1(kOtherAppKey));
    m_emulator->addUnregisteredApplication(u"app-elsewhere"_s, QString::fromLatin1(kForeignKey));
    QVERIFY(m_emulator->addDevice(u"app-one"_s, otaaDevice(u"dev-b"_s, u"0004A30B00000002"_s)));
    QVERIFY(m_emulator->addDevice(u"app-one"_s, otaaDevice(u"dev-a"_s, u"0004A30B00000001"_s)));
    QJsonObject joined = otaaDevice(u"dev-c"_s, u"0004A30B00000003"_s);
    QJsonObject lorawan = joined.value(u"lorawan_device"_s).toObject();
    lorawan.insert(u"dev_addr"_s, u"26011234"_s);
    lorawan.insert(u"nwk_s_key"_s, u"11111111111111111111111111111111"_s);
    lorawan.insert(u"app_s_key"_s, u"22222222222222222222222222222222"_s);
    lorawan.insert(u"f_cnt_up"_s, 12);
    lorawan.insert(u"f_cnt_down"_s, 3);
    lorawan.insert(u"last_seen"_s, u"1596787200000000000"_s);
    joined.insert(u"lorawan_device"_s, lorawan);
    joined.insert(u"latitude"_s, 52.37);
    joined.insert(u"longitude"_s, 4.88);
    joined.insert(u"altitude"_s, 3);
    joined.insert(u"attributes"_s, QJsonObject { { u"room"_s, u"5"_s } });
    joined.insert(u"description"_s, u"K\u00fchlraum <S\u00fcd> & \u2603"_s);
    QVERIFY(m_emulator->addDevice(u"app-one"_s, joined));
    QVERIFY(m_emulator->listen());
    m_client = new HttpTestClient(m_emulator->handlerUrl());
    m_client->setKey(kKey);
}

void TestEmulatorHandler::cleanup()
{
    delete m_client;
    delete m_emulator;
}

void TestEmulatorHandler::listHasShapeHeadersAndOrder()
{
    QCOMPARE(m_emulator->handlerUrl().toString(),
             u"http://127.0.0.1:%1"_s.arg(m_emulator->port()));
    const HttpResult result = m_client->get(u"/applications/app-one/devices"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Grpc-Metadata-Total"), QByteArray("3"));
    QCOMPARE(result.header("Grpc-Metadata-Selected"), QByteArray("3"));
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    const QJsonArray devices = result.json().value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 3);
    QCOMPARE(devices.at(0).toObject().value(u"dev_id"_s).toString(), u"dev-a"_s);
    QCOMPARE(devices.at(1).toObject().value(u"dev_id"_s).toString(), u"dev-b"_s);
    QCOMPARE(devices.at(2).toObject().value(u"dev_id"_s).toString(), u"dev-c"_s);
    // The list carries every key (hex normalised to uppercase) ...
    const QJsonObject lorawan = devices.at(2).toObject().value(u"lorawan_device"_s).toObject();
    QCOMPARE(lorawan.value(u"app_key"_s).toString(), u"00112233445566778899AABBCCDDEEFF"_s);
    QCOMPARE(lorawan.value(u"nwk_s_key"_s).toString(), u"11111111111111111111111111111111"_s);
    QCOMPARE(lorawan.value(u"app_eui"_s).toString(), u"70B3D57ED0000001"_s);
}

void TestEmulatorHandler::listPaginates_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("limit") << u"?limit=2"_s << QStringList { u"dev-a"_s, u"dev-b"_s };
    QTest::newRow("limit+offset") << u"?limit=2&offset=2"_s << QStringList { u"dev-c"_s };
    QTest::newRow("offset only") << u"?offset=1"_s << QStringList { u"dev-b"_s, u"dev-c"_s };
    QTest::newRow("zero = all") << u"?limit=0&offset=0"_s
                                << QStringList { u"dev-a"_s, u"dev-b"_s, u"dev-c"_s };
    QTest::newRow("past the end") << u"?limit=2&offset=3"_s << QStringList {};
}

void TestEmulatorHandler::listPaginates()
{
    QFETCH(QString, query);
    QFETCH(QStringList, ids);
    const HttpResult result = m_client->get(u"/applications/app-one/devices"_s + query);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Grpc-Metadata-Total"), QByteArray("3"));
    QCOMPARE(result.header("Grpc-Metadata-Selected"), QByteArray::number(ids.size()));
    QStringList got;
    for (const QJsonValue &device : result.json().value(u"devices"_s).toArray())
        got.append(device.toObject().value(u"dev_id"_s).toString());
    QCOMPARE(got, ids);
    if (ids.isEmpty())
        QCOMPARE(result.body, QByteArray("{}"));
}

void TestEmulatorHandler::listRejectsNonIntegerPaging()
{
    for (const QString &query : { u"?limit=ten"_s, u"?offset=1.5"_s }) {
        const HttpResult result = m_client->get(u"/applications/app-one/devices"_s + query);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json().value(u"code"_s).toInt(), 3);
    }
}

void TestEmulatorHandler::emptyApplicationListIsEmptyObject()
{
    m_client->setKey(kOtherAppKey);
    const HttpResult result = m_client->get(u"/applications/app-empty/devices"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, QByteArray("{}"));
    QCOMPARE(result.header("Grpc-Metadata-Total"), QByteArray("0"));
    QCOMPARE(result.header("Grpc-Metadata-Selected"), QByteArray("0"));
}

void TestEmulatorHandler::getOneHasCountersListHasNot()
{
    const HttpResult one = m_client->get(u"/applications/app-one/devices/dev-c"_s);
    QCOMPARE(one.status, 200);
    QVERIFY(one.body.contains("\"f_cnt_up\":12"));
    QVERIFY(one.body.contains("\"f_cnt_down\":3"));
    QVERIFY(one.body.contains("\"last_seen\":\"1596787200000000000\""));

    const HttpResult list = m_client->get(u"/applications/app-one/devices"_s);
    QCOMPARE(list.status, 200);
    QVERIFY(list.body.contains("\"dev_addr\":\"26011234\""));
    QVERIFY(!list.body.contains("f_cnt_up"));
    QVERIFY(!list.body.contains("f_cnt_down"));
    QVERIFY(!list.body.contains("last_seen"));
}

void TestEmulatorHandler::jsonpbOmitsZeroValuesButKeepsHexFields()
{
    const HttpResult plain = m_client->get(u"/applications/app-one/devices/dev-a"_s);
    QCOMPARE(plain.status, 200);
    // Exact bytes: field order of the protos, zero values omitted, hex fields always there.
    QCOMPARE(plain.body,
             QByteArray("{\"app_id\":\"app-one\",\"dev_id\":\"dev-a\",\"lorawan_device\":{"
                        "\"app_eui\":\"70B3D57ED0000001\",\"dev_eui\":\"0004A30B00000001\","
                        "\"app_id\":\"app-one\",\"dev_id\":\"dev-a\",\"dev_addr\":\"\","
                        "\"nwk_s_key\":\"\",\"app_s_key\":\"\","
                        "\"app_key\":\"00112233445566778899AABBCCDDEEFF\"}}"));

    const HttpResult full = m_client->get(u"/applications/app-one/devices/dev-c"_s);
    // Floats as given, attributes a plain object, Go's HTML-safe escaping, UTF-8 as is.
    QVERIFY(full.body.contains("\"latitude\":52.37,\"longitude\":4.88,\"altitude\":3"));
    QVERIFY(full.body.contains("\"attributes\":{\"room\":\"5\"}"));
    QVERIFY(full.body.contains(
            u"\"description\":\"K\u00fchlraum \\u003cS\u00fcd\\u003e \\u0026 \u2603\""_s.toUtf8()));
    QCOMPARE(full.json().value(u"description"_s).toString(), u"K\u00fchlraum <S\u00fcd> & \u2603"_s);
}

void TestEmulatorHandler::unknownDeviceIs404()
{
    const HttpResult result = m_client->get(u"/applications/app-one/devices/nope"_s);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.json().value(u"code"_s).toInt(), 5);
}

void TestEmulatorHandler::authErrors_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString list = u"/applications/app-one/devices"_s;
    QTest::newRow("missing") << QByteArray() << list << 400 << 3
                             << u"neither token nor key present"_s;
    QTest::newRow("bearer is not a key") << QByteArray("Bearer x") << list << 400 << 3
                                         << u"neither token nor key present"_s;
    QTest::newRow("unknown key") << QByteArray("Key ttn-account-v2.unknown") << list << 401 << 16
                                 << u"invalid access key"_s;
    QTest::newRow("no devices right") << QByteArray("Key " + kSettingsOnlyKey) << list << 403
                                      << 7 << u"No \"devices\" rights to Application \"app-one\""_s;
    QTest::newRow("key of another app") << QByteArray("Key " + kOtherAppKey) << list << 403 << 7
                                        << u"No \"devices\" rights to Application \"app-one\""_s;
    QTest::newRow("wrong handler")
            << QByteArray("Key " + kForeignKey) << u"/applications/app-elsewhere/devices"_s << 404
            << 5 << u"Application not registered to this Handler"_s;
    QTest::newRow("lowercase key prefix") << QByteArray("key " + kKey) << list << 200 << 0
                                          << QString();
}

void TestEmulatorHandler::authErrors()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QString, message);
    m_client->setAuthorization(authorization);
    const HttpResult result = m_client->get(path);
    QCOMPARE(result.status, status);
    if (status == 200)
        return;
    const QJsonObject error = result.json();
    QCOMPARE(error.value(u"code"_s).toInt(), code);
    QCOMPARE(error.value(u"error"_s).toString(), message);
    QCOMPARE(error.value(u"message"_s).toString(), message);
    QVERIFY(error.value(u"details"_s).isArray());
    QVERIFY(!result.body.contains("ttn-account-v2"));
}

void TestEmulatorHandler::grpcMetadataKeyHeaderWorks()
{
    m_client->setAuthorization({});
    const HttpResult result = m_client->send("GET", u"/applications/app-one/devices"_s, {}, kKey);
    QCOMPARE(result.status, 200);
}

void TestEmulatorHandler::applicationNeedsSettingsRight()
{
    m_client->setKey(kSettingsOnlyKey);
    const HttpResult result = m_client->get(u"/applications/app-one"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"app_id"_s).toString(), u"app-one"_s);

    m_emulator->addApplication(u"app-one"_s, u"ttn-account-v2.devices-only"_s, { u"devices"_s });
    m_client->setKey("ttn-account-v2.devices-only");
    QCOMPARE(m_client->get(u"/applications/app-one"_s).status, 403);
}

void TestEmulatorHandler::setDeviceCreatesAndUpdates()
{
    QJsonObject device = otaaDevice(u"dev-new"_s, u"0004a30b000000ff"_s);
    device.insert(u"description"_s, u"first"_s);
    HttpResult result = m_client->send("PUT", u"/applications/app-one/devices/dev-new"_s,
                                       toBody(device));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, QByteArray("{}"));
    QCOMPARE(m_emulator->deviceCount(u"app-one"_s), 4);
    QJsonObject stored = m_emulator->device(u"app-one"_s, u"dev-new"_s);
    QCOMPARE(stored.value(u"description"_s).toString(), u"first"_s);
    QJsonObject lorawan = stored.value(u"lorawan_device"_s).toObject();
    QCOMPARE(lorawan.value(u"dev_eui"_s).toString(), u"0004A30B000000FF"_s);
    QCOMPARE(lorawan.value(u"activation_constraints"_s).toString(), u"local"_s);

    // Update: the whole device is replaced ("All fields must be supplied").
    lorawan = device.value(u"lorawan_device"_s).toObject();
    lorawan.insert(u"app_key"_s, u"FFEEDDCCBBAA99887766554433221100"_s);
    device.insert(u"lorawan_device"_s, lorawan);
    device.remove(u"description"_s);
    result = m_client->send("POST", u"/applications/app-one/devices/dev-new"_s, toBody(device));
    QCOMPARE(result.status, 200);
    stored = m_emulator->device(u"app-one"_s, u"dev-new"_s);
    QVERIFY(!stored.contains(u"description"_s));
    QCOMPARE(stored.value(u"lorawan_device"_s).toObject().value(u"app_key"_s).toString(),
             u"FFEEDDCCBBAA99887766554433221100"_s);
    QCOMPARE(m_emulator->writeCount(), 2);

    // Clearing the AppKey with "" (what convert-to-abp does).
    lorawan.insert(u"app_key"_s, u""_s);
    device.insert(u"lorawan_device"_s, lorawan);
    QCOMPARE(m_client->send("PUT", u"/applications/app-one/devices/dev-new"_s, toBody(device))
                     .status,
             200);
    const HttpResult read = m_client->get(u"/applications/app-one/devices/dev-new"_s);
    QVERIFY(read.body.contains("\"app_key\":\"\""));
    QCOMPARE(m_emulator->deviceCount(u"app-one"_s), 4);
}

void TestEmulatorHandler::setDeviceWithoutPathDevId()
{
    const QJsonObject device = otaaDevice(u"dev-body"_s, u"0004A30B000000EE"_s);
    const HttpResult result =
            m_client->send("POST", u"/applications/app-one/devices"_s, toBody(device));
    QCOMPARE(result.status, 200);
    QVERIFY(!m_emulator->device(u"app-one"_s, u"dev-body"_s).isEmpty());
}

void TestEmulatorHandler::setDeviceValidates_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QString path = u"/applications/app-one/devices/dev-x"_s;
    const QJsonObject good = otaaDevice(u"dev-x"_s, u"0004A30B000000AA"_s);
    auto withLorawan = [&](const QString &field, const QJsonValue &value) {
        QJsonObject device = good;
        QJsonObject lorawan = device.value(u"lorawan_device"_s).toObject();
        if (value.isUndefined())
            lorawan.remove(field);
        else
            lorawan.insert(field, value);
        device.insert(u"lorawan_device"_s, lorawan);
        return toBody(device);
    };
    QJsonObject noLorawan = good;
    noLorawan.remove(u"lorawan_device"_s);
    QTest::newRow("not json") << path << QByteArray("{\"app_id\":");
    QTest::newRow("no lorawan_device") << path << toBody(noLorawan);
    QTest::newRow("inner dev_id missing") << path << withLorawan(u"dev_id"_s, QJsonValue());
    QTest::newRow("inner app_id missing") << path << withLorawan(u"app_id"_s, QJsonValue());
    QTest::newRow("inner dev_id differs") << path << withLorawan(u"dev_id"_s, u"dev-y"_s);
    QTest::newRow("short app_key") << path << withLorawan(u"app_key"_s, u"0011"_s);
    QTest::newRow("non-hex dev_eui") << path << withLorawan(u"dev_eui"_s, u"0004A30B0000ZZZZ"_s);
    QTest::newRow("negative f_cnt_up") << path << withLorawan(u"f_cnt_up"_s, -1);
    QTest::newRow("uppercase dev_id in path") << u"/applications/app-one/devices/Dev-X"_s
                                              << toBody(good);
    QTest::newRow("double dash in dev_id") << u"/applications/app-one/devices/dev--x"_s
                                           << toBody(good);
}

void TestEmulatorHandler::setDeviceValidates()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpResult result = m_client->send("PUT", path, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(u"code"_s).toInt(), 3);
    QCOMPARE(m_emulator->deviceCount(u"app-one"_s), 3);
    QCOMPARE(m_emulator->writeCount(), 0);
}

void TestEmulatorHandler::setDeviceConflictIs409()
{
    // Same AppEUI+DevEUI as dev-a under another ID.
    const QJsonObject device = otaaDevice(u"dev-dup"_s, u"0004A30B00000001"_s);
    const HttpResult result =
            m_client->send("PUT", u"/applications/app-one/devices/dev-dup"_s, toBody(device));
    QCOMPARE(result.status, 409);
    QCOMPARE(result.json().value(u"code"_s).toInt(), 6);
    QVERIFY(m_emulator->device(u"app-one"_s, u"dev-dup"_s).isEmpty());
    // Updating the owner itself is fine.
    const QJsonObject same = otaaDevice(u"dev-a"_s, u"0004A30B00000001"_s);
    QCOMPARE(m_client->send("PUT", u"/applications/app-one/devices/dev-a"_s, toBody(same)).status,
             200);
}

void TestEmulatorHandler::deleteDevice()
{
    HttpResult result = m_client->send("DELETE", u"/applications/app-one/devices/dev-b"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, QByteArray("{}"));
    QCOMPARE(m_emulator->deviceCount(u"app-one"_s), 2);
    QCOMPARE(m_client->get(u"/applications/app-one/devices/dev-b"_s).status, 404);
    result = m_client->send("DELETE", u"/applications/app-one/devices/dev-b"_s);
    QCOMPARE(result.status, 404);
    QCOMPARE(m_client->get(u"/applications/app-one/devices"_s).header("Grpc-Metadata-Total"),
             QByteArray("2"));
    // Its EUIs are free again.
    const QJsonObject device = otaaDevice(u"dev-b2"_s, u"0004A30B00000002"_s);
    QCOMPARE(m_client->send("PUT", u"/applications/app-one/devices/dev-b2"_s, toBody(device))
                     .status,
             200);
}

void TestEmulatorHandler::discoveryAnnouncesApplications()
{
    m_emulator->addAnnouncement(u"ttn-handler-other"_s,
                                QUrl(u"http://127.0.0.1:9/"_s), { u"app-elsewhere"_s });
    HttpTestClient discovery(m_emulator->discoveryUrl());
    const HttpResult all = discovery.get(u"/announcements/handler"_s);
    QCOMPARE(all.status, 200);
    const QJsonArray services = all.json().value(u"services"_s).toArray();
    QCOMPARE(services.size(), 2);
    const QJsonObject own = services.at(0).toObject();
    QCOMPARE(own.value(u"id"_s).toString(), m_emulator->handlerId());
    QCOMPARE(own.value(u"service_name"_s).toString(), u"handler"_s);
    QCOMPARE(own.value(u"api_address"_s).toString(), m_emulator->handlerUrl().toString());
    QStringList apps;
    for (const QJsonValue &entry : own.value(u"metadata"_s).toArray())
        apps.append(entry.toObject().value(u"app_id"_s).toString());
    QCOMPARE(apps, (QStringList { u"app-empty"_s, u"app-one"_s }));
    QCOMPARE(services.at(1).toObject().value(u"metadata"_s).toArray().at(0).toObject().value(
                     u"app_id"_s),
             QJsonValue(u"app-elsewhere"_s));

    const HttpResult one = discovery.get(u"/announcements/handler/ttn-handler-other"_s);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(u"api_address"_s).toString(), u"http://127.0.0.1:9/"_s);
    QCOMPARE(discovery.get(u"/announcements/handler/nope"_s).status, 404);
    QCOMPARE(discovery.get(u"/announcements/broker"_s).body, QByteArray("{}"));
}

void TestEmulatorHandler::requestLogNeverStoresKey()
{
    m_client->get(u"/applications/app-one/devices?limit=1"_s);
    m_client->setAuthorization({});
    m_client->get(u"/applications/app-one/devices/dev-a"_s);
    const QList<EmulatorRequest> log = m_emulator->requests();
    QCOMPARE(log.size(), 2);
    QCOMPARE(m_emulator->requestCount(), 2);
    QCOMPARE(log.at(0).method, u"GET"_s);
    QCOMPARE(log.at(0).path, u"/applications/app-one/devices?limit=1"_s);
    QCOMPARE(log.at(0).status, 200);
    QVERIFY(log.at(0).keyPresent);
    QCOMPARE(log.at(1).status, 400);
    QVERIFY(!log.at(1).keyPresent);
    m_emulator->clearRequests();
    QCOMPARE(m_emulator->requestCount(), 0);
    QVERIFY(m_emulator->requests().isEmpty());
}

void TestEmulatorHandler::loadFileAndWrongHandler()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"data.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"applications":[
        {"app_id":"file-app","access_keys":[{"key":"ttn-account-v2.file-key","rights":["devices"]}],
         "devices":[{"dev_id":"from-file","lorawan_device":{"app_eui":"70B3D57ED0000009",
                     "dev_eui":"0004A30B00000009","app_key":"000102030405060708090A0B0C0D0E0F"}}]},
        {"app_id":"moved-app","registered":false,"access_keys":[{"key":"ttn-account-v2.moved"}]}],
      "announcements":[{"id":"ttn-handler-other","api_address":"http://127.0.0.1:9","app_ids":["moved-app"]}]})");
    file.close();
    QString error;
    QVERIFY2(m_emulator->loadFile(path, &error), qPrintable(error));
    QCOMPARE(m_emulator->deviceCount(u"file-app"_s), 1);

    m_client->setKey("ttn-account-v2.file-key");
    const HttpResult device = m_client->get(u"/applications/file-app/devices/from-file"_s);
    QCOMPARE(device.status, 200);
    QCOMPARE(device.json().value(u"lorawan_device"_s).toObject().value(u"dev_id"_s).toString(),
             u"from-file"_s);
    m_client->setKey("ttn-account-v2.moved");
    const HttpResult moved = m_client->get(u"/applications/moved-app/devices"_s);
    QCOMPARE(moved.status, 404);
    QCOMPARE(moved.json().value(u"message"_s).toString(),
             u"Application not registered to this Handler"_s);

    QVERIFY(!m_emulator->loadFile(dir.filePath(u"missing.json"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestEmulatorHandler::demoCoversConversionCases()
{
    V2Emulator demo;
    demo.loadDemo();
    QVERIFY(demo.listen());
    HttpTestClient client(demo.handlerUrl());
    client.setKey(V2Emulator::demoAccessKey().toLatin1());
    const HttpResult list = client.get(u"/applications/demo-application/devices"_s);
    QCOMPARE(list.status, 200);
    QSet<QString> ids;
    bool template_ = false, abp = false, unusable = false, manyAttributes = false;
    for (const QJsonValue &value : list.json().value(u"devices"_s).toArray()) {
        const QJsonObject device = value.toObject();
        const QJsonObject lorawan = device.value(u"lorawan_device"_s).toObject();
        ids.insert(device.value(u"dev_id"_s).toString());
        const bool hasKey = !lorawan.value(u"app_key"_s).toString().isEmpty();
        const bool session = !lorawan.value(u"dev_addr"_s).toString().isEmpty()
                && !lorawan.value(u"nwk_s_key"_s).toString().isEmpty()
                && !lorawan.value(u"app_s_key"_s).toString().isEmpty();
        template_ |= lorawan.value(u"dev_eui"_s).toString().isEmpty();
        abp |= !hasKey && session;
        unusable |= !hasKey && !session;
        manyAttributes |= device.value(u"attributes"_s).toObject().size() > 10;
    }
    QVERIFY(ids.size() >= 12);
    QVERIFY(ids.contains(u"sensor_01"_s));
    QVERIFY(ids.contains(u"ab"_s));
    QVERIFY(std::any_of(ids.cbegin(), ids.cend(), [](const QString &id) { return id.size() == 36; }));
    QVERIFY(template_ && abp && unusable && manyAttributes);
    const HttpResult joined = client.get(u"/applications/demo-application/devices/otaa-joined"_s);
    QVERIFY(joined.body.contains("\"f_cnt_up\":"));
}

QTEST_GUILESS_MAIN(TestEmulatorHandler)
#include "tst_emulatorhandler.moc"
