#pragma once

#include "convert/deviceoutcome.h"
#include "convert/v3enddevice.h"
#include "ttssource/ttssourcerecord.h"

#include <QJsonObject>

// Turns a device read from a The Things Stack source into one line of devices.json
// (sources.md "The tts source", conversion.md), the same EndDevice the v2 export writes and
// `tts import` reads: the four registries' records merged, everything the target accepts
// kept (names, description, attributes, version IDs, locations, class B/C, MAC settings,
// multicast, per-device formatters), the source's server addresses never written.
//
// Without session (the default): an OTAA device loses session, pending session, MAC states
// and ids.dev_addr and re-joins the target; an ABP device is not applicable (as for v2). With
// session: the session's keys and counters are copied, with a warning that it only keeps
// working where the device's uplinks for that DevAddr arrive. Then TTS's import rules
// (TtsImportRules) decide, as for a v2 export: every device ends exported, skipped or failed
// with its reason. Pure functions, thread-safe.
namespace TtsSourceConverter {

struct Options
{
    bool withSession = false;
};

// A read that did not succeed becomes a skipped or failed outcome with its reason.
// `newDeviceId`: the ID the user gave the device (the wizard's rename, --dev-id-map) instead
// of the source's own, e.g. because the target already has one by that name.
DeviceOutcome convert(
    const TtsSourceRead &read, const Options &options, const QString &newDeviceId = QString());
// The merged EndDevice before the rules (for tests and the preview); keys included.
QJsonObject merge(const TtsSourceRecord &record, bool withSession);

// Shared with the other sources that build an EndDevice as JSON (ChirpStackConverter):
// what TtsImportRules checks, projected from the EndDevice (its device ID taken as chosen)…
V3EndDevice projection(const QJsonObject &device);
// …and the compact devices.json line (integers written as integers).
QByteArray compact(const QJsonObject &device);

} // namespace TtsSourceConverter
