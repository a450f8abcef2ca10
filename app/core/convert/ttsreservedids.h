#pragma once

#include <QString>

// The device IDs The Things Stack's Identity Server refuses to register (error `forbidden_id`),
// read once from the core's resource :/tts/reserved-ids.txt (copied from TTS's built-in
// blocklist; the file's header names the source). The match is exact: TTS compares the whole
// ID, so "test" is reserved and "test-1" is not.
namespace TtsReservedIds {

bool contains(const QString &id);
int count(); // 731 for TTS v3.32.1; 0 would mean the resource is missing

} // namespace TtsReservedIds
