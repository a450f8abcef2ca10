#pragma once

#include <QMap>
#include <QString>

// One ChirpStack v4 device as read over gRPC (../shared/spec/chirpstack-source.md §b), in
// plain Qt values so the mapping (ChirpStackConverter) and its tests never see protobuf.
// Hex values as ChirpStack sends them (lowercase; all zeros when unset). Keys and variables
// are secrets: a record is never logged.
namespace ChirpStack {

// The wire values of ChirpStack's enums (common.proto, api/device_profile.proto).
enum Region {
    EU868 = 0,
    US915 = 2,
    CN779 = 3,
    EU433 = 4,
    AU915 = 5,
    CN470 = 6,
    AS923 = 7,
    KR920 = 8,
    IN865 = 9,
    RU864 = 10,
    ISM2400 = 11,
    AS923_2 = 12,
    AS923_3 = 13,
    AS923_4 = 14
};
enum MacVersion { Mac100 = 0, Mac101 = 1, Mac102 = 2, Mac103 = 3, Mac104 = 4, Mac110 = 5 };
// A 0, B 1, RP002_1_0_0 2 … RP002_1_0_5 7.
enum RegParamsRevision { RevA = 0, RevB = 1, Rp002_100 = 2, Rp002_105 = 7 };
enum CodecRuntime { CodecNone = 0, CodecCayenneLpp = 1, CodecJs = 2 };

} // namespace ChirpStack

struct ChirpStackProfile
{
    QString id;
    QString name;
    int region = ChirpStack::EU868;
    QString regionConfigId; // e.g. "us915_1": a hint for the sub-band
    int macVersion = ChirpStack::Mac103;
    int regParamsRevision = ChirpStack::RevA;
    int codecRuntime = ChirpStack::CodecNone;
    QString codecScript;
    quint32 deviceStatusReqInterval = 0; // times per day
    bool supportsOtaa = false;
    bool supportsClassB = false;
    bool supportsClassC = false;
    quint32 classBTimeout = 0; // s
    quint32 classBPingSlotPeriodicity = 0; // 0-7
    quint32 classBPingSlotDr = 0;
    quint32 classBPingSlotFreq = 0; // Hz
    quint32 classCTimeout = 0; // s
    quint32 abpRx1Delay = 0;
    quint32 abpRx1DrOffset = 0;
    quint32 abpRx2Dr = 0;
    quint32 abpRx2Freq = 0; // Hz
    QMap<QString, QString> tags;
};

struct ChirpStackKeys
{
    bool present = false; // GetKeys answered NOT_FOUND: none (ABP or never provisioned)
    QString nwkKey; // 1.0.x: the AppKey
    QString appKey; // 1.1 only
    QString genAppKey;
};

struct ChirpStackActivation
{
    bool present = false; // GetActivation answered without device_activation: no session
    QString devAddr;
    QString appSKey; // empty when a join server keeps it (joinServerContext)
    QString nwkSEncKey;
    QString sNwkSIntKey;
    QString fNwkSIntKey;
    quint32 fCntUp = 0; // the next expected uplink counter (last + 1)
    quint32 nFCntDown = 0; // the next downlink counter
    quint32 aFCntDown = 0;
    bool joinServerContext = false;
};

struct ChirpStackDevice
{
    QString devEui;
    QString joinEui;
    QString name;
    QString description;
    QString applicationId;
    QString deviceProfileId;
    bool skipFcntCheck = false;
    bool isDisabled = false;
    QMap<QString, QString> variables; // secrets: never exported unless asked
    QMap<QString, QString> tags;
};

struct ChirpStackRecord
{
    ChirpStackDevice device;
    ChirpStackProfile profile;
    ChirpStackKeys keys;
    ChirpStackActivation activation;
};
