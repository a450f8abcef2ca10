#pragma once

#include "chirpstack/chirpstackrecord.h"
#include "convert/deviceoutcome.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

// Turns one ChirpStack v4 device into one line of devices.json, exactly as
// ../shared/spec/chirpstack-source.md §c says (and without the official tool's ten bugs):
// the 1.0.x AppKey from nwk_key, the JoinEUI from the device, MAC version and regional
// parameters revision to TTS's versions (1.0.4 and RP002 included), the region to a
// frequency plan, class B/C, device-status requests per day, skip_fcnt_check, counters
// "next" → "last", tags → attributes under TTS's rules, variables never exported unless asked.
// Then TTS's import rules decide, as for every source. Pure functions, thread-safe.
namespace ChirpStackConverter {

struct Options
{
    QString applicationId; // the target application's ID (ids.application_ids)
    QString joinEui; // used when the device has none (zero is legal in TTS); empty: zeros
    QString frequencyPlanId; // overrides the region's suggestion
    bool exportSession = false; // ABP needs it; OTAA keeps its session with it
    bool deviceIdFromName = false; // the sanitised name instead of eui-<deveui>
    bool exportVariables = false; // variables hold secrets: off by default
    bool dropInvalidAttributes = false; // repair instead of failing the device
    bool failRp002_105 = false; // RP002-1.0.5 (none in TTS): fail instead of 1.0.4 + warning
    QDateTime exportTime; // session.started_at; now when unset
    std::function<QByteArray()> sessionKeyIdSource; // 16 bytes; tests inject one
};

// "MAC_V1_0" … "MAC_V1_1"; empty for a value ChirpStack does not define.
QString lorawanVersion(int macVersion);

// The TTS PHY version of a (MAC version, revision) pair, or why there is none.
struct PhyVersion
{
    QString id; // canonical PHY_V… / RP002_V… name; empty: failure says why
    QString warning;
    QString failure;
};
PhyVersion phyVersion(int macVersion, int regParamsRevision, bool failRp002_105 = false);

// The frequency plan suggested for a region (the user confirms it); empty for CN779.
QString suggestedFrequencyPlan(int region, const QString &regionConfigId = QString());

// "PING_EVERY_1S" … "PING_EVERY_128S" for 0-7; empty otherwise.
QString pingSlotPeriod(quint32 periodicity);

// 86400/N seconds as a JSON duration ("0s" for N = 0).
QString statusTimePeriodicity(quint32 timesPerDay);

// eui-<deveui lowercase>, or the sanitised name (falls back to the EUI form).
QString deviceId(const ChirpStackDevice &device, bool fromName);
// A name as a TTS ID (lowercase, runs of other characters one hyphen, ≤ 36); empty when
// nothing valid is left.
QString sanitisedId(const QString &name);

// `newDeviceId`: the ID the user gave the device (the wizard's rename, --dev-id-map) instead
// of eui-<deveui> or the name.
DeviceOutcome convert(
    const ChirpStackRecord &record, const Options &options, const QString &newDeviceId = QString());

} // namespace ChirpStackConverter
