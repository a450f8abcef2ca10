// ttn-lw-migrate: the migration guide's commands, verbatim (docs/cli.md).

#include "appkeyrunner.h"
#include "chirpstackcommand.h"
#include "cliparser.h"
#include "clivalidator.h"
#include "console.h"
#include "deviceidinput.h"
#include "exitcodes.h"
#include "exportrunner.h"
#include "formatterscommand.h"
#include "helptext.h"
#include "sourcedeletecommand.h"
#include "ttscommand.h"
#include "ttssourcecommand.h"
#include "util/appinfo.h"
#include "util/interruptwatcher.h"
#include "util/redact.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// Parse, validate and collect the IDs; any problem is a usage error, reported before a single
// request reaches v2.
int prepareRun(const QStringList &arguments, RunSettings *settings)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    Redact::registerSecret(environment.value(u"TTNV2_APP_ACCESS_KEY"_s));
    const CliParseResult parsed = CliParser::parse(arguments, environment);
    Redact::registerSecret(parsed.config.accessKey);
    if (parsed.config.action == CliAction::Help) {
        Console::writeStdout(HelpText::usage().toLocal8Bit());
        return ExitCode::Success;
    }
    if (parsed.config.action == CliAction::Version) {
        QString text = HelpText::version();
        if (!text.endsWith(u'\n'))
            text += u'\n';
        Console::writeStdout(text.toLocal8Bit());
        return ExitCode::Success;
    }
    if (!parsed.ok()) {
        Console::usageError(parsed.usageError, parsed.suggestHelp);
        return ExitCode::UsageError;
    }
    CliValidation validation = CliValidator::validate(parsed.config);
    if (!validation.ok()) {
        Console::usageError(validation.usageError, false);
        return ExitCode::UsageError;
    }
    if (parsed.config.command == CliCommand::Device) {
        const DeviceIdInput ids = DeviceIdInputReader::read(parsed.config.positionals);
        for (const QString &warning : ids.warnings)
            Console::error(QCoreApplication::translate("Cli", "warning: %1").arg(warning));
        if (!ids.error.isEmpty()) {
            Console::usageError(ids.error, false);
            return ExitCode::UsageError;
        }
        validation.request.deviceIds = ids.ids;
        validation.request.scope
            = ids.ids.size() == 1 ? ExportScope::SingleDevice : ExportScope::DeviceList;
    }
    settings->request = validation.request;
    settings->outputPath = parsed.config.outputPath;
    settings->splitBytes = validation.splitBytes;
    settings->verbose = parsed.config.verbose;
    settings->dryRun = parsed.config.dryRun;
    settings->changeAppKey = parsed.config.changeAppKey;
    if (parsed.config.command == CliCommand::RestoreAppKeys)
        settings->restoreFiles = parsed.config.positionals;
    return -1;
}

// `restore-app-keys devices.json`: the original AppKeys from the file go back to v2.
int runRestore(const RunSettings &settings)
{
    AppKeyRunSettings restore;
    restore.connection = settings.request.connection;
    restore.dryRun = settings.dryRun;
    restore.verbose = settings.verbose;
    return AppKeyRunner::runRestore(restore, settings.restoreFiles);
}

} // namespace

int main(int argc, char *argv[])
{
    // First thing: whatever is logged from here on is redacted.
    Redact::installMessageHandler();
#ifdef SIGPIPE
    // `ttn-lw-migrate … | head` must end with a message, not a silent kill.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ttn-lw-migrate"_s);
    QCoreApplication::setApplicationVersion(AppInfo::version());
    Translations::install();
    // The tts source (`tts application|device|devices`, `application --source tts`): the
    // source's own flags, never the target's.
    // The chirpstack source (`chirpstack application|device`, `--source chirpstack`).
    // Deleting migrated devices at the source once the target shows them ready.
    if (SourceDeleteCommand::isSourceDeleteCommand(QCoreApplication::arguments()))
        return SourceDeleteCommand::run(QCoreApplication::arguments());
    if (ChirpStackCommand::isChirpStackCommand(QCoreApplication::arguments()))
        return ChirpStackCommand::run(QCoreApplication::arguments());
    if (TtsSourceCommand::isTtsSourceCommand(QCoreApplication::arguments()))
        return TtsSourceCommand::run(QCoreApplication::arguments());
    // `tts import|status`: the import into The Things Stack has its own flags.
    if (TtsCommand::isTtsCommand(QCoreApplication::arguments()))
        return TtsCommand::run(QCoreApplication::arguments());
    // `formatters try`: the saved payload formatters, run as v2 and as TTS run them.
    if (FormattersCommand::isFormattersCommand(QCoreApplication::arguments()))
        return FormattersCommand::run(QCoreApplication::arguments());

    RunSettings settings;
    const int earlyExit = prepareRun(QCoreApplication::arguments(), &settings);
    if (earlyExit >= 0)
        return earlyExit;
    if (!settings.restoreFiles.isEmpty())
        return runRestore(settings);

    return ExportRunner::run(std::move(settings));
}
