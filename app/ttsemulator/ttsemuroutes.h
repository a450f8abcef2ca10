#pragma once

#include "reply.h"
#include "ttsemukeys.h"

namespace ttsemu {

struct State;

// The /api/v3 routes of tts-import.md §2–§8 (rights, IS create/get/list/delete, JS/NS/AS
// Set/get/delete), with TTS's checks and error answers. The caller holds the state's mutex
// and has already applied faults and the rate limit.
emukit::Reply handleRoute(State &state, const emukit::IncomingRequest &request, ApiKeys::Check auth,
    const QString &keyId);

} // namespace ttsemu
