#pragma once

#include "chirpstack/chirpstackconnection.h"
#include "chirpstack/chirpstackerror.h"
#include "chirpstack/chirpstackrecord.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

// ChirpStack v4's gRPC API as far as a migration needs it (chirpstack-source.md §b), over
// the project's own proto (proto/chirpstack.proto). Blocking calls, safe to make from several
// threads at once (one channel, HTTP/2 multiplexed): a caller reads many devices in parallel
// from a thread pool. Every call carries `authorization: Bearer <key>` and a deadline; reads
// are retried on UNAVAILABLE and DEADLINE_EXCEEDED with a doubling back-off. Lists page by
// DevEUI (ChirpStack's default order by name has no tie-break). gRPC stays behind this class:
// its header includes none.
class ChirpStackClient
{
public:
    struct Tenant
    {
        QString id;
        QString name;
    };
    struct Application
    {
        QString id;
        QString name;
        QString description;
        QString tenantId;
    };
    struct DeviceEntry
    {
        QString devEui;
        QString name;
        QString description;
        QString deviceProfileId;
        QString deviceProfileName;
    };

    explicit ChirpStackClient(ChirpStackConnection connection);
    ~ChirpStackClient();
    ChirpStackClient(const ChirpStackClient &) = delete;
    ChirpStackClient &operator=(const ChirpStackClient &) = delete;

    const ChirpStackConnection &connection() const { return m_connection; }

    // Admin keys only (a tenant key gets UNAUTHENTICATED).
    ChirpStackError listTenants(QList<Tenant> *tenants);
    ChirpStackError listApplications(const QString &tenantId, QList<Application> *applications);
    ChirpStackError getApplication(const QString &id, Application *application);
    // An application given by UUID or by name (a name needs the tenant: the connection's, or
    // every tenant an admin key sees). NOT_FOUND when no application has that name.
    ChirpStackError findApplication(const QString &idOrName, Application *application);
    ChirpStackError listDevices(const QString &applicationId, QList<DeviceEntry> *devices);
    ChirpStackError getDevice(const QString &devEui, ChirpStackDevice *device);
    ChirpStackError getDeviceProfile(const QString &id, ChirpStackProfile *profile);
    // NOT_FOUND (no keys) is a state: OK with keys->present false.
    ChirpStackError getKeys(const QString &devEui, ChirpStackKeys *keys);
    // No session: OK with activation->present false.
    ChirpStackError getActivation(const QString &devEui, ChirpStackActivation *activation);
    // Device, keys and (withSession) activation; the profile from `profileOf` (a cache the
    // caller keeps) or read here.
    ChirpStackError readRecord(const QString &devEui, bool withSession, ChirpStackRecord *record,
        const std::function<ChirpStackError(const QString &, ChirpStackProfile *)> &profileOf = {});
    // Get, flip is_disabled, send the whole device back (a partial Device wipes tags and
    // variables). `wasDisabled` gets the state before. Not retried blindly: after an
    // UNAVAILABLE the state is read again first.
    ChirpStackError setDisabled(const QString &devEui, bool disabled, bool *wasDisabled = nullptr);

    int requestCount() const { return m_requests.load(); }
    int retryCount() const { return m_retries.load(); }

    // One redacted line per request (method, subject, status, duration); called on the
    // calling thread.
    std::function<void(const QString &)> logLine;

private:
    struct Impl;
    ChirpStackConnection m_connection;
    std::unique_ptr<Impl> d;
    std::atomic<int> m_requests { 0 };
    std::atomic<int> m_retries { 0 };
};
