#pragma once

#include "http/adaptiveconcurrency.h"
#include "tts/ttsconnection.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttsimportoutcome.h"
#include "tts/ttspreflight.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class ConcurrentQueue;
class TtsClient;
class TtsDeviceImport;

struct TtsImportOptions
{
    // At most this many devices in flight (--concurrency). The run starts with
    // min(AdaptiveConcurrency::kDefaultStart, concurrency) and adapts: one more per window of
    // answers while TTS keeps up and its rate-limit budget has room, half after a 429 or a
    // 502/503/504 (docs/tts-import.md). 1: strictly one device after the other.
    int concurrency = AdaptiveConcurrency::kDefaultMaximum;
    bool dryRun = false; // pre-flight and conflicts only: nothing is written
    bool completeExisting = false; // a device already in TTS gets steps 2–4 (upserts)
};

// Imports devices.json into one TTS application (tts-import.md): pre-flight (rights, the
// existing devices, a plan per device), then as many devices in flight as the client's
// AdaptiveConcurrency allows (at most `concurrency`), each with its four calls in order and
// its own rollback. One bad device never stops the others;
// only the key or its rights stop the run. A re-run finishes an interrupted import: a listed
// device is read from the JS/NS/AS and completed when an earlier run was killed half-way,
// otherwise it is "already in TTS". "Retry failed" is a new job on the failed devices.
class TtsImportJob : public QObject
{
    Q_OBJECT
public:
    TtsImportJob(TtsConnection connection, QList<TtsFileDevice> devices, TtsImportOptions options,
        QObject *parent = nullptr);
    ~TtsImportJob() override;

    TtsClient *client() const { return m_client; }
    const TtsPreflightResult &preflight() const { return m_preflight; }
    int concurrencyNow() const; // devices the job may have in flight now

    void start();
    // Stop: no new device starts; the ones in flight finish or are rolled back. finished()
    // follows with summary.canceled set.
    void cancel();

signals:
    void stageChanged(const QString &message); // translated
    void preflightFinished(const TtsPreflightResult &result);
    void deviceFinished(const TtsImportOutcome &outcome);
    void progress(int done, int total);
    // TTS limits requests (429) or does not answer (502/503/504, timeouts): the import goes
    // on by itself after `retryInMs`. Structured, so each face words it (rows stay pending).
    void serverBusy(bool rateLimited, qint64 retryInMs);
    void requestLogged(const QString &line); // --verbose, already redacted
    void finished(const TtsImportSummary &summary);

private:
    void onPreflight(const TtsPreflightResult &result);
    void startDevice(int index);
    void onDevice(const TtsImportOutcome &outcome);
    void report(const TtsImportOutcome &outcome);
    void finishIfDone();
    void stopRemaining(const QString &reason);

    TtsClient *m_client;
    QList<TtsFileDevice> m_devices;
    TtsImportOptions m_options;
    TtsPreflight *m_preflightRunner = nullptr;
    TtsPreflightResult m_preflight;
    QList<TtsDevicePlan> m_plans; // to import, in file order (ConcurrentQueue indices)
    ConcurrentQueue *m_queue;
    QList<TtsDeviceImport *> m_inFlight;
    TtsImportSummary m_summary;
    QElapsedTimer m_clock;
    QString m_sharedPlan; // the one frequency plan of every device, empty when they differ
    bool m_stopping = false;
    bool m_finished = false;
};
