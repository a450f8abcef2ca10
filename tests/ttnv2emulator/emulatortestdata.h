#pragma once

// The standard data set of the emulator HTTP tests: app-one with three devices (dev-a, dev-b
// plain OTAA; dev-c joined, with location, attributes and a description that needs escaping),
// an empty app-empty, and app-elsewhere registered to another handler.

#include "v2emulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace emutest {

inline const QByteArray kKey = "ttn-account-v2.test-key-with-devices-right";
inline const QByteArray kSettingsOnlyKey = "ttn-account-v2.test-key-settings-only";
inline const QByteArray kOtherAppKey = "ttn-account-v2.test-key-of-other-app";
inline const QByteArray kForeignKey = "ttn-account-v2.test-key-of-app-on-other-handler";

inline QJsonObject otaaDevice(const QString &devId, const QString &devEui)
{
    return QJsonObject {
        { u"app_id"_s, u"app-one"_s },
        { u"dev_id"_s, devId },
        { u"lorawan_device"_s,
            QJsonObject { { u"app_id"_s, u"app-one"_s }, { u"dev_id"_s, devId },
                { u"app_eui"_s, u"70b3d57ed0000001"_s }, { u"dev_eui"_s, devEui },
                { u"app_key"_s, u"00112233445566778899aabbccddeeff"_s } } },
    };
}

inline QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Fills the emulator; the rate limit is off so tests can send freely. A failed QVERIFY here
// fails the calling test.
inline void populate(V2Emulator *emulator)
{
    emulator->setRateLimit(0);
    emulator->addApplication(u"app-one"_s, QString::fromLatin1(kKey));
    emulator->addApplication(
        u"app-one"_s, QString::fromLatin1(kSettingsOnlyKey), { u"settings"_s });
    emulator->addApplication(u"app-empty"_s, QString::fromLatin1(kOtherAppKey));
    emulator->addUnregisteredApplication(u"app-elsewhere"_s, QString::fromLatin1(kForeignKey));
    QVERIFY(emulator->addDevice(u"app-one"_s, otaaDevice(u"dev-b"_s, u"0004A30B00000002"_s)));
    QVERIFY(emulator->addDevice(u"app-one"_s, otaaDevice(u"dev-a"_s, u"0004A30B00000001"_s)));
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
    QVERIFY(emulator->addDevice(u"app-one"_s, joined));
}

} // namespace emutest
