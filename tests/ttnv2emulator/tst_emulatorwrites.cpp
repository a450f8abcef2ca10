// SetDevice and DeleteDevice of the emulated handler, over loopback HTTP.
#include "emulatortestdata.h"
#include "httptestclient.h"
#include "v2emulator.h"

#include <QtTest>

using namespace emutest;

class TestEmulatorWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setDeviceCreatesAndUpdates();
    void setDeviceWithoutPathDevId();
    void setDeviceValidates_data();
    void setDeviceValidates();
    void setDeviceConflictIs409();
    void deleteDevice();

private:
    V2Emulator *m_emulator = nullptr;
    HttpTestClient *m_client = nullptr;
};

void TestEmulatorWrites::init()
{
    m_emulator = new V2Emulator;
    emutest::populate(m_emulator);
    QVERIFY(m_emulator->listen());
    m_client = new HttpTestClient(m_emulator->handlerUrl());
    m_client->setKey(kKey);
}

void TestEmulatorWrites::cleanup()
{
    delete m_client;
    delete m_emulator;
}

void TestEmulatorWrites::setDeviceCreatesAndUpdates()
{
    QJsonObject device = otaaDevice(u"dev-new"_s, u"0004a30b000000ff"_s);
    device.insert(u"description"_s, u"first"_s);
    HttpResult result
        = m_client->send("PUT", u"/applications/app-one/devices/dev-new"_s, toBody(device));
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
    QCOMPARE(
        m_client->send("PUT", u"/applications/app-one/devices/dev-new"_s, toBody(device)).status,
        200);
    const HttpResult read = m_client->get(u"/applications/app-one/devices/dev-new"_s);
    QVERIFY(read.body.contains("\"app_key\":\"\""));
    QCOMPARE(m_emulator->deviceCount(u"app-one"_s), 4);
}

void TestEmulatorWrites::setDeviceWithoutPathDevId()
{
    const QJsonObject device = otaaDevice(u"dev-body"_s, u"0004A30B000000EE"_s);
    const HttpResult result
        = m_client->send("POST", u"/applications/app-one/devices"_s, toBody(device));
    QCOMPARE(result.status, 200);
    QVERIFY(!m_emulator->device(u"app-one"_s, u"dev-body"_s).isEmpty());
}

void TestEmulatorWrites::setDeviceValidates_data()
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
    QTest::newRow("uppercase dev_id in path")
        << u"/applications/app-one/devices/Dev-X"_s << toBody(good);
    QTest::newRow("double dash in dev_id")
        << u"/applications/app-one/devices/dev--x"_s << toBody(good);
}

void TestEmulatorWrites::setDeviceValidates()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpResult result = m_client->send("PUT", path, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(u"code"_s).toInt(), 3);
    QCOMPARE(m_emulator->deviceCount(u"app-one"_s), 3);
    QCOMPARE(m_emulator->writeCount(), 0);
}

void TestEmulatorWrites::setDeviceConflictIs409()
{
    // Same AppEUI+DevEUI as dev-a under another ID.
    const QJsonObject device = otaaDevice(u"dev-dup"_s, u"0004A30B00000001"_s);
    const HttpResult result
        = m_client->send("PUT", u"/applications/app-one/devices/dev-dup"_s, toBody(device));
    QCOMPARE(result.status, 409);
    QCOMPARE(result.json().value(u"code"_s).toInt(), 6);
    QVERIFY(m_emulator->device(u"app-one"_s, u"dev-dup"_s).isEmpty());
    // Updating the owner itself is fine.
    const QJsonObject same = otaaDevice(u"dev-a"_s, u"0004A30B00000001"_s);
    QCOMPARE(
        m_client->send("PUT", u"/applications/app-one/devices/dev-a"_s, toBody(same)).status, 200);
}

void TestEmulatorWrites::deleteDevice()
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
    QCOMPARE(
        m_client->send("PUT", u"/applications/app-one/devices/dev-b2"_s, toBody(device)).status,
        200);
}

QTEST_GUILESS_MAIN(TestEmulatorWrites)
#include "tst_emulatorwrites.moc"
