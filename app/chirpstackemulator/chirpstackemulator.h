#pragma once

#include <QString>
#include <memory>

// A local ChirpStack v4 (chirpstack-source.md) for tests, benchmarks and --demo: a real gRPC
// server on loopback speaking the project's proto, with ChirpStack's auth model (every refusal
// UNAUTHENTICATED with an empty message; NOT_FOUND only after access passed; tenant keys see
// their tenant only; read-only keys cannot Update; only admin keys list tenants), paging and
// faults. The server runs on gRPC's own threads: a blocking client may call it from the
// thread that started it.
class ChirpStackEmulator
{
public:
    // The demo's keys and IDs (fixed, so tests and docs can name them).
    static const char *const adminKey; // "cs-admin-key"
    static const char *const tenantKey; // the demo tenant's key
    static const char *const readOnlyKey; // the demo tenant's read-only key
    static const char *const otherTenantKey; // a key of another tenant
    static const char *const demoTenantId;
    static const char *const demoApplicationId;
    static const char *const demoApplicationName; // "demo-app"

    struct Faults
    {
        int unavailableEvery = 0; // every Nth call answers UNAVAILABLE (0: never)
        bool loseFirstUpdateAnswer = false; // the first Update takes effect, answers UNAVAILABLE
        int delayMs = 0; // per call
    };

    ChirpStackEmulator();
    ~ChirpStackEmulator();

    // The demo tenant and application with mixed devices (see chirpstackemulator.cpp).
    void loadDemo();
    // `count` more OTAA devices in the demo application (benchmarks).
    void addOtaaDevices(int count);
    void setFaults(const Faults &faults);

    // TLS instead of plaintext (as ChirpStack behind a reverse proxy): PEM files of the
    // server's certificate chain and key. Call before start(); false when they cannot be read.
    bool useTls(const QString &certificatePath, const QString &keyPath);
    // Listens on 127.0.0.1:`port` (0: any free port); false with `error` when it cannot.
    bool start(int port = 0, QString *error = nullptr);
    void stop();
    int port() const;
    QString address() const; // "127.0.0.1:<port>"
    int callCount() const;
    bool isDisabled(const QString &devEui) const;

    struct State; // the server's data, shared with its service objects

private:
    std::shared_ptr<State> m_state;
};
