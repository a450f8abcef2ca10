#pragma once

#include "tts/ttserror.h"

struct HttpReply;

// Turns what came back from one HTTP attempt to The Things Stack into a TtsError
// (tts-import.md §5): a body that was too large, an answer cut short (whatever its status
// said), a redirect, an HTTP error status with TTS's error body, or a transport failure.
// Pure: no network objects, so every case is unit-testable (the twin of V2ErrorMapper).
namespace TtsErrorMapper {

TtsError map(const HttpReply &reply);

// §2: a key that cannot be an API key never leaves the machine; the answer is the one TTS
// would give (pkg/auth:token), so every face words it the same way.
TtsError notAnApiKey();

} // namespace TtsErrorMapper
