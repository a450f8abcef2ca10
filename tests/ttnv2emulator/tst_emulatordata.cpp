// Discovery, data files, the demo application and big lists, over loopback HTTP.
#include "emulatortestdata.h"
#include "httptestclient.h"
#include "v2emulator.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace emutest;

class TestEmulatorData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void discoveryAnnouncesApplications();
    void loadFileAndWrongHandler();
    void demoCoversConversionCases();
    void bigListOverHttp();

private:
    V2Emulator *m_emulator = nullptr;
    HttpTestClient *m_client = nullptr;
};

void TestEmulatorData::init()
{
    m_emulator = new V2Emulator;
    emutest::populate(m_emulator);
    QVERIFY(m_emulator->listen());
    m_client = new HttpTestClient(m_emulator->handlerUrl());
    m_client->setKey(kKey);
}

void TestEmulatorData::cleanup()
{
    delete m_client;
    delete m_emulator;
}

void TestEmulatorData::discoveryAnnouncesApplications()
{
    m_emulator->addAnnouncement(
        u"ttn-handler-other"_s, QUrl(u"http://127.0.0.1:9/"_s), { u"app-elsewhere"_s });
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
    QCOMPARE(services.at(1)
                 .toObject()
                 .value(u"metadata"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"app_id"_s),
        QJsonValue(u"app-elsewhere"_s));

    const HttpResult one = discovery.get(u"/announcements/handler/ttn-handler-other"_s);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(u"api_address"_s).toString(), u"http://127.0.0.1:9/"_s);
    QCOMPARE(discovery.get(u"/announcements/handler/nope"_s).status, 404);
    QCOMPARE(discovery.get(u"/announcements/broker"_s).body, QByteArray("{}"));
}

void TestEmulatorData::loadFileAndWrongHandler()
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

void TestEmulatorData::demoCoversConversionCases()
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
    QVERIFY(
        std::any_of(ids.cbegin(), ids.cend(), [](const QString &id) { return id.size() == 36; }));
    QVERIFY(template_ && abp && unusable && manyAttributes);
    const HttpResult joined = client.get(u"/applications/demo-application/devices/otaa-joined"_s);
    QVERIFY(joined.body.contains("\"f_cnt_up\":"));
}

void TestEmulatorData::bigListOverHttp()
{
    m_emulator->generate(u"app-one"_s, 10000, 9, 0.1);
    const HttpResult result = m_client->get(u"/applications/app-one/devices"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Grpc-Metadata-Total"), QByteArray("10003"));
    const QJsonArray devices = result.json().value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 10003);
    QCOMPARE(devices.last().toObject().value(u"dev_id"_s).toString(), u"dev-c"_s);
    QCOMPARE(devices.at(9999).toObject().value(u"dev_id"_s).toString(), u"dev-010000"_s);
}

QTEST_GUILESS_MAIN(TestEmulatorData)
#include "tst_emulatordata.moc"
