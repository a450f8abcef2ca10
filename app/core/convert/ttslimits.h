#pragma once

#include <QtGlobal>

// The limits The Things Stack (v3.32.1) applies when it imports a device, as numbers in one
// place (tts-import-rules.md; read from TTS's end_device.proto, identifiers.proto and
// metadata.proto, and from the Console's file input). TtsImportRules checks against them; the
// converter and the export writers use them so nothing else repeats a number.
namespace TtsLimits {

// Identifiers (device ID, application ID, attribute keys): ^[a-z0-9](?:[-]?[a-z0-9]){2,}$
constexpr int maxIdLength = 36;
constexpr int minIdAlphanumerics = 3;
// A device ID prefix (--dev-id-prefix) goes in front of "-" and a v2 device ID of at least 2
// characters, so longer prefixes leave no room for any device.
constexpr int maxDevIdPrefixLength = maxIdLength - 3;

// Lengths count Unicode code points, as TTS's validators do.
constexpr int maxNameLength = 50;
constexpr int maxDescriptionLength = 2000;
constexpr int maxAttributes = 10;
constexpr int maxAttributeValueLength = 200;

constexpr double maxAbsLatitude = 90;
constexpr double maxAbsLongitude = 180;
// locations.user.altitude is an int32.
constexpr qint64 minAltitude = -2147483648LL;
constexpr qint64 maxAltitude = 2147483647LL;

// session.last_f_cnt_up / last_n_f_cnt_down are uint32.
constexpr qint64 maxFrameCounter = 4294967295LL;

// Hex lengths of what the export writes.
constexpr int euiHexDigits = 16;
constexpr int keyHexDigits = 32;
constexpr int devAddrHexDigits = 8;
constexpr int sessionKeyIdBytes = 16;

// The Console's file input refuses files of this size or more; from consoleWarningBytes on, its
// import form recommends splitting. Parts of a split export default to the warning size.
constexpr qint64 consoleMaxFileBytes = 16 * 1024 * 1024;
constexpr qint64 consoleWarningBytes = 10 * 1024 * 1024;
constexpr qint64 defaultPartBytes = consoleWarningBytes;

} // namespace TtsLimits
