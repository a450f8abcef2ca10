#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One device as it will be written to devices.json, before it is written: the converter fills
// it, TtsImportRules checks it, V3DeviceWriter turns it into the JSON line. Field names follow
// The Things Stack's EndDevice (conversion.md "Fields written"). Keys are secrets: a
// V3EndDevice is never logged.
struct V3Location
{
    double latitude = 0;
    double longitude = 0;
    qint64 altitude = 0;
};

struct V3Session
{
    QString devAddr; // 8 hex
    QString fNwkSIntKey; // 32 hex, secret
    QString appSKey; // 32 hex, secret
    QByteArray sessionKeyId; // base64 of 16 bytes; OTAA sessions only, empty for ABP
    qint64 lastFCntUp = 0;
    qint64 lastNFCntDown = 0;
    QByteArray startedAt; // RFC 3339, UTC ("…Z")
};

struct V3EndDevice
{
    QString deviceId;
    bool deviceIdChosen = false; // given by the user (mapping file, wizard), not derived
    QString applicationId;
    QString devEui; // 16 hex
    QString joinEui; // 16 hex; all zeros when v2 had no AppEUI
    QString name;
    QString description;
    QList<QPair<QString, QString>> attributes; // in the order written
    bool hasLocation = false;
    V3Location location;
    QString frequencyPlanId;
    QLatin1StringView phyVersion; // a static string: TtsBands::exportedPhyVersion
    bool supportsJoin = false; // OTAA
    QString appKey; // 32 hex, secret; OTAA only
    bool supports32BitFCnt = false;
    bool resetsFCnt = false;
    bool hasSession = false;
    V3Session session;
};
