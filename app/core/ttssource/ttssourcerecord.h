#pragma once

#include "tts/ttserror.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One device as read from a The Things Stack source (sources.md "The tts source"): what each
// of the four registries answered, as they answered it. Holds keys: never logged.
struct TtsSourceRecord
{
    QJsonObject identity; // IS: name, description, attributes, version IDs, locations, …
    QJsonObject join; // JS: root keys (empty for an ABP device: it has no JS record)
    QJsonObject network; // NS: versions, plan, class B/C, MAC settings (+ session)
    QJsonObject application; // AS: formatters (+ session's AppSKey)
};

// How reading one device ended.
enum class TtsSourceReadState {
    Read, // the record is complete: convert it
    Skipped, // not read on purpose (external Join Server, the run was stopped); reason says why
    Failed, // a request failed (reason, error)
};

struct TtsSourceRead
{
    QString deviceId;
    QString devEui; // upper case, empty when unknown
    QString joinEui;
    TtsSourceReadState state = TtsSourceReadState::Failed;
    QString reason; // translated, no secrets; empty when Read
    TtsError error; // the request that failed (Failed)
    TtsSourceRecord record; // Read only
    bool formattersRead = false; // the key may read the formatters (SETTINGS_BASIC)

    bool ok() const { return state == TtsSourceReadState::Read; }
};

Q_DECLARE_METATYPE(TtsSourceRead)
