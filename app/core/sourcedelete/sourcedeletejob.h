#pragma once

#include "source/sourceerror.h"
#include "sourcedelete/sourcedeletejournal.h"
#include "sourcedelete/sourcedeleter.h"
#include "tts/ttsconnection.h"
#include "tts/ttsdevicefile.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>

class TtsTracker;

enum class SourceDeleteAction { Delete, Recreate };

struct SourceDeleteOptions
{
    SourceDeleteAction action = SourceDeleteAction::Delete;
    bool dryRun = false; // reads only (the target's tracking): says what would be written
    QString journalPath; // SourceDeleteJournal::pathBeside(the first devices.json)
};

struct SourceDeleteDeviceResult
{
    enum class Status {
        Deleted, // this run
        WouldDelete, // dry run
        NotReady, // the target does not show the required state yet: left alone
        Already, // deleted by an earlier run, or gone from the source before
        Recreated,
        WouldRecreate,
        Failed,
    };
    QString deviceId; // at the target
    QString sourceId;
    Status status = Status::Failed;
    TtsJoinState targetState = TtsJoinState::NotInTts; // Delete only
    QString reason = {}; // Already / Failed: one sentence, no secret
};

Q_DECLARE_METATYPE(SourceDeleteDeviceResult)

struct SourceDeleteSummary
{
    SourceDeleteAction action = SourceDeleteAction::Delete;
    bool dryRun = false;
    int concerned = 0; // devices of the file this source's step is about
    int deleted = 0;
    int wouldDelete = 0; // dry run: ready now
    int notReady = 0;
    int already = 0;
    int recreated = 0;
    int wouldRecreate = 0;
    int failed = 0;
    bool canceled = false;
    SourceError fatal; // stopped the run
    QString journalPath;

    int done() const
    {
        return deleted + wouldDelete + notReady + already + recreated + wouldRecreate + failed;
    }
    bool complete() const { return !fatal.isError() && !canceled && failed == 0; }
};

Q_DECLARE_METATYPE(SourceDeleteSummary)

// "Delete at the source once the target shows the device in state X" (sources.md), for every
// source: the SourceDeleter says which devices, which state and how; this job reads the
// target's tracking once (TtsTracker), then, one device at a time, journals before each write
// (SourceDeleteJournal: a "deleting" line with what the undo needs, "deleted" after), so a
// rerun skips what is done and finishes a half-done device, and the undo (Recreate) works from
// the journal and the devices.json alone. Works only from a devices.json read back from disk.
// cancel() stops after the device in flight. Never blocks.
class SourceDeleteJob : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of `deleter`. `target`: where the devices were imported (tts import's).
    SourceDeleteJob(SourceDeleter *deleter, TtsConnection target,
        const QList<TtsFileDevice> &devices, SourceDeleteOptions options,
        QObject *parent = nullptr);
    ~SourceDeleteJob() override;

    // The devices of the file this source's step concerns (TTN v2: the ABP ones).
    int concernedCount() const { return int(m_candidates.size()); }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // "deleted", "would delete", … (translated), for both faces.
    static QString statusName(SourceDeleteDeviceResult::Status status);

signals:
    void progress(int done, int total);
    void deviceFinished(const SourceDeleteDeviceResult &result);
    void requestLogged(const QString &line);
    void finished(const SourceDeleteSummary &summary);

private:
    void onSnapshot(const TtsTrackerSnapshot &snapshot);
    void beginWrites();
    void next();
    void deleteOne(const SourceDeleteCandidate &candidate, const SourceDeleteJournal::Entry *entry);
    void recreateOne(
        const SourceDeleteCandidate &candidate, const SourceDeleteJournal::Entry *entry);
    SourceDeleter::Done written(const SourceDeleteCandidate &candidate, const QString &event,
        SourceDeleteDeviceResult::Status status);
    void finishDevice(SourceDeleteDeviceResult result);
    void fail(const SourceDeleteCandidate &candidate, const SourceError &error);
    void stop(const SourceError &fatal);
    bool journal(const SourceDeleteCandidate &candidate, const QString &event,
        const QJsonObject &state = {});
    void finishRun();

    SourceDeleter *m_deleter;
    TtsConnection m_target;
    QList<TtsFileDevice> m_devices;
    SourceDeleteOptions m_options;
    QList<SourceDeleteCandidate> m_candidates;
    QList<SourceDeleteCandidate> m_queue; // the devices this run writes (or would)
    SourceDeleteJournal::Contents m_journal;
    SourceDeleteJournal::Writer m_writer;
    SourceDeleteSummary m_summary;
    TtsTracker *m_tracker = nullptr;
    int m_index = 0;
    bool m_running = false;
    bool m_cancel = false;
};
