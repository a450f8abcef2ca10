#pragma once

#include "convert/deviceoutcome.h"
#include "job/exportrequest.h"
#include "job/exportsummary.h"

#include <QList>
#include <QObject>
#include <memory>

class ConversionResult;
class DeviceSource;

// Runs one dry-run export: read the devices from the source (a DeviceSource; for v2 with the
// fewest requests the scope allows: one list call without sessions, paced GETs with
// sessions), convert them off the GUI thread, and report outcomes in batches. Exporting never
// writes to the source.
//
// Reading devices one by one (with sessions) is slow by nature: one GET each at the handler's
// 5 requests/s, 50,000 devices in close to three hours. For that phase a caller can have the
// outcomes reported as the devices are read (setReportAsRead), be asked before it starts
// (setConfirmLongerThan), and stop it without losing what was read (stop).
class ExportJob : public QObject
{
    Q_OBJECT
public:
    // Reads from the source the request names (DeviceSources::forRequest).
    explicit ExportJob(ExportRequest request, QObject *parent = nullptr);
    // Reads from `source` (the job takes it over); `request` gives the scope and options.
    ExportJob(ExportRequest request, DeviceSource *source, QObject *parent = nullptr);
    ~ExportJob() override;

    const ExportRequest &request() const;
    // Every device converted, with the v2 data it came from (for repairs: a new v3 ID for one
    // device without fetching again). Set once finished() reports a complete run; null after a
    // fatal error, a cancel or a stop (the devices not read cannot be converted again), or when
    // the request keeps no result. The result then belongs to
    // the caller's thread.
    std::shared_ptr<ConversionResult> result() const;

    // Report each device's outcome as soon as it is read, in request order, instead of after
    // the last one. A fatal error may then come after outcomes were reported (the wizard's
    // preview shows them; the CLI keeps the default and writes nothing on a fatal error).
    void setReportAsRead(bool asRead);
    // When reading the devices one by one is estimated to take longer than `ms`, the job
    // stops before the first of those reads, emits confirmationNeeded() and waits for
    // proceed(), stop() or cancel(). 0 (the default): never ask.
    void setConfirmLongerThan(qint64 ms);

    void start();
    void proceed(); // after confirmationNeeded(): go on reading
    void cancel(); // finished() still follows, with summary.canceled set
    // Stops reading from the source but keeps what was read: devices read so far (and, with
    // sessions, those the list call already gave in full) are converted and reported as usual;
    // every other requested device is reported as skipped because it was not read. finished()
    // follows with summary.stopped set. Before the one-by-one reads this is cancel(); once
    // every device is read it changes nothing.
    void stop();
    bool isReadingOneByOne() const; // stop() keeps what was read (else it cancels)

signals:
    void progress(int done, int total); // total is -1 while unknown
    void stageChanged(const QString &message); // "Finding the handler…", translated
    void outcomesReady(
        const QList<DeviceOutcome> &batch); // in request order (application: by dev_id)
    void requestLogged(const QString &line); // --verbose line, already redacted
    // A transient fault is retried after `delayMs` (V2ErrorText::retrying words it).
    void retryScheduled(const V2Error &error, qint64 delayMs);
    // See setConfirmLongerThan(): `requests` GETs, about `estimatedMs` at the client's pace.
    void confirmationNeeded(int requests, qint64 estimatedMs);
    void finished(const ExportSummary &summary);

private:
    class Private;
    Private *d;
};
