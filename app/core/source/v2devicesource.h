#pragma once

#include "convert/deviceconverter.h"
#include "source/devicesource.h"
#include "v2/v2connection.h"
#include "v2/v2device.h"
#include "v2/v2error.h"

#include <QList>
#include <atomic>
#include <functional>
#include <optional>

class BackgroundTask;
class DeviceFetcher;
class V2Client;
struct V2Request;
struct V2Result;

// TTN v2 (a private cluster's handler) as a DeviceSource: the first implementation of the
// seam, over V2Client. Reads with the fewest requests the scope allows (FetchPlan): one list
// call without sessions, paced GETs for the frame counters with sessions, GETs for one or two
// devices. The list is parsed off the owner's thread. Never writes to v2.
class V2DeviceSource : public DeviceSource
{
    Q_OBJECT
public:
    explicit V2DeviceSource(V2Connection connection, QObject *parent = nullptr);
    ~V2DeviceSource() override;

    const V2Connection &connection() const;

    QString sourceId() const override;
    QString displayName() const override;
    QString applicationId() const override;
    Capabilities capabilities() const override;

    void testConnection() override;
    void listDevices() override;

    void readDevices(const SourceReadRequest &request) override;
    void proceed() override;
    void stopReading() override;
    void abort() override;
    int deviceCount() const override { return int(m_devices.size()); }
    bool isRead(int row) const override { return m_read.at(row); }
    bool readsOneByOne() const override { return m_oneByOne; }
    int requestCount() const override;
    int retryCount() const override;

    std::shared_ptr<ConversionResult> conversion(const ConversionOptions &options) const override;
    void updateConversion(ConversionResult &result, int row) const override;
    DeviceOutcome notReadOutcome(int row, const ConversionOptions &options) const override;

    // The v2 device of `row` as read (or a placeholder), for tests and v2-only steps.
    const V2ParsedDevice &device(int row) const { return m_devices.at(row); }

    // The seam's words for a v2 error; the V2Error itself is kept in detail.
    static SourceError toSourceError(const V2Error &error);

private:
    using Failed = std::function<void(const V2Error &)>;
    void send(
        const V2Request &request, std::function<void(const V2Result &)> answered, Failed failed);
    void afterHandler(std::function<void()> next, Failed failed);
    void fetch();
    void onListAnswer(const V2Result &result);
    void fetchWithGets(const QStringList &ids, bool countersOnly, const QList<int> &targets);
    void startGets();
    void onFetched(int index);
    void onGetsFinished(const V2Error &fatal);
    void finishRead(const V2Error &fatal);
    void runInBackground(
        std::function<void(const std::atomic_bool &)> work, std::function<void()> then);
    void stopFetcher();
    V2Error badListError(const V2Result &result, const QString &problem) const;

    V2Client *m_client;
    BackgroundTask *m_task;
    std::function<void()> m_afterTask;
    DeviceFetcher *m_fetcher = nullptr;
    SourceReadRequest m_request;
    QList<V2ParsedDevice> m_devices;
    QList<bool> m_read;
    // The one-by-one reads: which GET fills which row (countersOnly: only the frame counters
    // of a device the list gave otherwise in full).
    QStringList m_getIds;
    QList<int> m_getTargets;
    bool m_countersOnly = false;
    bool m_oneByOne = false;
    bool m_awaitingConfirmation = false;
    bool m_active = false; // an operation runs and may still emit
    mutable std::optional<DeviceConverter> m_converter; // describes the rows not read
};
