#pragma once

#include "convert/deviceoutcome.h"
#include "job/exportrequest.h"
#include "job/exportsummary.h"

#include <QObject>

#include <memory>

class ExportFile;
class ExportJob;

struct RunSettings
{
    ExportRequest request;
    QString outputPath;   // empty: stdout
    bool verbose = false;
    bool dryRun = false;
};

// Runs one ExportJob for the command line: streams exported devices as NDJSON (stdout, or an
// ExportFile committed only when the run succeeds), lists skipped/failed devices and the
// summary on stderr, and reports the exit code through finished().
class ExportRunner : public QObject
{
    Q_OBJECT
public:
    explicit ExportRunner(RunSettings settings, QObject *parent = nullptr);
    ~ExportRunner() override;

    // Opens the output file. False (with the reason already printed) means: exit 2, nothing
    // was sent to v2.
    bool prepare();
    void start();
    void interrupt(int exitCode);   // SIGINT/SIGTERM: cancel, write no file

signals:
    void finished(int exitCode);

private:
    void writeOutcomes(const QList<DeviceOutcome> &batch);
    void finish(const ExportSummary &summary);
    int commitFile();
    void logIntro();

    RunSettings m_settings;
    ExportJob *m_job = nullptr;
    std::unique_ptr<ExportFile> m_file;
    int m_interruptExitCode = 0;
    bool m_outputBroken = false;
    bool m_finished = false;
};
