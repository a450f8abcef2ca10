#pragma once

#include "convert/v3enddevice.h"

#include <QByteArray>

// Writes one V3EndDevice as the compact JSON line of devices.json (conversion.md: key order,
// bare values for wrappers, enums as strings except rx1_delay, pure ASCII). It writes what it is
// given: TtsImportRules decides beforehand whether the device may be written at all.
namespace V3DeviceWriter {
QByteArray toJson(const V3EndDevice &device);
}
