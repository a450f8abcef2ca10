#pragma once

#include "accesscontrol.h"
#include "devicestore.h"
#include "discoveryroutes.h"
#include "faultinjector.h"
#include "ratelimiter.h"
#include "v2emulator.h"

#include <QMutex>

namespace ttnv2emu {

// Everything V2Emulator knows, behind one mutex so tests may turn knobs from any thread.
struct EmulatorState
{
    mutable QMutex mutex;
    DeviceStore store;
    AccessControl access;
    RateLimiter limiter;
    emukit::FaultInjector faults;
    QList<Announcement> otherHandlers;
    QList<EmulatorRequest> log;
    int requestCount = 0;
    int writeCount = 0;
    int latencyMs = 0;
    QHostAddress address;
    quint16 port = 0;

    // http://127.0.0.1:PORT for loopback and wildcard binds, else the bound address.
    QUrl baseUrl() const;
};

} // namespace ttnv2emu
