#pragma once

#include "chirpstack/chirpstackrecord.h"
#include "chirpstack/chirpstacksettings.h"
#include "source/devicesource.h"

#include <QHash>
#include <QList>
#include <QThreadPool>
#include <atomic>
#include <memory>

class ChirpStackClient;

// A ChirpStack v4 server as a DeviceSource (sources.md "The chirpstack source"): the
// application found by UUID or name, its devices listed by DevEUI, then each device read
// (Get, profile once per profile, GetKeys for OTAA, GetActivation for ABP or with session)
// on a pool of `concurrency` threads, since every read is 2-4 blocking gRPC calls; rows are
// announced on the source's thread. Converted by ChirpStackConverter. Never writes to the
// source. The device IDs of the seam are DevEUIs (lowercase hex).
class ChirpStackDeviceSource : public DeviceSource
{
    Q_OBJECT
public:
    explicit ChirpStackDeviceSource(ChirpStackSettings settings, QObject *parent = nullptr);
    ~ChirpStackDeviceSource() override;

    // Makes DeviceSources::forRequest build this source for ExportSource::ChirpStack.
    static void registerSource();

    QString sourceId() const override;
    QString displayName() const override;
    QString applicationId() const override;
    Capabilities capabilities() const override;

    void testConnection() override;
    void listApplications() override;
    void listDevices() override;

    void readDevices(const SourceReadRequest &request) override;
    void proceed() override { }
    void stopReading() override;
    void abort() override;
    int deviceCount() const override { return int(m_rows.size()); }
    bool isRead(int row) const override;
    bool readsOneByOne() const override { return true; }
    int requestCount() const override;
    int retryCount() const override;

    std::shared_ptr<ConversionResult> conversion(const ConversionOptions &options) const override;
    void updateConversion(ConversionResult &result, int row) const override;
    DeviceOutcome notReadOutcome(int row, const ConversionOptions &options) const override;

    // One device of a read: its record, or why it has none.
    struct Row
    {
        enum State { Pending, Read, Skipped, Failed };
        QString devEui; // lowercase
        State state = Pending;
        QString reason;
        ChirpStackRecord record;
    };

private:
    struct Shared;
    quint64 begin();
    void run(std::function<void()> task);
    void finishOnOwnerThread(quint64 generation, std::function<void()> emitResult);
    void startReads();
    void onRowRead(quint64 generation, int row, const Row &result, const SourceError &fatal);
    void finishRead(const SourceError &fatal);
    QString targetApplicationId() const;

    ChirpStackSettings m_settings;
    std::shared_ptr<ChirpStackClient> m_client;
    std::shared_ptr<Shared> m_shared;
    QThreadPool m_pool;
    QString m_applicationUuid; // once found
    QString m_applicationName;
    SourceReadRequest m_request;
    QList<Row> m_rows;
    int m_done = 0;
    quint64 m_generation = 0; // bumped by every operation and stop: older answers are dropped
    bool m_active = false;
};
