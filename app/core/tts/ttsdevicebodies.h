#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One device of devices.json as the four bodies of tts-import.md §3: each server gets
// only the fields it owns, the keys only their owner, and JS/NS/AS a field mask of exactly
// the bottom-level paths the device has (a listed path without a value would clear it).
struct TtsDeviceBodies
{
    QJsonObject ids; // the full identifiers, with the target application
    QByteArray identity; // step 1: {"end_device":{…}} for POST (no field mask)
    QByteArray join; // step 2, empty for ABP devices (no JS record)
    QByteArray network; // step 3
    QByteArray application; // step 4
    QStringList joinPaths;
    QStringList networkPaths;
    QStringList applicationPaths;

    bool hasJoin() const { return !join.isEmpty(); }

    // `applicationId` replaces the file's application; `serverAddress` (the cluster's host)
    // goes into the three *_server_address fields.
    static TtsDeviceBodies forDevice(
        const QJsonObject &device, const QString &applicationId, const QString &serverAddress);
};
