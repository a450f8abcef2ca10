#pragma once

#include "discoveryroutes.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace ttnv2emu {

struct AccessKeySpec
{
    QString key;
    QStringList rights;
};

struct ApplicationSpec
{
    QString appId;
    QList<AccessKeySpec> accessKeys;
    QList<QJsonObject> devices; // handler JSON shape
    // payload_format, decoder, converter, validator, encoder (GET /applications/{app_id})
    QJsonObject payloadFunctions;
    bool registered = true; // false: known to the account server, on another handler
};

struct EmulatorData
{
    QList<ApplicationSpec> applications;
    QList<Announcement> announcements; // extra handlers for discovery
};

// Reads the emulator data format:
// {"applications":[{"app_id":…,"registered":true,"access_keys":[{"key":…,"rights":[…]}],
//   "payload_format":"custom","decoder":"function Decoder(bytes, port) {…}",…,
//   "devices":[<v2 device JSON>…]}],
//  "announcements":[{"id":…,"api_address":"http://…","app_ids":[…]}]}
// Error messages name the entry, never a key value.
bool parseEmulatorData(const QByteArray &json, EmulatorData *data, QString *error);

// The built-in demo application (embedded resource).
EmulatorData demoData();

} // namespace ttnv2emu
