#pragma once

#include "convert/deviceoutcome.h"
#include "v2/v2device.h"

// Decides how a v2 device is activated (conversion.md "Classify every v2 device first").
// v2 has no activation-mode field, so the keys decide. The checks run in this order:
//   1. template  — DevEUI unset: a register-on-join template, whatever keys it has
//                  (v3 cannot import a device without DevEUI, so this wins over OTAA);
//   2. OTAA      — AppKey set and not all-zero (an OTAA device that joined also has a
//                  session, so "session present" must not make it ABP);
//   3. ABP       — no AppKey, but DevAddr, NwkSKey and AppSKey all set;
//   4. unusable  — no AppKey and no complete session.
// "Set" means non-empty and not all zeros (v2 renders all-zero values as "").
namespace DeviceClassifier {

Activation classify(const V2Device &device);

// DevAddr, NwkSKey and AppSKey are all set: a session can be exported.
bool hasCompleteSession(const V2Device &device);

// Empty or only '0' digits.
bool isUnsetHex(const QString &hex);

} // namespace DeviceClassifier
