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
    Reply handle(const IncomingRequest &request, const QStringList &segments);

private:
    Reply checkAccess(const IncomingRequest &request, const QString &appId, const QString &right,
        int *rateWaitMs);
    Reply getApplication(const QString &appId);
    Reply listDevices(const IncomingRequest &request, const QString &appId);
    Reply getDevice(const QString &appId, const QString &devId);
    Reply setDevice(const IncomingRequest &request, const QString &appId, const QString &devId);
    Reply deleteDevice(const QString &appId, const QString &devId);

    DeviceStore &m_store;
    AccessControl &m_access;
    RateLimiter &m_limiter;
};

} // namespace ttnv2emu
