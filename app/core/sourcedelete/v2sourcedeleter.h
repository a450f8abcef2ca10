#pragma once

#include "sourcedelete/sourcedeleter.h"
#include "v2/v2connection.h"

class V2Client;
struct V2Result;

// TTN v2, ABP devices (sources.md): DELETE /applications/{app}/devices/{dev} on the handler
// (the "devices" right) once TTS has seen the device; the undo PUTs it back with the session
// and counters the journal kept and the session keys of the devices.json.
class V2SourceDeleter : public SourceDeleter
{
    Q_OBJECT
public:
    explicit V2SourceDeleter(V2Connection connection, QObject *parent = nullptr);

    TtsJoinState requiredState() const override { return TtsJoinState::Joined; }
    bool concerns(const TtsFileDevice &device) const override;
    QString sourceIdOf(const TtsFileDevice &device) const override;
    void prepare(Done done) override;
    void readState(const SourceDeleteCandidate &candidate, StateRead done) override;
    void remove(const SourceDeleteCandidate &candidate, Done done) override;
    bool canRecreate() const override { return true; }
    void recreate(
        const SourceDeleteCandidate &candidate, const QJsonObject &state, Done done) override;
    void abort() override;

    // The v2 device as the undo sends it: the journal's state with the line's session keys.
    static QJsonObject withKeys(const QJsonObject &state, const QJsonObject &line);
    // The v2 device without its keys: what the journal may hold.
    static QJsonObject withoutKeys(const QJsonObject &v2Device);

private:
    V2Client *m_client;
};
