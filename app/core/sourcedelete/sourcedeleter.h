#pragma once

#include "source/sourceerror.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttstracker.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

// One device a SourceDeleteJob may delete at its source, from the saved devices.json.
struct SourceDeleteCandidate
{
    QString deviceId; // at the target: ids.device_id
    QString sourceId; // at the source (TTN v2: the line's "name", the original dev_id)
    QString devEui; // upper case; the source must still hold this device
    QJsonObject device; // the devices.json line: holds keys, never logged
};

// The source side of "delete at the source once the target shows the device in state X"
// (sources.md): which devices it concerns, the state the target must show, and the writes.
// SourceDeleteJob does the rest (the target's tracking, the journal, resume, dry run, cancel,
// progress), whatever the source. Every callback runs once, on the deleter's thread; errors are
// in the shared vocabulary (SourceError, the source's own error in `detail`), fatalForRun set
// when no other device would fare better (the key, a missing right, the server gone).
class SourceDeleter : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SourceError &error)>;
    using StateRead = std::function<void(const QJsonObject &state, const SourceError &error)>;

    using QObject::QObject;

    // The state the target must show: Joined ("seen", ABP with session) or Active.
    virtual TtsJoinState requiredState() const = 0;
    // Whether the line concerns this source (TTN v2: ABP devices only), and its ID there.
    virtual bool concerns(const TtsFileDevice &device) const = 0;
    virtual QString sourceIdOf(const TtsFileDevice &device) const = 0;
    // Once per run before the first device (TTN v2: finds the handler).
    virtual void prepare(Done done) { done(SourceError()); }
    // The device's ID at the source, once prepared (a TTS source: found by its EUIs, the
    // export may have given it a new ID); journalled, so a resumed device keeps it.
    virtual QString resolveSourceId(const SourceDeleteCandidate &candidate) const
    {
        return candidate.sourceId;
    }
    // What the journal keeps to put the device back, read just before the delete; never a
    // key. NotFound: the source no longer has the device. Sources without undo keep nothing.
    virtual void readState(const SourceDeleteCandidate &candidate, StateRead done)
    {
        Q_UNUSED(candidate);
        done(QJsonObject(), SourceError());
    }
    // Deletes the device everywhere at the source; a part already gone counts as done.
    virtual void remove(const SourceDeleteCandidate &candidate, Done done) = 0;
    virtual bool canRecreate() const { return false; }
    // Puts the device back from the journal's state and the line's keys.
    virtual void recreate(
        const SourceDeleteCandidate &candidate, const QJsonObject &state, Done done);
    virtual void abort() = 0; // callbacks of aborted requests never run

signals:
    void requestLogged(const QString &line); // --verbose, already redacted
};
