#pragma once

#include "emudevice.h"

#include <QList>

namespace ttnv2emu {

// Deterministic synthetic devices for tests and benchmarks: dev-000001, dev-000002, … with
// unique DevEUIs, keys drawn from `seed`, attributes on every third device, a location on
// every fourth, a joined session on every fifth OTAA device. `abpRatio` of the devices,
// spread evenly, are ABP (no AppKey, session and counters set). Same arguments, same devices.
QList<Device> generateDevices(const QString &appId, int count, quint32 seed, double abpRatio);

} // namespace ttnv2emu
