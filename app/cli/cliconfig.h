#pragma once

#include "cliflags.h"

#include <QString>
#include <QStringList>

enum class CliCommand { None, Device, Application, RestoreAppKeys };
enum class CliAction { Run, Help, Version };

// What the command line and the environment asked for, before validation. Flags already won
// over environment variables here; nothing has been checked against the catalog or the disk.
struct CliConfig
{
    CliAction action = CliAction::Run;
    CliForm form = CliForm::Source;
    CliCommand command = CliCommand::None;
    QStringList positionals; // after the command word: device IDs or the application ID

    QString appId;
    QString accessKey; // secret: registered with Redact as soon as it is read
    QString frequencyPlanId;
    bool withSession = false;
    bool changeAppKey = false; // after -o is written and read back: new v2 AppKeys
    QString handlerAddress;
    QString discoveryAddress;
    QString caCertPath;
    double requestsPerSecond = 5.0;
    int timeoutMs = 30000;

    QString devIdPrefix;
    // Repairs and output for The Things Stack's import rules (tts-import-rules.md).
    QString devIdMapPath; // --dev-id-map: "v2-id,v3-id" lines
    bool dropInvalidAttributes = false;
    bool split = false; // numbered parts named from -o
    double splitSizeMiB = 0; // 0: the default part size
    bool dryRun = false;
    bool verbose = false;
    QString outputPath; // empty: NDJSON on stdout
};

// The parse result: either a config, or one usage error line (exit code 2).
struct CliParseResult
{
    CliConfig config;
    QString usageError;
    bool suggestHelp = false; // syntax errors add "see --help"
    bool ok() const { return usageError.isEmpty(); }
};
