#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

// One request as the emulator saw it. The access key itself is never stored.
struct EmulatorRequest
{
    QString method; // "GET", "PUT", …
    QString path; // with the query, e.g. "/applications/app/devices?limit=10"
    int status = 0; // HTTP status sent (a reset or garbage fault still records it)
    bool keyPresent = false; // an Authorization or Grpc-Metadata-Key header was sent
};

namespace ttnv2emu {
struct EmulatorState;
} // namespace ttnv2emu
namespace emukit {
class EmulatorHttpServer;
struct IncomingRequest;
struct Reply;
} // namespace emukit

// A local TTN v2 handler (ApplicationManager HTTP API via grpc-gateway v1) and discovery
// server on one loopback port, with knobs for rate limits, latency and faults. Real HTTP,
// meant for tests, the wizard's --demo and benchmarks. All public functions are
// thread-safe; the server itself runs in the thread this object lives in.
class V2Emulator : public QObject
{
    Q_OBJECT

public:
    explicit V2Emulator(QObject *parent = nullptr);
    ~V2Emulator() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl handlerUrl() const; // http://127.0.0.1:PORT
    QUrl discoveryUrl() const; // same server; GET /announcements/handler
    QString handlerId() const; // this handler's announcement ID ("ttn-handler-eu")

    // Data. An application added here is registered to this handler; call again with another
    // key to add more keys. Devices use the handler's JSON shape (see wire-formats.md A.1).
    void addApplication(const QString &appId, const QString &accessKey,
        const QStringList &rights = { QStringLiteral("devices"), QStringLiteral("settings") });
    // An application the account server knows (its key is valid) that is registered to
    // another handler: requests answer 404 "Application not registered to this Handler".
    void addUnregisteredApplication(const QString &appId, const QString &accessKey);
    // What GET /applications/{app_id} returns besides app_id: payload_format, decoder,
    // converter, validator, encoder (needs the key's "settings" right).
    void setPayloadFunctions(const QString &appId, const QJsonObject &functions);
    // An extra handler in discovery (e.g. "ttn-handler-other" owning `appIds`).
    void addAnnouncement(const QString &id, const QUrl &apiAddress, const QStringList &appIds);
    bool addDevice(const QString &appId, const QJsonObject &v2Device);
    bool loadFile(const QString &path, QString *error);
    // Deterministic devices dev-000001…: unique EUIs, keys from `seed`, some attributes and
    // locations; `abpRatio` of them ABP (no AppKey, session set), the rest OTAA.
    void generate(const QString &appId, int count, quint32 seed = 1, double abpRatio = 0.0);
    // The wizard's --demo application (see demoApplicationId()/demoAccessKey()).
    void loadDemo();
    static QString demoApplicationId();
    static QString demoAccessKey(); // a published demo value, safe to show
    QStringList applicationIds() const;

    // Knobs, effective immediately.
    void setRateLimit(double perSecond); // default 5 per app and per key; 0 = off
    void setLatency(int ms); // added to every answer
    void failEveryNth(int n, int httpStatus); // 0 = off
    void failNext(int count, int httpStatus, int retryAfterSeconds = 0);
    void setResetEveryNth(int n); // close the connection mid-body; 0 = off
    void setGarbageEveryNth(int n); // 200 with truncated JSON; 0 = off
    void clearFaults(); // all fault knobs off

    // Observation.
    int requestCount() const;
    QList<EmulatorRequest> requests() const;
    void clearRequests(); // also resets requestCount() and writeCount()
    int writeCount() const; // successful POST/PUT/DELETE
    QJsonObject device(const QString &appId, const QString &devId) const; // {} if unknown
    int deviceCount(const QString &appId) const;

private:
    emukit::Reply dispatch(const emukit::IncomingRequest &request);

    std::unique_ptr<ttnv2emu::EmulatorState> m_state;
    emukit::EmulatorHttpServer *m_server = nullptr;
};
