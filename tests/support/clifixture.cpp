#include "clifixture.h"

#include "cliprocess.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const QByteArray kOtaaOne = R"({"app_id":"test-app","dev_id":"otaa-one","lorawan_device":{
  "app_id":"test-app","dev_id":"otaa-one","app_eui":"70B3D57ED0000001","dev_eui":"0004A30B00000001",
  "dev_addr":"","app_key":"0123456789ABCDEF0123456789ABCDEF","app_s_key":"","nwk_s_key":"",
  "activation_constraints":"local"}})";

const QByteArray kOtaaJoined = R"({"app_id":"test-app","dev_id":"otaa_joined",
  "description":"K\u00fchlraum S\u00fcd","latitude":52.37,"longitude":4.88,"altitude":3,
  "attributes":{"floor":"-1"},"lorawan_device":{
  "app_id":"test-app","dev_id":"otaa_joined","app_eui":"70B3D57ED0000001","dev_eui":"0004A30B00000002",
  "dev_addr":"26011234","app_key":"A1B2C3D4E5F60718293A4B5C6D7E8F90",
  "app_s_key":"11112222333344445555666677778888","nwk_s_key":"99990000AAAABBBBCCCCDDDDEEEEFFFF",
  "activation_constraints":"local,otaa","f_cnt_up":10,"f_cnt_down":3,"uses32_bit_f_cnt":true}})";

const QByteArray kAbpMeter = R"({"app_id":"test-app","dev_id":"abp-meter","lorawan_device":{
  "app_id":"test-app","dev_id":"abp-meter","app_eui":"70B3D57ED0000001","dev_eui":"0004A30B00000003",
  "dev_addr":"26015678","app_key":"","app_s_key":"0A0B0C0D0E0F0A0B0C0D0E0F0A0B0C0D",
  "nwk_s_key":"F0E0D0C0B0A0F0E0D0C0B0A0F0E0D0C0","activation_constraints":"local,abp",
  "f_cnt_up":7,"f_cnt_down":2}})";
} // namespace

QStringList CliFixture::deviceSecrets()
{
    return { u"0123456789ABCDEF0123456789ABCDEF"_s, u"A1B2C3D4E5F60718293A4B5C6D7E8F90"_s,
        u"11112222333344445555666677778888"_s, u"99990000AAAABBBBCCCCDDDDEEEEFFFF"_s,
        u"0A0B0C0D0E0F0A0B0C0D0E0F0A0B0C0D"_s, u"F0E0D0C0B0A0F0E0D0C0B0A0F0E0D0C0"_s };
}

CliFixture::CliFixture()
{
    m_listening = m_emulator.listen();
    m_emulator.addApplication(appId, accessKey);
    m_emulator.addDevice(appId, parse(kOtaaOne));
    m_emulator.addDevice(appId, parse(kOtaaJoined));
    m_emulator.addDevice(appId, parse(kAbpMeter));
}

QString CliFixture::handlerAddress() const
{
    return m_emulator.handlerUrl().toString();
}

QProcessEnvironment CliFixture::environment() const
{
    QProcessEnvironment environment = CliTest::cleanEnvironment();
    environment.insert(u"TTNV2_APP_ID"_s, appId);
    environment.insert(u"TTNV2_APP_ACCESS_KEY"_s, accessKey);
    environment.insert(u"FREQUENCY_PLAN_ID"_s, u"EU_863_870_TTN"_s);
    environment.insert(u"TTNV2_HANDLER_ADDRESS"_s, handlerAddress());
    return environment;
}

QJsonObject CliFixture::expectedOtaaOne(const QString &plan)
{
    QJsonObject device
        = parse(R"({"ids":{"device_id":"otaa-one","application_ids":{"application_id":"test-app"},
      "dev_eui":"0004A30B00000001","join_eui":"70B3D57ED0000001"},"name":"otaa-one",
      "lorawan_version":"MAC_V1_0_2","lorawan_phy_version":"PHY_V1_0_2_REV_B","frequency_plan_id":"EU_863_870_TTN",
      "supports_join":true,"root_keys":{"app_key":{"key":"0123456789ABCDEF0123456789ABCDEF"}},
      "mac_settings":{"status_time_periodicity":"0s","status_count_periodicity":0}})");
    device.insert(u"frequency_plan_id"_s, plan);
    return device;
}

QJsonObject CliFixture::expectedOtaaJoined(bool withSession)
{
    QJsonObject device = parse(
        R"({"ids":{"device_id":"otaa-joined","application_ids":{"application_id":"test-app"},
      "dev_eui":"0004A30B00000002","join_eui":"70B3D57ED0000001"},"name":"otaa_joined",
      "description":"K\u00fchlraum S\u00fcd","attributes":{"floor":"-1","old-id":"otaa_joined"},
      "locations":{"user":{"latitude":52.37,"longitude":4.88,"altitude":3,"source":"SOURCE_REGISTRY"}},
      "lorawan_version":"MAC_V1_0_2","lorawan_phy_version":"PHY_V1_0_2_REV_B","frequency_plan_id":"EU_863_870_TTN",
      "supports_join":true,"root_keys":{"app_key":{"key":"A1B2C3D4E5F60718293A4B5C6D7E8F90"}},
      "mac_settings":{"supports_32_bit_f_cnt":true,"status_time_periodicity":"0s","status_count_periodicity":0}})");
    if (!withSession)
        return device;
    // With its session the device keeps v2's 1 s RX1 delay and carries keys and counters.
    QJsonObject mac = device.value(u"mac_settings"_s).toObject();
    mac.insert(u"rx1_delay"_s, 1);
    device.insert(u"mac_settings"_s, mac);
    device.insert(u"session"_s,
        parse(
            R"({"dev_addr":"26011234","keys":{"f_nwk_s_int_key":{"key":"99990000AAAABBBBCCCCDDDDEEEEFFFF"},
        "app_s_key":{"key":"11112222333344445555666677778888"},"session_key_id":"MASKED"},
        "last_f_cnt_up":10,"last_n_f_cnt_down":3,"started_at":"MASKED"})"));
    return device;
}

QJsonObject CliFixture::expectedAbpMeterWithSession()
{
    return parse(R"({"ids":{"device_id":"abp-meter","application_ids":{"application_id":"test-app"},
      "dev_eui":"0004A30B00000003","join_eui":"70B3D57ED0000001"},"name":"abp-meter",
      "lorawan_version":"MAC_V1_0_2","lorawan_phy_version":"PHY_V1_0_2_REV_B","frequency_plan_id":"EU_863_870_TTN",
      "mac_settings":{"rx1_delay":1,"status_time_periodicity":"0s","status_count_periodicity":0},
      "session":{"dev_addr":"26015678","keys":{"f_nwk_s_int_key":{"key":"F0E0D0C0B0A0F0E0D0C0B0A0F0E0D0C0"},
        "app_s_key":{"key":"0A0B0C0D0E0F0A0B0C0D0E0F0A0B0C0D"}},
        "last_f_cnt_up":7,"last_n_f_cnt_down":2,"started_at":"MASKED"}})");
}

QStringList CliFixture::expectedTopLevelKeys(const QJsonObject &expected)
{
    static const QStringList order = { u"ids"_s, u"name"_s, u"description"_s, u"attributes"_s,
        u"locations"_s, u"lorawan_version"_s, u"lorawan_phy_version"_s, u"frequency_plan_id"_s,
        u"supports_join"_s, u"root_keys"_s, u"mac_settings"_s, u"session"_s };
    QStringList keys;
    for (const QString &key : order) {
        if (expected.contains(key))
            keys << key;
    }
    return keys;
}
