#pragma once

#include "reply.h"

#include <QStringList>

namespace ttnv2emu {

class AccessControl;
class DeviceStore;
class RateLimiter;

// The handler's ApplicationManager HTTP API as grpc-gateway v1 exposes it
// (TheThingsNetwork/api handler/handler.proto), checked in the handler's order:
// IDs → credentials → rate limit → rights → application registered here → operation.
class HandlerRoutes
{
public:
    HandlerRoutes(DeviceStore &store, AccessControl &access, RateLimiter &limiter);

    // `segments` is the path split at '/', starting with "applications".
    emukit::Reply handle(const emukit::IncomingRequest &request, const QStringList &segments);

private:
    emukit::Reply checkAccess(const emukit::IncomingRequest &request, const QString &appId,
        const QString &right, int *rateWaitMs);
    emukit::Reply getApplication(const QString &appId);
    emukit::Reply listDevices(const emukit::IncomingRequest &request, const QString &appId);
    emukit::Reply getDevice(const QString &appId, const QString &devId);
    emukit::Reply setDevice(
        const emukit::IncomingRequest &request, const QString &appId, const QString &devId);
    emukit::Reply deleteDevice(const QString &appId, const QString &devId);

    DeviceStore &m_store;
    AccessControl &m_access;
    RateLimiter &m_limiter;
};

} // namespace ttnv2emu
