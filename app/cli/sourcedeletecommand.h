#pragma once

#include <QStringList>

// Stops the source network accepting migrated devices by deleting them there once the target
// shows them ready (sources.md "Stop the source network accepting the device"), with the
// source's flags and the target's (`tts import`'s):
//   ttn-lw-migrate ttnv2 delete-abp-devices FILE...    ABP devices, once TTS has seen them
//   ttn-lw-migrate ttnv2 recreate-abp-devices FILE...  the undo, from the journal beside FILE
//   ttn-lw-migrate tts delete-source-devices FILE...   every device, once active; no undo:
//                                                      asks twice, or --confirm-delete
// Each is a SourceDeleteJob. Exit 0 every device done, 3 some left (not ready yet, or
// failed; each listed: run again later), 1 stopped (key, right, network), 2 usage, 130 Ctrl-C.
namespace SourceDeleteCommand {
bool isSourceDeleteCommand(const QStringList &arguments);
int run(const QStringList &arguments);
} // namespace SourceDeleteCommand
