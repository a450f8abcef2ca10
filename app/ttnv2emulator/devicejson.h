#pragma once

#include "emudevice.h"

#include <QByteArray>

namespace ttnv2emu {

enum class DeviceView {
    ListItem, // GET …/devices: every stored field and key, but no f_cnt_up/f_cnt_down/last_seen
    Full, // GET …/devices/{dev_id}: adds the live counters and last_seen
};

// Appends the device exactly as the handler's jsonpb marshaler writes it (field order of
// handler.proto / lorawan device.proto, zero values omitted, hex fields always present).
void appendDeviceJson(QByteArray &out, const Device &device, DeviceView view);

// The list item, cached on the device (devices are replaced, never edited in place).
const QByteArray &listItemJson(const Device &device);

QByteArray deviceJson(const Device &device, DeviceView view);

} // namespace ttnv2emu
