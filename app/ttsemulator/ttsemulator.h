#pragma once

#include "tts/ttsserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

// One request as the TTS emulator saw it (the API key itself is never stored).
struct TtsEmulatorRequest
{
    QString method;
    QString path; // with the query
    int status = 0;
    bool bearer = false; // an Authorization header came with it
    QByteArray body; // the request body (tests check what went where)
    qint64 atMs = 0; // when it arrived, on the emulator's monotonic clock
};

namespace emukit {
class EmulatorHttpServer;
struct IncomingRequest;
struct Reply;
} // namespace emukit

namespace ttsemu {
struct State;
}

// A local The Things Stack for tests, benchmarks and the demo: the /api/v3 subset of
// tts-import.md (rights, IS create/get/list/delete, JS/NS/AS Set/get/delete) on one loopback
// port, with API keys and rights, field-mask checks per server, EUI uniqueness across
// applications, TTS's reserved IDs, a per-minute rate limit with X-Rate-Limit-* headers,
// fault knobs and simulated joins. Real HTTP; every public function is thread-safe.
class TtsEmulator : public QObject
{
    Q_OBJECT
public:
    explicit TtsEmulator(QObject *parent = nullptr);
    ~TtsEmulator() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT (the API is under /api/v3)

    // Data.
    void addApplication(const QString &applicationId);
    // The IS then refuses devices whose server addresses name another host (§1).
    void setApplicationServerAddress(const QString &applicationId, const QString &host);
    // The AS's link of the application (GET/PUT /as/applications/{app}/link, right
    // RIGHT_APPLICATION_SETTINGS_BASIC): its default payload formatters.
    void setLink(const QString &applicationId, const QJsonObject &link);
    QJsonObject link(const QString &applicationId) const;
    // A key NNSXS.<ID>.<SECRET> with rights on one application (call again for more).
    void addApiKey(const QString &key, const QString &applicationId, const QStringList &rights);
    // A device registered directly (e.g. one another application owns), in the IS and, for
    // each other server named, with the same body.
    void addDevice(const QString &applicationId, const QJsonObject &device,
        const QList<TtsServer> &servers = { TtsServer::Identity });
    // `count` devices dev-000001… in the IS (and NS) for tracking benchmarks.
    void generate(const QString &applicationId, int count);
    bool loadFile(const QString &path, QString *error);
    void loadDemo();
    static QString demoApplicationId();
    static QString demoApiKey(); // a published demo value, safe to show
    // The demo source application (--demo-source): 56 mixed devices to migrate from, each in
    // the registries it lives in; `serverHost` is this deployment's host in their addresses.
    void loadDemoSource(const QString &serverHost = QStringLiteral("127.0.0.1"));
    static QString demoSourceApplicationId();
    static QString demoSourceApiKey(); // a published demo value, safe to show
    QStringList applicationIds() const;
    static QStringList allRights();

    // Knobs, effective immediately.
    void setLatency(int ms);
    void setRateLimit(int perMinute, int burst = 0); // 0 = off
    void failEveryNth(int n, int httpStatus); // 502/504: an HTML page, as a proxy answers
    void failNext(int count, int httpStatus);
    void setResetEveryNth(int n); // close the connection mid-body
    // Close the connection mid-body on the first answer to each distinct request (method,
    // path, body), after it took effect; repeats get whole answers. Unlike every-nth, which
    // concurrent clients can hit on the same request again and again, this cuts every kind
    // of call exactly once, whatever the interleaving.
    void setResetFirstAnswers(bool on);
    // The next `count` requests with this method whose path contains `pathContains` answer
    // `httpStatus` with the TTS error ns:name, without any effect...
    void failMatching(const QByteArray &method, const QString &pathContains, int count,
        int httpStatus, const QString &ns = QString(), const QString &name = QString());
    // ...or after taking effect (the answer lies: "503 after the request took effect").
    void failAfterEffect(
        const QByteArray &method, const QString &pathContains, int count, int httpStatus = 503);
    // The next `count` matching requests are answered only after `ms`, with a gateway's 504
    // and without effect: a server that hangs, so a test can kill a client while a device
    // waits for that call (e.g. created in the IS and JS, not yet in the NS).
    void hangMatching(const QByteArray &method, const QString &pathContains, int count, int ms);
    void setJoinAfterMs(int ms); // OTAA devices get last_seen_at, then activated_at
    // Marks a device as heard (and active) now, for deterministic tracking tests.
    void markSeen(const QString &applicationId, const QString &deviceId, bool active);
    void clearFaults();

    // Observation.
    int requestCount() const;
    QList<TtsEmulatorRequest> requests() const;
    void clearRequests();
    int writeCount() const;
    QJsonObject device(TtsServer server, const QString &applicationId,
        const QString &deviceId) const; // {} if absent
    int deviceCount(TtsServer server, const QString &applicationId) const;

private:
    emukit::Reply dispatch(const emukit::IncomingRequest &request);

    std::unique_ptr<ttsemu::State> m_state;
    emukit::EmulatorHttpServer *m_server = nullptr;
};
