#pragma once

#include "sourcedelete/sourcedeleter.h"
#include "tts/ttsconnection.h"
#include "tts/ttsdevicelister.h"
#include "tts/ttsserver.h"

class TtsClient;

// A The Things Stack source, any device (sources.md): deleted at the source once the target
// shows it active, as TTS deletes a device: AS, NS, JS, then the IS last (tts-import.md §4), a
// 404 of a part counting as done, so a rerun finishes a half-deleted device. No undo.
class TtsSourceDeleter : public SourceDeleter
{
    Q_OBJECT
public:
    explicit TtsSourceDeleter(TtsConnection source, QObject *parent = nullptr);

    TtsJoinState requiredState() const override { return TtsJoinState::Active; }
    bool concerns(const TtsFileDevice &device) const override { return device.ok(); }
    // The export's ID; resolveSourceId() finds the source's own (--dev-id-map renames).
    QString sourceIdOf(const TtsFileDevice &device) const override { return device.deviceId; }
    // Nothing to keep (no undo), but the source must still hold this very device (its DevEUI).
    void readState(const SourceDeleteCandidate &candidate, StateRead done) override;
    // Lists the source application once: its device IDs by DevEUI and JoinEUI.
    void prepare(Done done) override;
    QString resolveSourceId(const SourceDeleteCandidate &candidate) const override;
    void remove(const SourceDeleteCandidate &candidate, Done done) override;
    void abort() override;

private:
    void removeFrom(int step, const QString &deviceId, Done done);
    SourceError sourceError(const TtsError &error, TtsServer server, const QString &deviceId) const;

    TtsClient *m_client;
    TtsDeviceLister *m_lister;
    TtsDeviceIdsByEui m_idByEuis; // the source's device IDs by JoinEUI and DevEUI
};
