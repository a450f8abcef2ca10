#pragma once

#include "tts/ttsdevicefile.h"
#include "tts/ttsimportoutcome.h"
#include "ttscommand.h"

#include <QObject>

class TtsImportJob;

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

    TtsCliConfig m_config;
    TtsImportJob *m_job;
    int m_interruptExitCode = 0;
};
