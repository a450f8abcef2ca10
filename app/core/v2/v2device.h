#pragma once

#include <QList>
#include <QPair>
#include <QString>

// One end device as the TTN v2 handler describes it (handler.proto Device + lorawan.Device).
// Hex fields hold uppercase hex without separators; an empty string means "unset" (v2 writes
// all-zero values as ""). Counters and lastSeen are only filled by the per-device GET.
struct V2Device
{
    QString appId;
    QString devId;
    QString description;
    double latitude = 0;
    double longitude = 0;
    qint32 altitude = 0;
    // In the order the handler sent them (jsonpb writes Go maps sorted by key).
    QList<QPair<QString, QString>> attributes;

    QString appEui; // 16 hex, v3 join_eui
    QString devEui; // 16 hex
    QString devAddr; // 8 hex
    QString appKey; // 32 hex, secret
    QString appSKey; // 32 hex, secret
    QString nwkSKey; // 32 hex, secret
    quint32 fCntUp = 0;
    quint32 fCntDown = 0;
    bool disableFCntCheck = false;
    bool uses32BitFCnt = false;
    QString activationConstraints;
    qint64 lastSeenNs = 0;
};
// Implicitly shared Qt members and plain values only: a QList of 100,000 devices can grow by
// moving bytes instead of moving every string one by one.
Q_DECLARE_TYPEINFO(V2Device, Q_RELOCATABLE_TYPE);

// A device as read from a v2 response: either usable, or failed with a reason (the rest of
// the list is still usable). `device.devId` is filled whenever the JSON had one.
struct V2ParsedDevice
{
    V2Device device;
    QString error; // non-empty: this device fails with this (translated) reason
    QStringList warnings; // e.g. lowercase hex normalised
    bool ok() const { return error.isEmpty(); }
};
Q_DECLARE_TYPEINFO(V2ParsedDevice, Q_RELOCATABLE_TYPE);

struct V2DeviceListParse
{
    QList<V2ParsedDevice> devices;
    QString fatalError; // non-empty: the body as a whole was unreadable
    bool ok() const { return fatalError.isEmpty(); }
};
