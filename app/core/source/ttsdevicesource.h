#pragma once

#include "source/devicesource.h"
#include "tts/ttsconnection.h"
#include "tts/ttserror.h"
#include "ttssource/ttssourcerecord.h"

#include <QHash>
#include <QList>
#include <QPointer>

class TtsClient;
class TtsDeviceLister;
class TtsSourceReader;
struct TtsListing;
struct TtsResult;
struct TtsSourceSummary;

// Another The Things Stack deployment as a DeviceSource (sources.md "The tts source"), over
// TtsSourceReader (rights, IS list or one IS get per ID, JS/NS/AS reads in parallel) and
// TtsSourceConverter (merge, without session by default, skip and fail reasons). Every device
// is read on its own, so the whole read is one-by-one: progress, and stopReading() keeps what
// was read. The reads run in parallel and finish fast, so the read never asks for a
// confirmation first. Never writes to the source.
class TtsDeviceSource : public DeviceSource
{
    Q_OBJECT
public:
    explicit TtsDeviceSource(TtsConnection connection, QObject *parent = nullptr);
    ~TtsDeviceSource() override;

    const TtsConnection &connection() const { return m_connection; }

    QString sourceId() const override;
    QString displayName() const override;
    QString applicationId() const override;
    Capabilities capabilities() const override;

    void testConnection() override;
    void listDevices() override;

    void readDevices(const SourceReadRequest &request) override;
    void proceed() override { }
    void stopReading() override;
    void abort() override;
    int deviceCount() const override { return int(m_reads.size()); }
    bool isRead(int row) const override { return m_read.at(row); }
    bool readsOneByOne() const override { return true; }
    int requestCount() const override;
    int retryCount() const override;

    std::shared_ptr<ConversionResult> conversion(const ConversionOptions &options) const override;
    void updateConversion(ConversionResult &result, int row) const override;
    DeviceOutcome notReadOutcome(int row, const ConversionOptions &options) const override;

    // The seam's words for an error of the source deployment: `sentence` (TtsErrorText's, or
    // the reader's) with the fix naming the source's settings; the TtsError is kept in detail.
    static SourceError toSourceError(const TtsError &error, const QString &sentence);
    // The reader's fatal end of a read (no access, missing rights, a failed request).
    static SourceError toSourceError(const TtsSourceSummary &summary);
    // The answer to GET /applications/{app}/rights against the rights an operation needs: no
    // error, no access at all, or the missing rights named (RIGHT_APPLICATION_ALL has all).
    static SourceError rightsError(
        const QByteArray &rightsBody, const QString &applicationId, const QStringList &needed);

private:
    void onListed(int total);
    void onDeviceRead(const TtsSourceRead &read);
    void onReadFinished(const TtsSourceSummary &summary);
    void dropReader();
    QString sentence(const TtsError &error) const;

    TtsConnection m_connection;
    TtsClient *m_client; // connection test and device list
    QPointer<TtsDeviceLister> m_lister;
    TtsSourceReader *m_reader = nullptr;
    int m_readerRequests = 0; // of readers already gone
    int m_readerRetries = 0;
    SourceReadRequest m_request;
    QList<TtsSourceRead> m_reads; // one per row
    QList<bool> m_read;
    QHash<QString, int> m_rowById;
    bool m_active = false; // an operation runs and may still emit
};
