#pragma once

#include "convert/deviceoutcome.h"
#include "job/exportrequest.h"
#include "job/exportsummary.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

class GeneratedKeyCheck;

class AppKeyRunner;
class ExportFileSet;
class ExportJob;
class FormatterExport;

struct RunSettings
{
    ExportRequest request;
    QString outputPath; // empty: stdout
    qint64 splitBytes = 0; // > 0: outputPath is written in numbered parts of at most this size
    bool verbose = false;
    bool dryRun = false;
    bool changeAppKey = false; // after the file is committed and read back (needs outputPath)
    QStringList restoreFiles; // restore-app-keys: the devices.json (or parts) with the keys
};

// Runs one ExportJob for the command line: streams exported devices as NDJSON (stdout, or an
// ExportFileSet committed only when the run succeeds: one file, or numbered parts with
// --split), lists skipped/failed devices, the summary and every device The Things Stack's
// import rules refuse on stderr, and reports the exit code through finished(). With changeAppKey,
// the v2 AppKeys of the exported OTAA devices are changed once the file is committed and read back
// with the exported count; never otherwise.
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
    // prepare(), start() and the event loop until the run ends, Ctrl-C and SIGTERM/SIGHUP
    // included: the whole export command. Returns the exit code.
    static int run(RunSettings settings);
    void interrupt(int exitCode); // SIGINT/SIGTERM: cancel, write no file

signals:
    void finished(int exitCode);

private:
    void writeOutcomes(const QList<DeviceOutcome> &batch);
    void finish(const ExportSummary &summary);
    int commitFile();
    void warnAboutSize(qint64 bytes, const QString &where);
    void exportFormatters(int exportExitCode);
    void changeAppKeys(int exportExitCode);
    void logIntro();

    RunSettings m_settings;
    ExportJob *m_job = nullptr;
    std::unique_ptr<ExportFileSet> m_file;
    qint64 m_stdoutBytes = 0;
    int m_withheld = 0; // devices not written to stdout: their AppKey in v2 is a generated one
    QStringList m_refused; // "device: reason" of every device the import rules refuse
    QSet<QString> m_mappedNotSeen; // --dev-id-map entries no device of the export had yet
    AppKeyRunner *m_appKeys = nullptr;
    FormatterExport *m_formatters = nullptr;
    std::unique_ptr<GeneratedKeyCheck> m_generatedKeys;
    int m_interruptExitCode = 0;
    bool m_outputBroken = false;
    bool m_finished = false;
};
