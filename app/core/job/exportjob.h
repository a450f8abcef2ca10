#pragma once

#include "convert/deviceoutcome.h"
#include "job/exportrequest.h"
#include "job/exportsummary.h"

#include <QList>
#include <QObject>
#include <memory>

class ConversionResult;
class V2Client;

// Runs one dry-run export: resolve the handler, fetch devices with the fewest requests the
// scope allows (one list call without sessions; paced GETs with sessions), convert them
// off the GUI thread, and report outcomes in batches. Exporting never writes to v2.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(ExportRequest request, QObject *parent = nullptr);
    ~ExportJob() override;

    const ExportRequest &request() const;
    // Every device converted, with the v2 data it came from (for repairs: a new v3 ID for one
    // device without fetching again). Set once finished() reports a complete run; null after a
    // fatal error or a cancel, or when the request keeps no result. The result then belongs to
    // the caller's thread.
    std::shared_ptr<ConversionResult> result() const;
    void start();
    void cancel(); // finished() still follows, with summary.canceled set

signals:
    void progress(int done, int total); // total is -1 while unknown
    void stageChanged(const QString &message); // "Finding the handler…", translated
    void outcomesReady(
        const QList<DeviceOutcome> &batch); // in request order (application: by dev_id)
    void requestLogged(const QString &line); // --verbose line, already redacted
    void finished(const ExportSummary &summary);

private:
    class Private;
    Private *d;
};
