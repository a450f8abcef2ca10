#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <map>

namespace ttnv2emu {

// One end device as the v2 handler stores it (handler.proto Device + lorawan.Device).
// Hex fields are uppercase without separators; "" means unset (the handler renders all-zero
// values as ""). The serialized forms are cached lazily because big lists are served often;
// a device is never mutated in place after it is stored (SetDevice replaces it), so the
// caches never go stale.
struct Device
{
    QString appId;
    QString devId;
    QString description;
    double latitude = 0;
    double longitude = 0;
    qint32 altitude = 0;
    std::map<QString, QString> attributes; // jsonpb writes Go maps sorted by key

    QByteArray appEui; // 16 hex
    QByteArray devEui; // 16 hex
    QByteArray devAddr; // 8 hex
    QByteArray appKey; // 32 hex
    QByteArray appSKey; // 32 hex
    QByteArray nwkSKey; // 32 hex
    quint32 fCntUp = 0;
    quint32 fCntDown = 0;
    bool disableFCntCheck = false;
    bool uses32BitFCnt = false;
    QString activationConstraints;
    qint64 lastSeenNs = 0;

    mutable QByteArray cachedListJson; // list item: no counters, no last_seen
};

// Result of reading a device from JSON (a SetDevice body, a data file, addDevice()).
struct DeviceParse
{
    Device device;
    QString error; // non-empty: invalid argument, with the reason
    bool ok() const { return error.isEmpty(); }
};

// The v2 ID rule ^[0-9a-z](?:[_-]?[0-9a-z]){1,35}$ (TheThingsNetwork/api validation.go).
bool isValidV2Id(const QString &id);

// Parses hex the way the handler does: case-insensitive, "" = unset, all-zero = unset.
// Returns false when the text is not `byteLength` bytes of hex.
bool parseHexField(const QJsonValue &value, int byteLength, QByteArray *upperHex);

// Reads the handler JSON shape. `appId`/`devId` from the URL path win over the body's top
// level (grpc-gateway fills path parameters after decoding the body); pass empty strings to
// take them from the body. With `lenient`, a missing lorawan_device app_id/dev_id is filled
// from the top level (for data files); the HTTP API is strict about both levels.
DeviceParse parseDevice(
    const QJsonObject &json, const QString &appId, const QString &devId, bool lenient);

} // namespace ttnv2emu
