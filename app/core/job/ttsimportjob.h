#pragma once

#include "tts/ttsconnection.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttsimportoutcome.h"
#include "tts/ttspreflight.h"
#include "util/erroraudience.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class TtsClient;
class TtsDeviceImport;

struct TtsImportOptions
{
    int concurrency = 4; // devices in flight; 1 for the rest of the run after a 429 (§6)
    bool dryRun = false; // pre-flight and conflicts only: nothing is written
    bool completeExisting = false; // a device already in TTS gets steps 2–4 (upserts)
    ErrorAudience audience = ErrorAudience::CommandLine;
};

// Imports devices.json into one TTS application (tts-import.md): pre-flight (rights, the
// existing devices, a plan per device), then up to `concurrency` devices in flight, each
// with its four calls in order and its own rollback. One bad device never stops the others;
// only the key or its rights stop the run. A re-run finishes an interrupted import: devices
// already there are "already in TTS". "Retry failed" is a new job on the failed devices.
class TtsImportJob : public QObject
{
    Q_OBJECT
public:
    TtsImportJob(TtsConnection connection, QList<TtsFileDevice> devices, TtsImportOptions options,
        QObject *parent = nullptr);
    ~TtsImportJob() override;

    TtsClient *client() const { return m_client; }
    const TtsPreflightResult &preflight() const { return m_preflight; }
    int concurrencyNow() const { return m_limit; }

    void start();
    // Stop: no new device starts; the ones in flight finish or are rolled back. finished()
    // follows with summary.canceled set.
    void cancel();

signals:
    void stageChanged(const QString &message); // translated
    void preflightFinished(const TtsPreflightResult &result);
    void deviceFinished(const TtsImportOutcome &outcome);
    void progress(int done, int total);
    void requestLogged(const QString &line); // --verbose, already redacted
    void finished(const TtsImportSummary &summary);

private:
    void onPreflight(const TtsPreflightResult &result);
    void launchMore();
    void onDevice(const TtsImportOutcome &outcome);
    void report(const TtsImportOutcome &outcome);
    void finishIfDone();
    void stopRemaining(const QString &reason);

    TtsClient *m_client;
    QList<TtsFileDevice> m_devices;
    TtsImportOptions m_options;
    TtsPreflight *m_preflightRunner = nullptr;
    TtsPreflightResult m_preflight;
    QList<TtsDevicePlan> m_queue;
    QList<TtsDeviceImport *> m_inFlight;
    TtsImportSummary m_summary;
    QElapsedTimer m_clock;
    int m_limit = 4;
    QString m_sharedPlan; // the one frequency plan of every device, empty when they differ
    bool m_stopping = false;
    bool m_finished = false;
};
