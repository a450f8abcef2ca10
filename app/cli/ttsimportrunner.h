#pragma once

#include "formatters/formatterplan.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttsimportoutcome.h"
#include "ttscommand.h"

#include <QObject>

class TtsFormatterApply;
class TtsImportJob;
struct TtsFormatterOutcome;

// `ttn-lw-migrate tts import`: runs one TtsImportJob, prints one stderr line per device that
// was not imported (every device with --verbose or --dry-run) and the summary, and reports
// cli.md's exit code through finished().
class TtsImportRunner : public QObject
{
    Q_OBJECT
public:
    TtsImportRunner(
        const TtsCliConfig &config, const QList<TtsFileDevice> &devices, QObject *parent = nullptr);
    void start();
    void interrupt(int exitCode); // SIGINT/SIGTERM: finish or roll back the devices in flight

    static QString deviceLine(const TtsImportOutcome &outcome);
    static QString summaryLine(const TtsImportSummary &summary);
    static int exitCode(const TtsImportSummary &summary);

signals:
    void finished(int exitCode);

private:
    void onDevice(const TtsImportOutcome &outcome);
    void onFinished(const TtsImportSummary &summary);
    // The payload formatters saved beside the export (FILE.formatters.json), set after the
    // devices: whatever happens to them, the devices are imported.
    void loadFormatters();
    void reportFormatters(const TtsFormatterOutcome &outcome);

    TtsCliConfig m_config;
    TtsImportJob *m_job;
    TtsFormatterApply *m_formatters = nullptr;
    QString m_formatterFile; // empty: none beside the export
    FormatterPlan m_formatterPlan;
    int m_exitCode = 0;
    int m_interruptExitCode = 0;
};
