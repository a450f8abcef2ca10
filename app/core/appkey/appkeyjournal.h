#pragma once

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QSet>
#include <QString>

enum class AppKeyAction { Change, Restore };

// Whose keys a run writes: TTN v2's handler, or the source Join Server of another The Things
// Stack deployment (sources.md "Stop the source network accepting the device"). A journal
// without a "source" (written before there was a choice) is TTN v2's.
enum class AppKeySource { TtnV2, Tts };

// One line of a journal: what happened to one device, and when. Keys are named by their
// fingerprint (AppKeys::fingerprint) only: a journal never holds a key.
struct AppKeyJournalEntry
{
    enum class State { Pending, Done, Already, Failed };
    QString v2DeviceId;
    State state = State::Pending;
    QDateTime time;
    QString oldKeyFingerprint;
    QString newKeyFingerprint;
    QString reason; // for Failed/Already: one sentence, redacted
};

// A journal file, summarised.
struct AppKeyJournalRun
{
    QString path;
    AppKeyAction action = AppKeyAction::Change;
    AppKeySource source = AppKeySource::TtnV2;
    QString appId; // the source application's ID (v2 or TTS)
    QString devicesFile; // absolute path of the devices.json the run read
    QDateTime startedAt;
    QDateTime finishedAt; // invalid when the run never ended (killed, crashed, power loss)
    int planned = 0;
    int done = 0; // devices whose last entry is Done / Already / Failed / Pending
    int already = 0;
    int failed = 0;
    int pending = 0; // a write was sent but its answer never recorded
    bool canceled = false;
    QSet<QString> newKeyFingerprints; // keys this run wrote (or was writing) to v2

    bool finished() const { return finishedAt.isValid(); }
    // Every planned device reached its goal: nothing to resume.
    bool complete() const
    {
        return finished() && !canceled && failed == 0 && pending == 0 && done + already == planned;
    }
};

// The local record of every run that writes to v2 (change or restore AppKeys), so an
// interruption can be resumed or undone and the user can see what was changed when.
// Append-only JSON lines (a header, one line per device event, a closing line), flushed after
// each line and readable by its owner only. A device's "pending" line is written before its PUT
// (write-ahead), so even a kill during the request leaves a trace. Appending, rather than
// rewriting the file per device, keeps every line written before a crash and stays linear for
// 10,000 devices.
class AppKeyJournal
{
public:
    // <generic data location>/ttn-lw-migrate/journals: shared by the CLI and the wizard.
    static QString defaultDirectory();

    explicit AppKeyJournal(QString directory);
    ~AppKeyJournal();

    // Creates <app>-<UTC time>-<action>.json. False with errorString() when it cannot.
    bool begin(AppKeyAction action, const QString &appId, const QString &devicesFile, int planned,
        AppKeySource source = AppKeySource::TtnV2);
    bool record(const AppKeyJournalEntry &entry);
    bool finish(bool canceled);
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_error; }

    static AppKeyJournalRun readRun(const QString &path);
    // Every journal in `directory` (of `appId` when given), oldest first.
    static QList<AppKeyJournalRun> readRuns(
        const QString &directory, const QString &appId = QString());
    // Runs that did not complete and were not completed later by a change or restore of the
    // same application and devices.json: what the user should resume or undo.
    static QList<AppKeyJournalRun> unresolvedRuns(
        const QString &directory, const QString &appId = QString());
    // Fingerprints of every key a change run of `appId` wrote to v2. A devices.json holding
    // such a key was exported after a change, so it no longer has the device's original key.
    static QSet<QString> generatedKeyFingerprints(const QString &directory, const QString &appId);

    static QString actionName(AppKeyAction action); // "change" / "restore"
    static QString sourceName(AppKeySource source); // "ttnv2" / "tts"
    static QString stateName(AppKeyJournalEntry::State state);

private:
    bool writeLine(const QByteArray &json);

    QString m_directory;
    QFile m_file;
    QString m_error;
};
