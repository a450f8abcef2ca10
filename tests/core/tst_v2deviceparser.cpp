#include "v2/v2deviceparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

// JSON with ' for " keeps the test data readable (moc cannot parse raw string literals).
QByteArray j(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

const QByteArray fullDevice
    = j("{\n"
        "  'app_id': 'my-app', 'dev_id': 'my_dev',\n"
        "  'description': 'K\\u00fchlschrank \\u00221\\u0022', 'latitude': 52.37, 'longitude': "
        "4.88, 'altitude': -3,\n"
        "  'attributes': {'floor': '2', 'room': 'a-12'},\n"
        "  'unknown_top': {'nested': [1, 2, {'x': null}]},\n"
        "  'lorawan_device': {\n"
        "    'app_id': 'my-app', 'dev_id': 'my_dev',\n"
        "    'app_eui': '70B3D57ED0000001', 'dev_eui': '0004A30B001C0530',\n"
        "    'dev_addr': '26011234',\n"
        "    'app_key': '000102030405060708090A0B0C0D0E0F',\n"
        "    'app_s_key': '101112131415161718191A1B1C1D1E1F',\n"
        "    'nwk_s_key': '202122232425262728292A2B2C2D2E2F',\n"
        "    'f_cnt_up': 12, 'f_cnt_down': 3,\n"
        "    'disable_f_cnt_check': true, 'uses32_bit_f_cnt': true,\n"
        "    'activation_constraints': 'local',\n"
        "    'last_seen': '1596787200000000000',\n"
        "    'used_dev_nonces': [], 'some_future_field': 7\n"
        "  }\n"
        "}\n");

// A device in the list with one field of lorawan_device replaced by `lorawanField`.
QByteArray listWith(const QByteArray &topFields, const QByteArray &lorawanFields)
{
    return j("{'devices':[{'app_id':'app','dev_id':'dev'")
        + (topFields.isEmpty() ? QByteArray() : ","_ba + topFields)
        + j(",'lorawan_device':{'app_eui':'70B3D57ED0000001','dev_eui':'0004A30B001C0530'")
        + (lorawanFields.isEmpty() ? QByteArray() : ","_ba + lorawanFields) + "}}]}";
}

} // namespace

class TestV2DeviceParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryField()
    {
        const V2ParsedDevice parsed = V2DeviceParser::parseDevice(fullDevice);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(parsed.warnings.isEmpty());
        const V2Device &d = parsed.device;
        QCOMPARE(d.appId, u"my-app"_s);
        QCOMPARE(d.devId, u"my_dev"_s);
        QCOMPARE(d.description, QString::fromUtf8("Kühlschrank \"1\""));
        QCOMPARE(d.latitude, 52.37);
        QCOMPARE(d.longitude, 4.88);
        QCOMPARE(d.altitude, -3);
        QCOMPARE(d.attributes.size(), 2);
        QCOMPARE(d.attributes.at(0), qMakePair(u"floor"_s, u"2"_s));
        QCOMPARE(d.attributes.at(1), qMakePair(u"room"_s, u"a-12"_s));
        QCOMPARE(d.appEui, u"70B3D57ED0000001"_s);
        QCOMPARE(d.devEui, u"0004A30B001C0530"_s);
        QCOMPARE(d.devAddr, u"26011234"_s);
        QCOMPARE(d.appKey, u"000102030405060708090A0B0C0D0E0F"_s);
        QCOMPARE(d.appSKey, u"101112131415161718191A1B1C1D1E1F"_s);
        QCOMPARE(d.nwkSKey, u"202122232425262728292A2B2C2D2E2F"_s);
        QCOMPARE(d.fCntUp, 12u);
        QCOMPARE(d.fCntDown, 3u);
        QVERIFY(d.disableFCntCheck);
        QVERIFY(d.uses32BitFCnt);
        QCOMPARE(d.activationConstraints, u"local"_s);
        QCOMPARE(d.lastSeenNs, Q_INT64_C(1596787200000000000));
    }

    void toleratesJsonpb_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // which V2Device field to look at
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("warnings");

        QTest::newRow("omitted zero values") << listWith({}, {}) << u"fCntUp"_s << u"0"_s << 0;
        QTest::newRow("empty hex = unset")
            << listWith({}, j("'app_key':'','dev_addr':''")) << u"appKey"_s << QString() << 0;
        QTest::newRow("null = unset") << listWith(j("'description':null"), j("'app_key':null"))
                                      << u"appKey"_s << QString() << 0;
        QTest::newRow("lowercase hex normalised")
            << listWith({}, j("'app_key':'000102030405060708090a0b0c0d0e0f'")) << u"appKey"_s
            << u"000102030405060708090A0B0C0D0E0F"_s << 1;
        QTest::newRow("last_seen quoted") << listWith({}, j("'last_seen':'1596787200000000001'"))
                                          << u"lastSeen"_s << u"1596787200000000001"_s << 0;
        QTest::newRow("last_seen number")
            << listWith({}, j("'last_seen':1596787200")) << u"lastSeen"_s << u"1596787200"_s << 0;
        QTest::newRow("counter quoted")
            << listWith({}, j("'f_cnt_up':'4294967295'")) << u"fCntUp"_s << u"4294967295"_s << 0;
        QTest::newRow("counter max")
            << listWith({}, j("'f_cnt_up':4294967295")) << u"fCntUp"_s << u"4294967295"_s << 0;
        QTest::newRow("attributes as list of key/value")
            << listWith(j("'attributes':[{'key':'a','value':'1'},{'key':'b','value':'2'}]"), {})
            << u"attributes"_s << u"a=1,b=2"_s << 0;
        QTest::newRow("attributes empty object")
            << listWith(j("'attributes':{}"), {}) << u"attributes"_s << QString() << 0;
        QTest::newRow("ids only inside lorawan_device") << QByteArray(
            j("{'devices':[{'lorawan_device':{'app_id':'a1','dev_id':'d1','dev_eui':''}}]}"))
                                                        << u"devId"_s << u"d1"_s << 0;
        QTest::newRow("unknown fields everywhere")
            << listWith(j("'x':{'y':[true,null,'z']}"), j("'z':[1,2,3],'used_app_nonces':['AA']"))
            << u"devId"_s << u"dev"_s << 0;
        QTest::newRow("altitude negative")
            << listWith(j("'altitude':-2147483648"), {}) << u"altitude"_s << u"-2147483648"_s << 0;
        QTest::newRow("latitude exponent")
            << listWith(j("'latitude':5.237e1"), {}) << u"latitude"_s << u"52.37"_s << 0;
    }

    void toleratesJsonpb()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QFETCH(int, warnings);

        const V2DeviceListParse list = V2DeviceParser::parseList(body);
        QVERIFY2(list.ok(), qPrintable(list.fatalError));
        QCOMPARE(list.devices.size(), 1);
        const V2ParsedDevice &parsed = list.devices.first();
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.warnings.size(), warnings);
        const V2Device &d = parsed.device;
        QString actual;
        if (field == u"fCntUp")
            actual = QString::number(d.fCntUp);
        else if (field == u"appKey")
            actual = d.appKey;
        else if (field == u"lastSeen")
            actual = QString::number(d.lastSeenNs);
        else if (field == u"devId")
            actual = d.devId;
        else if (field == u"altitude")
            actual = QString::number(d.altitude);
        else if (field == u"latitude")
            actual = QString::number(d.latitude);
        else if (field == u"attributes") {
            QStringList pairs;
            for (const auto &p : d.attributes)
                pairs << p.first + u'=' + p.second;
            actual = pairs.join(u',');
        }
        QCOMPARE(actual, expected);
    }

    void emptyApplication_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("{}") << QByteArray("{}");
        QTest::newRow("empty list") << QByteArray(j("{'devices':[]}"));
        QTest::newRow("null list") << QByteArray(j("{'devices':null}"));
        QTest::newRow("whitespace") << QByteArray(" \n{ }\n");
    }

    void emptyApplication()
    {
        QFETCH(QByteArray, body);
        const V2DeviceListParse list = V2DeviceParser::parseList(body);
        QVERIFY2(list.ok(), qPrintable(list.fatalError));
        QVERIFY(list.devices.isEmpty());
    }

    void fatalErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("truncated")
            << fullDevice.left(fullDevice.size() / 2).prepend(j("{'devices':["));
        QTest::newRow("array root") << QByteArray("[]");
        QTest::newRow("string root") << QByteArray(j("'devices'"));
        QTest::newRow("devices is object") << QByteArray(j("{'devices':{}}"));
        QTest::newRow("devices is string") << QByteArray(j("{'devices':'x'}"));
        QTest::newRow("trailing garbage") << QByteArray(j("{'devices':[]} x"));
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
        QTest::newRow("nul bytes") << QByteArray("{\0\0\0}", 5);
    }

    void fatalErrors()
    {
        QFETCH(QByteArray, body);
        const V2DeviceListParse list = V2DeviceParser::parseList(body);
        QVERIFY(!list.ok());
        QVERIFY(list.devices.isEmpty());
        const V2ParsedDevice single = V2DeviceParser::parseDevice(body);
        if (body != "{\"devices\":{}}" && body != j("{'devices':'x'}")) // those are objects
            QVERIFY(!single.ok());
    }

    void badDevices_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reasonMentions");

        QTest::newRow("no dev_id") << QByteArray(j("{'devices':[{'app_id':'a'}]}")) << u"dev_id"_s;
        QTest::newRow("dev_id number")
            << QByteArray(j("{'devices':[{'dev_id':5}]}")) << u"dev_id"_s;
        QTest::newRow("not an object") << QByteArray(j("{'devices':[5]}")) << u"object"_s;
        QTest::newRow("lorawan_device string")
            << listWith(j("'lorawan_device2':1"), {})
                   .replace(j(",'lorawan_device':{"), j(",'lorawan_device':'x','ignored':{"))
            << u"lorawan_device"_s;
        QTest::newRow("app_key short")
            << listWith({}, j("'app_key':'000102030405060708090A0B0C0D0E0'")) << u"app_key"_s;
        QTest::newRow("app_key non-hex")
            << listWith({}, j("'app_key':'000102030405060708090A0B0C0D0EXY'")) << u"app_key"_s;
        QTest::newRow("app_s_key with spaces")
            << listWith({}, j("'app_s_key':'00 01 02 03 04 05 06 07 08 09 0A 0B'"))
            << u"app_s_key"_s;
        QTest::newRow("nwk_s_key number") << listWith({}, j("'nwk_s_key':12")) << u"nwk_s_key"_s;
        QTest::newRow("dev_eui long")
            << listWith({}, j("'dev_eui':'0004A30B001C053011'")) << u"dev_eui"_s;
        QTest::newRow("app_eui base64")
            << listWith({}, j("'app_eui':'cLPVftAAAAE='")) << u"app_eui"_s;
        QTest::newRow("dev_addr 6") << listWith({}, j("'dev_addr':'260112'")) << u"dev_addr"_s;
        QTest::newRow("latitude text") << listWith(j("'latitude':'north'"), {}) << u"latitude"_s;
        QTest::newRow("latitude 91") << listWith(j("'latitude':91"), {}) << u"latitude"_s;
        QTest::newRow("longitude -181") << listWith(j("'longitude':-181"), {}) << u"longitude"_s;
        QTest::newRow("altitude fraction") << listWith(j("'altitude':1.5"), {}) << u"altitude"_s;
        QTest::newRow("altitude too big")
            << listWith(j("'altitude':2147483648"), {}) << u"altitude"_s;
        QTest::newRow("f_cnt_up negative") << listWith({}, j("'f_cnt_up':-1")) << u"f_cnt_up"_s;
        QTest::newRow("f_cnt_down 2^32")
            << listWith({}, j("'f_cnt_down':4294967296")) << u"f_cnt_down"_s;
        QTest::newRow("last_seen text")
            << listWith({}, j("'last_seen':'yesterday'")) << u"last_seen"_s;
        QTest::newRow("bool as string")
            << listWith({}, j("'uses32_bit_f_cnt':'true'")) << u"uses32_bit_f_cnt"_s;
        QTest::newRow("attributes string")
            << listWith(j("'attributes':'a=b'"), {}) << u"attributes"_s;
        QTest::newRow("attribute value number")
            << listWith(j("'attributes':{'a':1}"), {}) << u"attribute"_s;
        QTest::newRow("description 1 MB")
            << listWith(j("'description':'") + QByteArray(1024 * 1024, 'x') + '"', {})
            << u"description"_s;
        QTest::newRow("too many attributes") << [] {
            QByteArray attributes = j("'attributes':{");
            for (int i = 0; i < 2000; ++i)
                attributes
                    += (i ? ","_ba : QByteArray()) + "\"k" + QByteArray::number(i) + "\":\"v\"";
            return listWith(attributes + '}', {});
        }() << u"attributes"_s;
        QTest::newRow("description object")
            << listWith(j("'description':{}"), {}) << u"description"_s;
    }

    void badDevices()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reasonMentions);

        // The bad device sits between two good ones, which must stay usable.
        const QByteArray good
            = j("{'dev_id':'good','lorawan_device':{'dev_eui':'0004A30B001C0530'}}");
        QByteArray list = body;
        list.replace(j("{'devices':["), j("{'devices':[") + good + ',');
        list.replace("]}", "," + good + "]}");
        const V2DeviceListParse parsed = V2DeviceParser::parseList(list);
        QVERIFY2(parsed.ok(), qPrintable(parsed.fatalError));
        QCOMPARE(parsed.devices.size(), 3);
        QVERIFY(parsed.devices.at(0).ok());
        QVERIFY(parsed.devices.at(2).ok());
        const V2ParsedDevice &bad = parsed.devices.at(1);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(reasonMentions), qPrintable(bad.error));
        // Never the value of a key (nor any other hex blob) in the reason.
        QVERIFY2(!bad.error.contains(u"0001020304"_s), qPrintable(bad.error));
        QVERIFY(bad.error.size() < 300);
    }

    void parseDeviceObjectFollowsTheSameRules()
    {
        const QJsonObject object = QJsonDocument::fromJson(fullDevice).object();
        const V2ParsedDevice fromObject = V2DeviceParser::parseDeviceObject(object);
        const V2ParsedDevice fromBytes = V2DeviceParser::parseDevice(fullDevice);
        QVERIFY(fromObject.ok());
        QCOMPARE(fromObject.device.devId, fromBytes.device.devId);
        QCOMPARE(fromObject.device.appKey, fromBytes.device.appKey);
        QCOMPARE(fromObject.device.lastSeenNs, fromBytes.device.lastSeenNs);
        QCOMPARE(fromObject.device.attributes, fromBytes.device.attributes);
        QCOMPARE(fromObject.device.description, fromBytes.device.description);

        QJsonObject bad = object;
        bad.insert("latitude"_L1, u"north"_s);
        QVERIFY(V2DeviceParser::parseDeviceObject(bad).error.contains(u"latitude"_s));
        QVERIFY(!V2DeviceParser::parseDeviceObject(QJsonObject()).ok()); // no dev_id
    }

    void failedDeviceKeepsItsId()
    {
        const V2DeviceListParse parsed
            = V2DeviceParser::parseList(listWith({}, j("'app_key':'zz'")));
        QCOMPARE(parsed.devices.size(), 1);
        QVERIFY(!parsed.devices.first().ok());
        QCOMPARE(parsed.devices.first().device.devId, u"dev"_s);
    }

    void listOrderIsKept()
    {
        const QByteArray body = j("{'devices':[{'dev_id':'b'},{'dev_id':'a'},{'dev_id':'c'}]}");
        const V2DeviceListParse parsed = V2DeviceParser::parseList(body);
        QCOMPARE(parsed.devices.size(), 3);
        QCOMPARE(parsed.devices.at(0).device.devId, u"b"_s);
        QCOMPARE(parsed.devices.at(1).device.devId, u"a"_s);
        QCOMPARE(parsed.devices.at(2).device.devId, u"c"_s);
    }

    void neverCrashesOnMutations()
    {
        // Cheap deterministic fuzzing: every truncation and single-byte mutation of a real
        // device must give a result (ok or an error), never a crash or a hang.
        const QByteArray body = j("{'devices':[") + fullDevice + "]}";
        for (qsizetype i = 0; i < body.size(); ++i) {
            (void)V2DeviceParser::parseList(body.left(i));
            for (const char c : { '"', '}', ']', '0', 'x', '\0', '\\' }) {
                QByteArray mutated = body;
                mutated[i] = c;
                const V2DeviceListParse parsed = V2DeviceParser::parseList(mutated);
                QVERIFY(!parsed.ok() || parsed.devices.size() <= 1);
            }
        }
    }

    void parsesHundredThousandDevicesQuickly()
    {
        QByteArray body = j("{'devices':[");
        body.reserve(70 * 1024 * 1024);
        const int count = 100000;
        const qsizetype idAt = fullDevice.indexOf("my_dev");
        const QByteArray head = fullDevice.left(idAt);
        const QByteArray tail = fullDevice.mid(idAt + 6);
        for (int i = 0; i < count; ++i) {
            if (i)
                body += ',';
            body += head;
            body += "dev-";
            body += QByteArray::number(i);
            body += tail;
        }
        body += "]}";
        // CPU time, not wall time: the suite often runs next to a parallel build.
        const std::clock_t start = std::clock();
        const V2DeviceListParse parsed = V2DeviceParser::parseList(body);
        const qint64 ms = qint64(std::clock() - start) * 1000 / CLOCKS_PER_SEC;
        qInfo("parsed %d devices (%lld MB) in %lld ms CPU", count, qint64(body.size() >> 20), ms);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.devices.size(), count);
        QCOMPARE(parsed.devices.last().device.devId, u"dev-99999"_s);
#if defined(__SANITIZE_ADDRESS__)
        // Sanitizer builds are many times slower: correctness only.
#elif defined(__OPTIMIZE__)
        QVERIFY2(ms < 2500, "far slower than the ~1 s target");
#else
        QVERIFY2(ms < 8000, "far slower than the ~1 s target (unoptimised build)");
#endif
    }
};

QTEST_GUILESS_MAIN(TestV2DeviceParser)
#include "tst_v2deviceparser.moc"
