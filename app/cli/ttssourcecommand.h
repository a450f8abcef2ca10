#pragma once

#include "exportrunner.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The tts source on the command line (sources.md "The tts source", the official tool's
// spellings): `ttn-lw-migrate tts application APP`, `tts device ID...`, `tts devices <
// ids.txt`, and `application|device --source tts …`, with the flags of CliFlags::ttsSource()
// and only their variables (TTS_APP_ID, TTS_APP_API_KEY, TTS_SOURCE_ADDRESS,
// TTS_DEFAULT_GRPC_ADDRESS), never the target's of `tts import`. The export itself is the
// ExportRunner's, as for TTN v2; --tts.change-app-key and `tts restore-app-keys FILE` are the
// AppKeyRunner's on the source Join Server.
struct TtsSourceParse
{
    RunSettings settings;
    QStringList positionals; // device IDs (device commands); stdin when empty
    bool deviceCommand = false;
    bool restore = false; // `tts restore-app-keys FILE…`: positionals are the files
    bool help = false;
    QString usageError; // one line; exit 2
    bool suggestHelp = false;
    bool ok() const { return usageError.isEmpty(); }
};

namespace TtsSourceCommand {
// True when argv asks for the tts source: `tts application|device|devices …`, or an
// application/device command with --source tts.
bool isTtsSourceCommand(const QStringList &arguments);
TtsSourceParse parse(const QStringList &arguments, const QProcessEnvironment &environment);
// "https://HOST" for an official --tts.default-grpc-address HOST:PORT; empty when not a host.
QString addressFromGrpc(const QString &hostPort);
// Runs the whole command (event loop included) and returns the exit code.
int run(const QStringList &arguments);

// Shared with the other sources' commands (ChirpStackCommand):
// the words that are neither flags nor their values, and the value of --source;
QStringList commandWords(const QStringList &arguments, QString *source);
// whether `word` is an export command (application/device and their aliases), which one;
bool isExportWord(const QString &word, bool *device = nullptr);
// the export itself: the DevEUIs/IDs of a device command (stdin when empty), then the
// ExportRunner with Ctrl-C handling, until it finishes.
int runExport(RunSettings settings, const QStringList &deviceIds, bool deviceCommand);
} // namespace TtsSourceCommand
