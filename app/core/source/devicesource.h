#pragma once

#include "convert/conversionoptions.h"
#include "convert/deviceoutcome.h"
#include "source/sourceerror.h"
#include "source/sourcereadrequest.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class ConversionResult;

// One network devices are migrated from (sources.md "The pipeline"): everything the export
// job, the CLI's export runner and the wizard's later pages need from it, so they work the
// same for TTN v2, another The Things Stack deployment or ChirpStack. Every call is
// asynchronous and answers with a signal; errors are SourceErrors (the source's own error in
// their detail). One source reads one application, one operation at a time.
//
// Reading: readDevices() learns which devices there are (devicesKnown), then reads what is
// not read yet, in request order, each device announced by deviceRead(row). Rows the first
// answer already gave in full are read from the start (isRead). A read that goes one device
// at a time (readsOneByOne) may ask first when it would take long (confirmationNeeded), and
// stopReading() ends it keeping every row read so far.
//
// Converting: a ConversionResult over the rows (conversion()) turns each into a TTS end
// device with its skip or fail reason; a row read after the result was made is handed to it
// with updateConversion(); a row never read gets notReadOutcome().
class DeviceSource : public QObject
{
    Q_OBJECT
public:
    // What this source (with this key) can do; the faces offer only what it can.
    struct Capabilities
    {
        bool listApplications = false; // the key can see more than one application
        bool exportSessions = false; // sessions can be read and kept (--with-session)
        bool readsWholeApplicationAtOnce = false; // one list answer gives devices in full
    };

    // What a connection test learned.
    struct ConnectionInfo
    {
        QUrl server; // the address in use (v2: the handler, possibly found by discovery)
        int deviceCount = -1; // the application's devices, -1 when the source does not say
    };

    struct Application
    {
        QString id;
        QString name;
    };

    // One line of the device list (the choose page): enough to pick devices, no secret.
    struct DeviceEntry
    {
        QString deviceId; // the source's ID
        QString devEui;
        QString joinEui;
        QString description;
        QString problem; // non-empty: the entry could not be read
    };

    explicit DeviceSource(QObject *parent = nullptr);
    ~DeviceSource() override;

    virtual QString sourceId() const = 0; // "ttnv2", "tts", "chirpstack": for files and logs
    virtual QString displayName() const = 0; // "TTN v2": for sentences, translated
    virtual QString applicationId() const = 0;
    virtual Capabilities capabilities() const = 0;

    // --- Connect and test ---
    // Proves address, application and key with as little as the source allows;
    // connectionTested() follows.
    virtual void testConnection() = 0;

    // --- Choose ---
    // applicationsListed() follows; without Capabilities::listApplications it carries an
    // Unsupported error.
    virtual void listApplications();
    // Every device of the application, in the source's order; devicesListed() follows.
    virtual void listDevices() = 0;

    // --- Read ---
    // After devicesKnown(), ask (confirmationNeeded) before a one-by-one read estimated to
    // take longer than `ms`; 0: never ask.
    void setConfirmLongerThan(qint64 ms) { m_confirmAboveMs = ms; }
    qint64 confirmLongerThan() const { return m_confirmAboveMs; }
    virtual void readDevices(const SourceReadRequest &request) = 0;
    virtual void proceed() = 0; // after confirmationNeeded(): go on reading
    // Ends the read, keeping every row read so far (isRead); nothing more is emitted for it.
    virtual void stopReading() = 0;
    // Ends whatever runs; nothing more is emitted for it.
    virtual void abort() = 0;
    virtual int deviceCount() const = 0; // rows, from devicesKnown() on
    virtual bool isRead(int row) const = 0;
    virtual bool readsOneByOne() const = 0; // this read has a one-device-at-a-time phase
    virtual int requestCount() const = 0; // requests sent, retries included
    virtual int retryCount() const = 0;

    // --- Convert ---
    // A result over every row as it is now (the rows not read yet as placeholders). Shares
    // the rows, so it is cheap, and may then be filled on a worker thread.
    virtual std::shared_ptr<ConversionResult> conversion(
        const ConversionOptions &options) const = 0;
    // Hands `row`, read after `result` was made, to it (before it converts that row).
    virtual void updateConversion(ConversionResult &result, int row) const = 0;
    // The skipped outcome of a row stopReading() left unread, with the reason.
    virtual DeviceOutcome notReadOutcome(int row, const ConversionOptions &options) const = 0;

signals:
    void connectionTested(const SourceError &error, const DeviceSource::ConnectionInfo &info);
    void applicationsListed(
        const QList<DeviceSource::Application> &applications, const SourceError &error);
    void devicesListed(const QList<DeviceSource::DeviceEntry> &devices, const SourceError &error);

    void stageChanged(const QString &message); // "Reading 12 devices…", translated
    void devicesKnown(int count);
    void confirmationNeeded(int requests, qint64 estimatedMs);
    void deviceRead(int row);
    void progress(int done, int total); // the one-by-one reads
    void readFinished(const SourceError &fatal); // every row read, or a fatal error

    // A transient fault is retried after `delayMs`; says why nothing seems to happen.
    void retryScheduled(const SourceError &error, qint64 delayMs);
    void requestLogged(const QString &line); // one redacted --verbose line per request

private:
    qint64 m_confirmAboveMs = 0;
};

Q_DECLARE_METATYPE(DeviceSource::ConnectionInfo)
