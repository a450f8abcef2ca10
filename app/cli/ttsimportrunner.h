#pragma once

#include "formatters/formatterplan.h"
#include "job/progressestimate.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttsimportoutcome.h"
#include "ttscommand.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class TtsFormatterApply;
class TtsImportJob;
struct TtsFormatterOutcome;

// `ttn-lw-migrate tts import`: runs one TtsImportJob, prints one stderr line per device that
// was not imported (every device with --verbose or --dry-run) and the summary, and reports
// cli.md's exit code through finished(). While the devices go: a progress line on stderr
// (in place on a terminal, a plain line every TTNMIG_PROGRESS_INTERVAL seconds otherwise)
// and one line when TTS limits requests. The devices that are not in TTS at the end are
// saved beside the input (FILE-failed.json) to fix and import again.
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
    // "412 of 10,000 devices, 8.1/s, about 20 min left" (rate and time left once known).
    static QString progressLine(int done, int total, double perSecond, qint64 remainingMs);
    static QString busyLine(qint64 retryInMs);

signals:
    void finished(int exitCode);

private:
    void onDevice(const TtsImportOutcome &outcome);
    void onFinished(const TtsImportSummary &summary);
    void onProgress(int done, int total);
    void onServerBusy(bool rateLimited, qint64 retryInMs);
    void showProgress(bool plainLine);
    void saveFailed(const TtsImportSummary &summary);
    // The payload formatters saved beside the export (FILE.formatters.json), set after the
    // devices: whatever happens to them, the devices are imported.
    void loadFormatters();
    void reportFormatters(const TtsFormatterOutcome &outcome);

    TtsCliConfig m_config;
    QList<TtsFileDevice> m_devices;
    QHash<QString, TtsImportOutcome> m_notInTts; // by where(): the failed devices to save
    TtsImportJob *m_job;
    ProgressEstimate m_estimate;
    QTimer m_progressTimer; // terminal: redraw each second; else: one plain line each period
    QElapsedTimer m_sinceDraw;
    QElapsedTimer m_clock;
    qint64 m_busyUntilMs = -1; // the pause announced last, on m_clock
    int m_done = 0;
    int m_total = 0;
    TtsFormatterApply *m_formatters = nullptr;
    QString m_formatterFile; // empty: none beside the export
    FormatterPlan m_formatterPlan;
    int m_exitCode = 0;
    int m_interruptExitCode = 0;
};
