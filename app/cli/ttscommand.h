#pragma once

#include "tts/ttsconnection.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

enum class TtsCliCommand { Import, Status };

// `ttn-lw-migrate tts import|status FILE...` (cli.md "Into The Things Stack"), parsed and
// checked: every usage problem is found here, before a request reaches TTS.
struct TtsCliConfig
{
    TtsCliCommand command = TtsCliCommand::Import;
    QStringList files;
    TtsConnection connection;
    int concurrency = 16; // --concurrency: at most this many devices in flight (TtsImportOptions)
    bool dryRun = false;
    // --tts.replace-formatters: replace other default payload formatters already on the target
    bool replaceFormatters = false;
    bool verbose = false;
    bool help = false;
};

struct TtsCliParse
{
    TtsCliConfig config;
    QString usageError; // one line; exit 2
    bool suggestHelp = false;
    bool ok() const { return usageError.isEmpty(); }
};

namespace TtsCommand {
// True when argv asks for the `tts` commands (the first word after the program is "tts").
bool isTtsCommand(const QStringList &arguments);
TtsCliParse parse(const QStringList &arguments, const QProcessEnvironment &environment);
// Runs the whole command (event loop included) and returns the exit code.
int run(const QStringList &arguments);
} // namespace TtsCommand
