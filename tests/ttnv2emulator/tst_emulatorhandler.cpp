// The emulator's handler and discovery HTTP API, over real loopback HTTP.
#include "emulatortestdata.h"
#include "httptestclient.h"
#include "v2emulator.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace emutest;

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
    void requestLogNeverStoresKey();

private:
    V2Emulator *m_emulator = nullptr;
    HttpTestClient *m_client = nullptr;
};

void TestEmulatorHandler::init()
{
    m_emulator = new V2Emulator;
    emutest::populate(m_emulator);
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
    QCOMPARE(m_emulator->handlerUrl().toString(), u"http://127.0.0.1:%1"_s.arg(m_emulator->port()));
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
    QCOMPARE(
        full.json().value(u"description"_s).toString(), u"K\u00fchlraum <S\u00fcd> & \u2603"_s);
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
    QTest::newRow("bearer is not a key")
        << QByteArray("Bearer x") << list << 400 << 3 << u"neither token nor key present"_s;
    QTest::newRow("unknown key") << QByteArray("Key ttn-account-v2.unknown") << list << 401 << 16
                                 << u"invalid access key"_s;
    QTest::newRow("no devices right") << QByteArray("Key " + kSettingsOnlyKey) << list << 403 << 7
                                      << u"No \"devices\" rights to Application \"app-one\""_s;
    QTest::newRow("key of another app") << QByteArray("Key " + kOtherAppKey) << list << 403 << 7
                                        << u"No \"devices\" rights to Application \"app-one\""_s;
    QTest::newRow("wrong handler")
        << QByteArray("Key " + kForeignKey) << u"/applications/app-elsewhere/devices"_s << 404 << 5
        << u"Application not registered to this Handler"_s;
    QTest::newRow("lowercase key prefix")
        << QByteArray("key " + kKey) << list << 200 << 0 << QString();
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
    QVERIFY(!result.json().contains(u"payload_format"_s)); // no functions: left out

    const QJsonObject functions { { u"payload_format"_s, u"custom"_s },
        { u"decoder"_s, u"function Decoder(bytes, port) { return {}; }"_s } };
    m_emulator->setPayloadFunctions(u"app-one"_s, functions);
    QJsonObject expected = functions;
    expected.insert(u"app_id"_s, u"app-one"_s);
    QCOMPARE(m_client->get(u"/applications/app-one"_s).json(), expected);

    m_emulator->addApplication(u"app-one"_s, u"ttn-account-v2.devices-only"_s, { u"devices"_s });
    m_client->setKey("ttn-account-v2.devices-only");
    QCOMPARE(m_client->get(u"/applications/app-one"_s).status, 403);
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

QTEST_GUILESS_MAIN(TestEmulatorHandler)
#include "tst_emulatorhandler.moc"
