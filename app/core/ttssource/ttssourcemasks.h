#pragma once

#include <QString>

// The field masks the tts source reads with (sources.md "The tts source"), one place for the
// reader, the emulator's tests and the docs. Every path exists in TTS's API
// (tts-api.swagger.json, v3EndDevice).
namespace TtsSourceMasks {
// IS list and IS get.
QString identity();
// JS: root keys and what the Join Server keeps about joins.
QString join();
// NS: versions, plan, classes, MAC settings, multicast; with a session also the session and
// the MAC state.
QString network(bool withSession);
// AS: formatters (only when the key may read them) and the payload crypto override; with a
// session also the session (the AppSKey).
QString application(bool withSession, bool formatters);
} // namespace TtsSourceMasks
