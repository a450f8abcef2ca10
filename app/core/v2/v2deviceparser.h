#pragma once

#include "v2/v2device.h"

#include <QByteArray>
#include <QJsonObject>

// Reads the v2 handler's JSON (gogo jsonpb, see wire-formats.md A.1) into V2Device values.
// A pure function of its input: never throws, never crashes, never logs. Tolerates what jsonpb
// does (omitted zero values, "" for unset hex, int64 as quoted strings, unknown fields).
// A problem with one device fails only that device, with a translated reason that names the
// field but never the value of a key.
class V2DeviceParser
{
public:
    // GET /applications/{app}/devices: {"devices":[…]} or {} for an empty application.
    // Malformed JSON, a non-object body or a non-array "devices" sets fatalError.
    static V2DeviceListParse parseList(const QByteArray &body);
    // GET /applications/{app}/devices/{dev}: one device object.
    static V2ParsedDevice parseDevice(const QByteArray &body);
    static V2ParsedDevice parseDeviceObject(const QJsonObject &object);

    // Limits beyond which a value is considered absurd (the device fails).
    static constexpr int maxStringLength = 16 * 1024; // description, IDs, attribute values
    static constexpr int maxAttributes = 1000;
};
