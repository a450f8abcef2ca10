#pragma once

#include "appkey/appkeyjournal.h"
#include "appkey/appkeyplan.h"
#include "appkey/appkeys.h"

#include <QByteArray>
#include <QString>

// What to do with one device, given what v2 answered to its GET. A pure function, so the
// rules are table-tested:
//  change:  v2 key == the file's key → write a fresh random key; otherwise it was already
//           changed (a resumed run, or by hand) → leave it.
//  restore: v2 key == the file's key → nothing to do; otherwise → write the file's key.
// The PUT body is the device exactly as v2 sent it, with only lorawan_device.app_key replaced
// (unknown fields included: the handler wants "all fields").
struct AppKeyDecision
{
    enum class Kind { Write, Already, Fail };
    Kind kind = Kind::Fail;
    QString currentKey; // secret: only for fingerprints
    QString targetKey; // secret: the key a Write puts into v2
    QByteArray body; // Write: the PUT body
    QString reason; // Already / Fail: one translated sentence without any key
};

namespace AppKeyStep {
AppKeyDecision decide(AppKeyAction action, const AppKeyPlanEntry &entry, const QByteArray &getBody,
    const AppKeys::RandomSource &random = AppKeys::RandomSource());

// The same rules for the source Join Server of a The Things Stack deployment, given its answer
// to GET /js/applications/{app}/devices/{dev}?field_mask=root_keys.app_key.key,
// root_keys.nwk_key.key. The body of a Write is the JS's Set: {"end_device":{ids, root_keys},
// "field_mask":{"paths":[…]}} with only root_keys.app_key.key and, for a LoRaWAN 1.1 device
// (the JS has an NwkKey and the file holds one), root_keys.nwk_key.key: a change puts a new
// random NwkKey beside the new AppKey; a restore puts the file's back.
AppKeyDecision decideTts(AppKeyAction action, const AppKeyPlanEntry &entry,
    const QByteArray &getBody, const AppKeys::RandomSource &random = AppKeys::RandomSource());
} // namespace AppKeyStep
