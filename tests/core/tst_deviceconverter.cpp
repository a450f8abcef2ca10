#include "convert/deviceconverter.h"
#include "io/exportfile.h"
#include "testjson.h"
#include "v2/v2deviceparser.h"

#include <QTemporaryDir>
#include <QtTest>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

const char appKey[] = "000102030405060708090A0B0C0D0E0F";
const char appSKey[] = "101112131415161718191A1B1C1D1E1F";
const char nwkSKey[] = "202122232425262728292A2B2C2D2E2F";

ConversionOptions options(bool withSession, const QString &prefix = QString())
{
    ConversionOptions o;
    o.frequencyPlanId = u"EU_863_870_TTN"_s;
    o.withSession = withSession;
    o.devIdPrefix = prefix;
    o.exportTime = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);
    o.sessionKeyIdSource = [] {
        QByteArray bytes(16, Qt::Uninitialized);
        for (int i = 0; i < 16; ++i)
            bytes[i] = char(i);
        return bytes; // base64: AAECAwQFBgcICQoLDA0ODw==
    };
    return o;
}

V2Device otaa(const QString &devId = u"my-dev"_s)
{
    V2Device d;
    d.appId = u"my-app"_s;
    d.devId = devId;
    d.appEui = u"70B3D57ED0000001"_s;
    d.devEui = u"0004A30B001C0530"_s;
    d.appKey = QString::fromLatin1(appKey);
    return d;
}

V2Device withKeys(V2Device d)
{
    d.devAddr = u"26011234"_s;
    d.appSKey = QString::fromLatin1(appSKey);
    d.nwkSKey = QString::fromLatin1(nwkSKey);
    d.fCntUp = 12;
    d.fCntDown = 3;
    return d;
}

V2Device abp()
{
    V2Device d = withKeys(otaa(u"abp-dev"_s));
    d.appKey.clear();
    return d;
}

QList<QPair<QString, QString>> numberedAttributes(int count)
{
    QList<QPair<QString, QString>> list;
    for (int i = 0; i < count; ++i)
        list.append({ u"key-%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"v"_s });
    return list;
}

const QByteArray idsMyDev
    = j("{'ids':{'device_id':'my-dev','application_ids':{'application_id':'my-app'},"
        "'dev_eui':'0004A30B001C0530','join_eui':'70B3D57ED0000001'},'name':'my-dev',");
const QByteArray versions
    = j("'lorawan_version':'MAC_V1_0_2','lorawan_phy_version':'PHY_V1_0_2_REV_B',"
        "'frequency_plan_id':'EU_863_870_TTN',");
const QByteArray rootKeys
    = j("'supports_join':true,'root_keys':{'app_key':{'key':'000102030405060708090A0B0C0D0E0F'}},");
const QByteArray macNoSession
    = j("'mac_settings':{'status_time_periodicity':'0s','status_count_periodicity':0}");
const QByteArray session
    = j("'session':{'dev_addr':'26011234','keys':{'session_key_id':'AAECAwQFBgcICQoLDA0ODw==',"
        "'f_nwk_s_int_key':{'key':'202122232425262728292A2B2C2D2E2F'},"
        "'app_s_key':{'key':'101112131415161718191A1B1C1D1E1F'}},"
        "'last_f_cnt_up':12,'last_n_f_cnt_down':3,'started_at':'2024-05-01T12:00:00Z'}");
// An ABP session has no session_key_id: TTS's Network Server refuses one when supports_join is
// false (tts-import-rules.md).
const QByteArray abpSession
    = QByteArray(session).replace(j("'session_key_id':'AAECAwQFBgcICQoLDA0ODw==',"), "");

} // namespace

Q_DECLARE_METATYPE(V2Device)
Q_DECLARE_METATYPE(TtsRule)

class TestDeviceConverter : public QObject
{
    Q_OBJECT

private slots:
    void exactOutput_data()
    {
        QTest::addColumn<V2Device>("device");
        QTest::addColumn<bool>("withSession");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<bool>("sessionExported");
        QTest::addColumn<int>("warnings");

        QTest::newRow("OTAA") << otaa() << false << QString()
                              << idsMyDev + versions + rootKeys + macNoSession + '}' << false << 0;
        QTest::newRow("OTAA with a session, with-session=false: no session, no rx1_delay")
            << withKeys(otaa()) << false << QString()
            << idsMyDev + versions + rootKeys + macNoSession + '}' << false << 0;
        QTest::newRow("OTAA with a session, with-session=true") << withKeys(otaa()) << true
                                                                << QString()
                                                                << idsMyDev + versions + rootKeys
                + j("'mac_settings':{'rx1_delay':1,'status_time_periodicity':'0s','status_count_"
                    "periodicity':0},")
                + session + '}' << true << 0;
        QTest::newRow("OTAA without a session, with-session=true: warned, no rx1_delay")
            << otaa() << true << QString() << idsMyDev + versions + rootKeys + macNoSession + '}'
            << false << 1;
        QTest::newRow("ABP with session: no session_key_id")
            << abp() << true << QString()
            << j("{'ids':{'device_id':'abp-dev','application_ids':{'application_id':'my-app'},"
                 "'dev_eui':'0004A30B001C0530','join_eui':'70B3D57ED0000001'},'name':'abp-dev',")
                + versions
                + j("'mac_settings':{'rx1_delay':1,'status_time_periodicity':'0s','status_count_"
                    "periodicity':0},")
                + abpSession + '}'
            << true << 0;
        QTest::newRow("32-bit counters, resets_f_cnt")
            <<
            [] {
                V2Device d = abp();
                d.uses32BitFCnt = true;
                d.disableFCntCheck = true;
                d.fCntUp = 4294967295u;
                d.fCntDown = 70000;
                return d;
            }()
            << true << QString()
            << j("{'ids':{'device_id':'abp-dev','application_ids':{'application_id':'my-app'},"
                 "'dev_eui':'0004A30B001C0530','join_eui':'70B3D57ED0000001'},'name':'abp-dev',")
                + versions
                + j("'mac_settings':{'rx1_delay':1,'supports_32_bit_f_cnt':true,'resets_f_cnt':"
                    "true,"
                    "'status_time_periodicity':'0s','status_count_periodicity':0},")
                + QByteArray(abpSession)
                      .replace(j("'last_f_cnt_up':12,'last_n_f_cnt_down':3"),
                          j("'last_f_cnt_up':4294967295,'last_n_f_cnt_down':70000"))
                + '}'
            << true << 0;
        QTest::newRow("underscores in IDs: old-id added, name keeps the v2 ID")
            <<
            [] {
                V2Device d = otaa(u"my_dev"_s);
                d.appId = u"my_app"_s;
                return d;
            }()
            << false << QString()
            << j("{'ids':{'device_id':'my-dev','application_ids':{'application_id':'my-app'},"
                 "'dev_eui':'0004A30B001C0530','join_eui':'70B3D57ED0000001'},'name':'my_dev',"
                 "'attributes':{'old-id':'my_dev'},")
                + versions + rootKeys + macNoSession + '}'
            << false << 0;
        QTest::newRow("prefix")
            << otaa(u"dev"_s) << false << u"site1"_s
            << j("{'ids':{'device_id':'site1-dev','application_ids':{'application_id':'my-app'},"
                 "'dev_eui':'0004A30B001C0530','join_eui':'70B3D57ED0000001'},'name':'dev',"
                 "'attributes':{'old-id':'dev'},")
                + versions + rootKeys + macNoSession + '}'
            << false << 0;
        QTest::newRow("description, attributes, location, empty AppEUI")
            <<
            [] {
                V2Device d = otaa();
                d.appEui.clear();
                d.description = QString::fromUtf8("Kühl \"schrank\" \\ 🚀\n\t\x01 <&>");
                d.attributes
                    = { { u"floor"_s, u"2"_s }, { u"Room_Name"_s, QString::fromUtf8("Küche") } };
                d.latitude = 52.37;
                d.longitude = 4.88;
                d.altitude = -3;
                return d;
            }()
            << false << QString()
            << QByteArray(
                   "{\"ids\":{\"device_id\":\"my-dev\",\"application_ids\":{\"application_id\":"
                   "\"my-app\"},"
                   "\"dev_eui\":\"0004A30B001C0530\",\"join_eui\":\"0000000000000000\"},\"name\":"
                   "\"my-dev\","
                   "\"description\":\"K\\u00fchl \\\"schrank\\\" \\\\ "
                   "\\ud83d\\ude80\\n\\t\\u0001 \\u003c\\u0026\\u003e\","
                   "\"attributes\":{\"floor\":\"2\",\"room-name\":\"K\\u00fc"
                   "che\"},"
                   "\"locations\":{\"user\":{\"latitude\":52.37,\"longitude\":4.88,\"altitude\":-3,"
                   "\"source\":\"SOURCE_REGISTRY\"}},")
                + versions + rootKeys + macNoSession + '}'
            << false << 1;
        QTest::newRow("latitude and longitude zero: no location") <<
            [] {
                V2Device d = otaa();
                d.altitude = 100;
                return d;
            }() << false << QString() << idsMyDev + versions + rootKeys + macNoSession + '}'
                                                                  << false << 0;
        QTest::newRow("only longitude set: location") <<
            [] {
                V2Device d = otaa();
                d.longitude = -0.1;
                return d;
            }() << false << QString()
                                                      << idsMyDev
                + j("'locations':{'user':{'latitude':0,'longitude':-0.1,'altitude':0,'source':'"
                    "SOURCE_REGISTRY'}},")
                + versions + rootKeys + macNoSession + '}'
                                                      << false << 0;
        QTest::newRow("float32-looking value kept as sent") <<
            [] {
                V2Device d = otaa();
                d.latitude
                    = 52.370000839233; // what a widening encoder would send: kept, not rounded
                d.longitude = 1e-7;
                return d;
            }() << false << QString()
                                                            << idsMyDev
                + j("'locations':{'user':{'latitude':52.370000839233,'longitude':1e-07,'altitude':"
                    "0,"
                    "'source':'SOURCE_REGISTRY'}},")
                + versions + rootKeys + macNoSession + '}' << false
                                                            << 0;
        QTest::newRow("10 attributes and a changed ID: old-id dropped with a warning")
            <<
            [] {
                V2Device d = otaa(u"my_dev"_s);
                d.attributes = numberedAttributes(10);
                return d;
            }()
            << false << QString()
            << QByteArray(idsMyDev).replace(j("'name':'my-dev'"), j("'name':'my_dev'"))
                + j("'attributes':{'key-00':'v','key-01':'v','key-02':'v','key-03':'v','key-04':'v'"
                    ","
                    "'key-05':'v','key-06':'v','key-07':'v','key-08':'v','key-09':'v'},")
                + versions + rootKeys + macNoSession + '}'
            << false << 1;
        QTest::newRow("9 attributes and a changed ID: old-id is the 10th")
            <<
            [] {
                V2Device d = otaa(u"my_dev"_s);
                d.attributes = numberedAttributes(9);
                return d;
            }()
            << false << QString()
            << QByteArray(idsMyDev).replace(j("'name':'my-dev'"), j("'name':'my_dev'"))
                + j("'attributes':{'key-00':'v','key-01':'v','key-02':'v','key-03':'v','key-04':'v'"
                    ","
                    "'key-05':'v','key-06':'v','key-07':'v','key-08':'v','old-id':'my_dev'},")
                + versions + rootKeys + macNoSession + '}'
            << false << 0;
        QTest::newRow("attribute value of 200 characters") <<
            [] {
                V2Device d = otaa();
                d.attributes = { { u"long"_s, QString(199, u'x') + QString::fromUtf8("🚀") } };
                return d;
            }() << false << QString()
                                                           << idsMyDev + j("'attributes':{'long':'")
                + QByteArray(199, 'x') + "\\ud83d\\ude80\"}," + versions + rootKeys + macNoSession
                + '}' << false << 0;
        QTest::newRow("36-character ID")
            << otaa(QString(36, u'a')) << false << QString()
            << QByteArray(idsMyDev).replace("my-dev", QByteArray(36, 'a')) + versions + rootKeys
                + macNoSession + '}'
            << false << 0;
    }

    void exactOutput()
    {
        QFETCH(V2Device, device);
        QFETCH(bool, withSession);
        QFETCH(QString, prefix);
        QFETCH(QByteArray, expected);
        QFETCH(bool, sessionExported);
        QFETCH(int, warnings);

        const DeviceOutcome outcome = DeviceConverter(options(withSession, prefix)).convert(device);
        QCOMPARE(outcomeStatusName(outcome.status), u"exported"_s);
        QVERIFY(outcome.reason.isEmpty());
        QCOMPARE(outcome.json, expected);
        QCOMPARE(outcome.sessionExported, sessionExported);
        QCOMPARE(outcome.warnings.size(), warnings);
        QCOMPARE(outcome.v2DeviceId, device.devId);
        QVERIFY(!outcome.v3DeviceId.isEmpty());
        QVERIFY(!outcome.json.contains('\n'));
        QJsonParseError error;
        QVERIFY(QJsonDocument::fromJson(outcome.json, &error).isObject());
    }

    void notExported_data()
    {
        QTest::addColumn<V2Device>("device");
        QTest::addColumn<bool>("withSession");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("activation");
        QTest::addColumn<QString>("reasonMentions");

        const QString abpReason
            = u"ABP device: cannot be migrated without its session (use with-session, or "
              u"migrate it with the Console)"_s;
        QTest::newRow("ABP without with-session")
            << abp() << false << QString() << u"skipped"_s << u"ABP"_s << abpReason;
        QTest::newRow("template") <<
            [] {
                V2Device d = otaa();
                d.devEui.clear();
                return d;
            }() << false << QString()
                                  << u"skipped"_s << u"template"_s << u"DevEUI"_s;
        QTest::newRow("template with all-zero DevEUI, with-session") << [] {
            V2Device d = withKeys(otaa());
            d.devEui = u"0000000000000000"_s;
            return d;
        }() << true << QString() << u"skipped"_s << u"template"_s << u"template"_s;
        QTest::newRow("unusable: no key, no session") <<
            [] {
                V2Device d = otaa();
                d.appKey.clear();
                return d;
            }() << true << QString() << u"skipped"_s << u"unusable"_s
                                                      << u"AppKey"_s;
        QTest::newRow("unusable: all-zero AppKey, incomplete session") << [] {
            V2Device d = withKeys(otaa());
            d.appKey = QString(32, u'0');
            d.appSKey.clear();
            return d;
        }() << true << QString() << u"skipped"_s << u"unusable"_s << u"session"_s;
        QTest::newRow("2-character ID")
            << otaa(u"ab"_s) << false << QString() << u"failed"_s << u"OTAA"_s << u"\"ab\""_s;
        QTest::newRow("hyphen counts no letter: a-b")
            << otaa(u"a-b"_s) << false << QString() << u"failed"_s << u"OTAA"_s << u"a-b"_s;
        QTest::newRow("37-character ID")
            << otaa(QString(37, u'a')) << false << QString() << u"failed"_s << u"OTAA"_s << u"36"_s;
        QTest::newRow("prefix makes it too long") << otaa(QString(30, u'a')) << false << u"prefix"_s
                                                  << u"failed"_s << u"OTAA"_s << u"36"_s;
        QTest::newRow("double hyphen after normalising")
            << otaa(u"a_-b"_s) << false << QString() << u"failed"_s << u"OTAA"_s << u"a--b"_s;
        QTest::newRow("invalid application ID") <<
            [] {
                V2Device d = otaa();
                d.appId = u"x"_s;
                return d;
            }() << false << QString() << u"failed"_s
                                                << u"OTAA"_s << u"application"_s;
        QTest::newRow("11 v2 attributes") <<
            [] {
                V2Device d = otaa();
                d.attributes = numberedAttributes(11);
                return d;
            }() << false << QString() << u"failed"_s
                                          << u"OTAA"_s << u"11"_s;
        QTest::newRow("invalid attribute key") <<
            [] {
                V2Device d = otaa();
                d.attributes = { { u"bad key!"_s, u"v"_s } };
                return d;
            }() << false << QString() << u"failed"_s
                                               << u"OTAA"_s << u"bad key!"_s;
        QTest::newRow("attribute keys colliding") <<
            [] {
                V2Device d = otaa();
                d.attributes = { { u"a_b_c"_s, u"1"_s }, { u"a-b-c"_s, u"2"_s } };
                return d;
            }() << false << QString() << u"failed"_s
                                                  << u"OTAA"_s << u"a-b-c"_s;
        QTest::newRow("attribute value of 201 characters") <<
            [] {
                V2Device d = otaa();
                d.attributes = { { u"long"_s, QString(201, u'x') } };
                return d;
            }() << false << QString() << u"failed"_s << u"OTAA"_s
                                                           << u"200"_s;
        QTest::newRow("description too long") <<
            [] {
                V2Device d = otaa();
                d.description = QString(2001, u'd');
                return d;
            }() << false << QString() << u"failed"_s
                                              << u"OTAA"_s << u"2000"_s;
        QTest::newRow("location not finite") <<
            [] {
                V2Device d = otaa();
                d.latitude = qQNaN();
                return d;
            }() << false << QString() << u"failed"_s
                                             << u"OTAA"_s << u"location"_s;
    }

    void notExported()
    {
        QFETCH(V2Device, device);
        QFETCH(bool, withSession);
        QFETCH(QString, prefix);
        QFETCH(QString, status);
        QFETCH(QString, activation);
        QFETCH(QString, reasonMentions);

        const DeviceOutcome outcome = DeviceConverter(options(withSession, prefix)).convert(device);
        QCOMPARE(outcomeStatusName(outcome.status), status);
        QCOMPARE(activationName(outcome.activation), activation);
        QVERIFY2(outcome.reason.contains(reasonMentions), qPrintable(outcome.reason));
        QVERIFY(outcome.json.isEmpty());
        QCOMPARE(outcome.v2DeviceId, device.devId);
        QVERIFY(!outcome.sessionExported);
        for (const char *key : { appKey, appSKey, nwkSKey })
            QVERIFY(!outcome.reason.contains(QLatin1StringView(key)));
    }

    void reservedId_data()
    {
        QTest::addColumn<QString>("devId");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("exported");
        QTest::newRow("test") << u"test"_s << QString() << false;
        QTest::newRow("device") << u"device"_s << QString() << false;
        QTest::newRow("gateway") << u"gateway"_s << QString() << false;
        QTest::newRow("test-1: not reserved") << u"test-1"_s << QString() << true;
        QTest::newRow("test with a prefix") << u"test"_s << u"site"_s << true;
    }

    void reservedId()
    {
        QFETCH(QString, devId);
        QFETCH(QString, prefix);
        QFETCH(bool, exported);
        const DeviceOutcome outcome = DeviceConverter(options(false, prefix)).convert(otaa(devId));
        QCOMPARE(outcome.status == OutcomeStatus::Exported, exported);
        if (exported)
            return;
        QCOMPARE(outcome.rule, TtsRule::DeviceIdReserved);
        QCOMPARE(outcome.v3DeviceId, devId); // a valid ID, only reserved: shown as it is
        QVERIFY2(outcome.reason.contains(u"reserves the device ID \"%1\""_s.arg(devId)),
            qPrintable(outcome.reason));
        QVERIFY2(outcome.reason.contains(u"another ID"_s), qPrintable(outcome.reason));
        QVERIFY(outcome.json.isEmpty());
    }

    void mappedId()
    {
        ConversionOptions o = options(false, u"site"_s);
        o.deviceIdMap.insert(u"test"_s, u"test-sensor"_s);
        const DeviceConverter converter(o);
        const DeviceOutcome outcome = converter.convert(otaa(u"test"_s));
        QCOMPARE(outcome.status, OutcomeStatus::Exported);
        QCOMPARE(outcome.v3DeviceId, u"test-sensor"_s); // no prefix on a chosen ID
        const QJsonObject json = QJsonDocument::fromJson(outcome.json).object();
        QCOMPARE(json.value("name"_L1).toString(), u"test"_s);
        QCOMPARE(json.value("attributes"_L1)["old-id"_L1].toString(), u"test"_s);
        // Devices the map does not name keep their derived ID (with the prefix).
        QCOMPARE(converter.convert(otaa(u"other"_s)).v3DeviceId, u"site-other"_s);

        // The ID the wizard passes wins over the map; a bad chosen ID fails with its own name.
        QCOMPARE(converter.convert(otaa(u"test"_s), u"probe-7"_s).v3DeviceId, u"probe-7"_s);
        const DeviceOutcome bad = converter.convert(otaa(u"test"_s), u"Probe_7"_s);
        QCOMPARE(bad.status, OutcomeStatus::Failed);
        QCOMPARE(bad.rule, TtsRule::DeviceIdFormat);
        QVERIFY2(bad.reason.contains(u"\"Probe_7\""_s), qPrintable(bad.reason));
        QVERIFY2(!bad.reason.contains(u"becomes"_s), qPrintable(bad.reason));
        const DeviceOutcome reserved = converter.convert(otaa(u"other"_s), u"demo"_s);
        QCOMPARE(reserved.rule, TtsRule::DeviceIdReserved);
    }

    void dropAttributes_data()
    {
        QTest::addColumn<V2Device>("device");
        QTest::addColumn<TtsRule>("ruleWithoutDrop");
        QTest::addColumn<QStringList>("keptKeys");
        QTest::addColumn<QStringList>("dropped");

        QStringList ten;
        for (int i = 0; i < 10; ++i)
            ten << u"key-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        QTest::newRow("11 attributes: the 11th dropped") << [] {
            V2Device d = otaa();
            d.attributes = numberedAttributes(11);
            return d;
        }() << TtsRule::AttributeCount << ten << QStringList { u"key-10"_s };
        QTest::newRow("invalid key") <<
            [] {
                V2Device d = otaa();
                d.attributes = { { u"fw.version"_s, u"1.2"_s }, { u"floor"_s, u"2"_s } };
                return d;
            }() << TtsRule::AttributeKey
                                     << QStringList { u"floor"_s }
                                     << QStringList { u"fw.version"_s };
        QTest::newRow("value over 200 characters") <<
            [] {
                V2Device d = otaa();
                d.attributes = { { u"floor"_s, u"2"_s }, { u"notes"_s, QString(201, u'n') } };
                return d;
            }() << TtsRule::AttributeValueLength << QStringList { u"floor"_s }
                                                   << QStringList { u"notes"_s };
        QTest::newRow("two keys written the same") <<
            [] {
                V2Device d = otaa();
                d.attributes = { { u"a_b_c"_s, u"1"_s }, { u"a-b-c"_s, u"2"_s } };
                return d;
            }() << TtsRule::AttributeKey << QStringList { u"a-b-c"_s }
                                                   << QStringList { u"a-b-c"_s };
        QTest::newRow("bad key first, then 11 good ones") << [] {
            V2Device d = otaa();
            d.attributes = numberedAttributes(11);
            d.attributes.prepend({ u"!"_s, u"x"_s });
            return d;
        }() << TtsRule::AttributeCount << ten << QStringList { u"!"_s, u"key-10"_s };
        QTest::newRow("changed ID, 10 left: no room for old-id") << [] {
            V2Device d = otaa(u"my_dev"_s);
            d.attributes = numberedAttributes(11);
            return d;
        }() << TtsRule::AttributeCount << ten << QStringList { u"key-10"_s };
    }

    void dropAttributes()
    {
        QFETCH(V2Device, device);
        QFETCH(TtsRule, ruleWithoutDrop);
        QFETCH(QStringList, keptKeys);
        QFETCH(QStringList, dropped);

        const DeviceOutcome refused = DeviceConverter(options(false)).convert(device);
        QCOMPARE(refused.status, OutcomeStatus::Failed);
        QCOMPARE(refused.rule, ruleWithoutDrop);
        QCOMPARE(TtsImportRules::repairFor(refused.rule), TtsRepair::DropAttributes);

        ConversionOptions o = options(false);
        o.dropInvalidAttributes = true;
        const DeviceOutcome outcome = DeviceConverter(o).convert(device);
        QCOMPARE(outcome.status, OutcomeStatus::Exported);
        QCOMPARE(outcome.droppedAttributes, dropped);
        const QJsonObject attributes
            = QJsonDocument::fromJson(outcome.json).object().value("attributes"_L1).toObject();
        QCOMPARE(attributes.keys(), keptKeys); // QJsonObject sorts, so do the expectations
        // The note names every dropped key, never a value.
        const QString notes = outcome.warnings.join(u'\n');
        for (const QString &key : dropped)
            QVERIFY2(notes.contains(u"\"%1\""_s.arg(key)), qPrintable(notes));
        QVERIFY(!notes.contains(QString(201, u'n')));
    }

    void frequencyPlanBand_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<TtsRule>("rule");
        QTest::newRow("EU_863_870_TTN") << u"EU_863_870_TTN"_s << TtsRule::None;
        QTest::newRow("AS_923 (band AS_923)") << u"AS_920_923_TTN_AU"_s << TtsRule::None;
        QTest::newRow("US_902_928_FSB_2") << u"US_902_928_FSB_2"_s << TtsRule::None;
        QTest::newRow("AS_923_2: no 1.0.2 rev B") << u"AS_923_2"_s << TtsRule::FrequencyPlanBand;
        QTest::newRow("AS_923_3_DT") << u"AS_923_3_DT"_s << TtsRule::FrequencyPlanBand;
        QTest::newRow("IL_917_920_TTN (AS_923_4)")
            << u"IL_917_920_TTN"_s << TtsRule::FrequencyPlanBand;
        QTest::newRow("RU_864_870_TTN") << u"RU_864_870_TTN"_s << TtsRule::FrequencyPlanBand;
        QTest::newRow("unknown") << u"EU_868_870_TTN"_s << TtsRule::FrequencyPlanUnknown;
    }

    void frequencyPlanBand()
    {
        QFETCH(QString, plan);
        QFETCH(TtsRule, rule);
        ConversionOptions o = options(false);
        o.frequencyPlanId = plan;
        const DeviceOutcome outcome = DeviceConverter(o).convert(otaa());
        QCOMPARE(outcome.rule, rule);
        QCOMPARE(outcome.status == OutcomeStatus::Exported, rule == TtsRule::None);
        if (rule != TtsRule::None)
            QVERIFY2(outcome.reason.contains(plan), qPrintable(outcome.reason));
    }

    // A whole-application export whose first non-ASCII text is on line 5, far past the 1024
    // bytes from which the Console guesses the encoding: the file is pure ASCII, has no BOM,
    // and reads back to the same text (also when read as windows-1252, as the Console would).
    void fileIsPureAsciiAndReadsBackTheSame()
    {
        const QString accented
            = u"Z\u00e4hler S\u00fcd \u2013 \u2603 \U0001F680 \u00e6\u00f8\u00e5 \u4e2d\u6587"_s;
        QList<V2Device> devices;
        for (int i = 0; i < 8; ++i) {
            V2Device d = otaa(u"device-%1"_s.arg(i));
            d.devEui = u"0004A30B001C05%1"_s.arg(i, 2, 10, QLatin1Char('0'));
            d.description = i == 4 ? accented : u"plain ASCII description %1"_s.arg(i);
            if (i == 6)
                d.attributes = { { u"raum"_s, u"K\u00fcche"_s } };
            devices << d;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"devices.json"_s);
        ExportFile file(path);
        QVERIFY(file.open());
        const DeviceConverter converter(options(false));
        for (const V2Device &device : devices) {
            const DeviceOutcome outcome = converter.convert(device);
            QCOMPARE(outcome.status, OutcomeStatus::Exported);
            QVERIFY(file.writeLine(outcome.json));
        }
        QVERIFY2(file.commit(), qPrintable(file.errorString()));

        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.size() > 1024 * 2); // the accented line is beyond the sniffed bytes
        QVERIFY(bytes.indexOf("\\u00e4") > 1024);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        for (const char c : bytes)
            QVERIFY2(static_cast<unsigned char>(c) < 0x80, "a byte above 0x7F");
        QCOMPARE(QString::fromLatin1(bytes), QString::fromUtf8(bytes)); // every guess agrees

        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), devices.size());
        const QJsonObject fifth = QJsonDocument::fromJson(lines.at(4)).object();
        QCOMPARE(fifth.value("description"_L1).toString(), accented);
        QVERIFY(lines.at(4).contains("\\ud83d\\ude80")); // U+1F680 as a surrogate pair
        const QJsonObject seventh = QJsonDocument::fromJson(lines.at(6)).object();
        QCOMPARE(seventh.value("attributes"_L1)["raum"_L1].toString(), u"K\u00fcche"_s);
    }

    void abpReasonIsExact()
    {
        const DeviceOutcome outcome = DeviceConverter(options(false)).convert(abp());
        QCOMPARE(outcome.reason,
            u"ABP device: cannot be migrated without its session (use with-session, or "
            u"migrate it with the Console)"_s);
    }

    void unknownFrequencyPlanFailsEveryDevice()
    {
        ConversionOptions o = options(false);
        o.frequencyPlanId = u"EU_868_870_TTN"_s;
        const DeviceOutcome outcome = DeviceConverter(o).convert(otaa());
        QCOMPARE(outcome.status, OutcomeStatus::Failed);
        QVERIFY(outcome.reason.contains(u"EU_868_870_TTN"_s));
    }

    void parsedDevices()
    {
        const DeviceConverter converter(options(false));
        V2ParsedDevice bad;
        bad.device.devId = u"broken"_s;
        bad.error = u"field \"app_key\" is not 32 hexadecimal digits"_s;
        const DeviceOutcome failed = converter.convert(bad);
        QCOMPARE(failed.status, OutcomeStatus::Failed);
        QCOMPARE(failed.v2DeviceId, u"broken"_s);
        QCOMPARE(failed.reason, bad.error);
        QCOMPARE(DeviceConverter::failedParse(bad).reason, bad.error);

        // Parser warnings (lowercase hex) travel into the outcome.
        const V2DeviceListParse list = V2DeviceParser::parseList(
            j("{'devices':[{'app_id':'my-app','dev_id':'my-dev','lorawan_device':{'app_eui':'"
              "70B3D57ED0000001',"
              "'dev_eui':'0004a30b001c0530','app_key':'000102030405060708090a0b0c0d0e0f'}}]}"));
        QCOMPARE(list.devices.size(), 1);
        const DeviceOutcome outcome = converter.convert(list.devices.first());
        QCOMPARE(outcome.status, OutcomeStatus::Exported);
        QCOMPARE(outcome.warnings.size(), 2);
        QCOMPARE(outcome.json, idsMyDev + versions + rootKeys + macNoSession + '}');

        const DeviceOutcome direct = DeviceConverter::failed(u"x"_s, u"not found"_s);
        QCOMPARE(direct.status, OutcomeStatus::Failed);
        QCOMPARE(direct.v2DeviceId, u"x"_s);
        QCOMPARE(direct.reason, u"not found"_s);
    }

    void secureSessionKeyIdByDefault()
    {
        ConversionOptions o = options(true);
        o.sessionKeyIdSource = nullptr;
        const DeviceConverter converter(o);
        QSet<QByteArray> ids;
        for (int i = 0; i < 50; ++i) {
            const QJsonObject json
                = QJsonDocument::fromJson(converter.convert(withKeys(otaa())).json).object();
            const QByteArray id
                = json.value("session"_L1)["keys"_L1]["session_key_id"_L1].toString().toLatin1();
            QCOMPARE(QByteArray::fromBase64(id).size(), 16);
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 50);
    }

    // 100,000 conversions in a row: every line complete and on its own. How fast is a figure
    // of `ttnmig-bench convert` (goal: 100,000 devices per second), not a timed assertion: the
    // suite runs on a loaded machine, where CPU time alone varies by a factor of two.
    void convertsAHundredThousandDevices()
    {
        const DeviceConverter converter(options(true));
        V2Device device = withKeys(otaa(u"device_with_a_long_name"_s));
        device.description = u"A fairly ordinary description of a sensor"_s;
        device.attributes = numberedAttributes(3);
        device.latitude = 52.37;
        device.longitude = 4.88;
        const int count = 100000;
        QByteArray out;
        out.reserve(count * 1200);
        const std::clock_t start = std::clock();
        for (int i = 0; i < count; ++i) {
            const DeviceOutcome outcome = converter.convert(device);
            out += outcome.json;
            out += '\n';
        }
        const qint64 ms = qint64(std::clock() - start) * 1000 / CLOCKS_PER_SEC;
        qInfo("converted %d devices in %lld ms CPU", count, ms);
        QCOMPARE(out.count('\n'), count);
        QCOMPARE(out.count("\"session_key_id\""), count);
    }
};

QTEST_GUILESS_MAIN(TestDeviceConverter)
#include "tst_deviceconverter.moc"
