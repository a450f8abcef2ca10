#pragma once

// Shared by the source-delete tests: a TTN v2 application with ABP devices, a TTS source
// application, a TTS target holding the imported devices, and the devices.json lines of them.
#include "ttsemulator.h"
#include "v2emulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace sdtest {

using namespace Qt::StringLiterals;

inline const QString kV2App = u"abp_app"_s;
inline const QString kV2Key = u"ttn-account-v2.SourceDeleteSecret_Qw3eR5tY7uI9oP1aS"_s;
inline const QString kTargetApp = u"target-app"_s;
inline const QString kTargetKey
    = u"NNSXS.TARGETKEYID01234567.TargetSecretNeverToBeSeen0123456789ab"_s;
inline const QString kSourceApp = u"source-app"_s;
inline const QString kSourceKey
    = u"NNSXS.SOURCEKEYID01234567.SourceSecretNeverToBeSeen0123456789ab"_s;

inline QString eui(int n)
{
    return u"0004A30B%1"_s.arg(n, 8, 16, QLatin1Char('0')).toUpper();
}
inline QString nwkSKey(int n)
{
    return u"C1C2C3C4C5C6C7C8C9CACBCCCDCECF%1"_s.arg(n, 2, 10, QLatin1Char('0'));
}
inline QString appSKey(int n)
{
    return u"B1B2B3B4B5B6B7B8B9BABBBCBDBEBF%1"_s.arg(n, 2, 10, QLatin1Char('0'));
}
inline QString v2Id(int n)
{
    return u"abp_%1"_s.arg(n);
}
inline QString v3Id(int n)
{
    return u"abp-%1"_s.arg(n);
}

// An ABP device in v2, with a session and counters.
inline QJsonObject v2AbpDevice(int n)
{
    const QJsonObject lorawan { { u"app_id"_s, kV2App }, { u"dev_id"_s, v2Id(n) },
        { u"app_eui"_s, u"70B3D57ED0000001"_s }, { u"dev_eui"_s, eui(n) },
        { u"dev_addr"_s, u"2601%1"_s.arg(n, 4, 16, QLatin1Char('0')).toUpper() },
        { u"app_s_key"_s, appSKey(n) }, { u"nwk_s_key"_s, nwkSKey(n) }, { u"f_cnt_up"_s, 1000 + n },
        { u"f_cnt_down"_s, 50 + n }, { u"uses32_bit_f_cnt"_s, true },
        { u"activation_constraints"_s, u"local"_s } };
    return { { u"app_id"_s, kV2App }, { u"dev_id"_s, v2Id(n) },
        { u"description"_s, u"Meter %1"_s.arg(n) }, { u"lorawan_device"_s, lorawan } };
}

// Its devices.json line, as the export writes it (the v2 dev_id as the name).
inline QJsonObject exportedAbp(int n)
{
    const QJsonObject ids { { u"device_id"_s, v3Id(n) },
        { u"application_ids"_s, QJsonObject { { u"application_id"_s, kTargetApp } } },
        { u"dev_eui"_s, eui(n) }, { u"join_eui"_s, u"70B3D57ED0000001"_s } };
    const QJsonObject keys { { u"f_nwk_s_int_key"_s, QJsonObject { { u"key"_s, nwkSKey(n) } } },
        { u"app_s_key"_s, QJsonObject { { u"key"_s, appSKey(n) } } } };
    const QJsonObject session { { u"dev_addr"_s,
                                    v2AbpDevice(n)[u"lorawan_device"_s][u"dev_addr"_s] },
        { u"keys"_s, keys }, { u"last_f_cnt_up"_s, 1000 + n } };
    return { { u"ids"_s, ids }, { u"name"_s, v2Id(n) }, { u"lorawan_version"_s, u"MAC_V1_0_2"_s },
        { u"lorawan_phy_version"_s, u"PHY_V1_0_2_REV_B"_s },
        { u"frequency_plan_id"_s, u"EU_863_870_TTN"_s }, { u"supports_join"_s, false },
        { u"session"_s, session } };
}

// An OTAA device of a TTS source, as it lives in one registry.
inline QJsonObject ttsDevice(const QString &app, int n)
{
    return { { u"ids"_s,
                 QJsonObject { { u"device_id"_s, u"otaa-%1"_s.arg(n) },
                     { u"application_ids"_s, QJsonObject { { u"application_id"_s, app } } },
                     { u"dev_eui"_s, eui(100 + n) }, { u"join_eui"_s, u"70B3D57ED0000001"_s } } },
        { u"supports_join"_s, true }, { u"lorawan_version"_s, u"MAC_V1_0_3"_s },
        { u"lorawan_phy_version"_s, u"PHY_V1_0_3_REV_A"_s },
        { u"frequency_plan_id"_s, u"EU_863_870_TTN"_s } };
}

inline void writeLines(const QString &path, const QList<QJsonObject> &lines)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QJsonObject &line : lines)
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

inline void setUpTarget(TtsEmulator &target)
{
    QVERIFY(target.listen());
    target.addApplication(kTargetApp);
    target.addApiKey(kTargetKey, kTargetApp, { u"RIGHT_APPLICATION_ALL"_s });
}

inline void setUpV2(V2Emulator &v2, int devices)
{
    QVERIFY(v2.listen());
    v2.addApplication(kV2App, kV2Key);
    v2.setRateLimit(0);
    for (int n = 1; n <= devices; ++n)
        QVERIFY(v2.addDevice(kV2App, v2AbpDevice(n)));
}

} // namespace sdtest
