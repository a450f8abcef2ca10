#include "clivalidator.h"

#include "clitext.h"
#include "convert/frequencyplancatalog.h"
#include "convert/ttsimportrules.h"
#include "convert/ttslimits.h"
#include "convert/v3ids.h"
#include "deviceidinput.h"
#include "io/exportfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString flagOrEnv(const CliConfig &config, const QString &name)
{
    const CliFlag *flag = CliFlags::find(name);
    const QString spelled = CliFlags::spelled(name, config.form);
    if (!flag || flag->envVar.isEmpty())
        return spelled;
    return CliText::tr("%1 or set %2").arg(spelled, flag->envVar);
}

QString checkFrequencyPlan(const CliConfig &config)
{
    if (config.frequencyPlanId.isEmpty()) {
        return CliText::tr(
            "missing frequency plan: pass %1 or set FREQUENCY_PLAN_ID (e.g. EU_863_870_TTN)")
            .arg(CliFlags::spelled(u"frequency-plan-id"_s, config.form));
    }
    if (FrequencyPlanCatalog::contains(config.frequencyPlanId)) {
        // Known, but The Things Stack may still refuse it for v2 devices (its band has no
        // regional parameters 1.0.2 rev B): say so before anything is fetched.
        return TtsImportRules::checkFrequencyPlan(config.frequencyPlanId).reason;
    }
    const QStringList matches = FrequencyPlanCatalog::closestMatches(config.frequencyPlanId);
    if (matches.isEmpty())
        return CliText::tr("unknown frequency plan \"%1\"").arg(config.frequencyPlanId);
    return CliText::tr("unknown frequency plan \"%1\"; did you mean %2?")
        .arg(config.frequencyPlanId, matches.join(u", "_s));
}

// restore-app-keys FILE: the devices.json whose original AppKeys go back to v2.
QString checkRestore(const CliConfig &config)
{
    if (config.positionals.isEmpty())
        return CliText::tr(
            "restore-app-keys needs the devices.json of the export whose AppKeys were changed "
            "(every part, for a split export)");
    if (!config.outputPath.isEmpty())
        return CliText::tr("restore-app-keys writes no file: leave out -o");
    if (config.changeAppKey)
        return CliText::tr("restore-app-keys cannot be combined with %1")
            .arg(CliFlags::spelled(u"change-app-key"_s, config.form));
    for (const QString &path : config.positionals) {
        const QFileInfo file(path);
        if (!file.isFile() || !file.isReadable())
            return CliText::tr("cannot read \"%1\"").arg(path);
    }
    return QString();
}

// --split writes numbered parts named from -o; each below the Console's 16 MiB.
QString checkSplit(const CliConfig &config, qint64 *splitBytes)
{
    *splitBytes = 0;
    if (config.command == CliCommand::RestoreAppKeys)
        return QString();
    return CliValidator::splitBytes(
        config.split, config.splitSizeMiB, config.outputPath, splitBytes);
}

// --dev-id-prefix: the rule of V3Ids::prefixProblem, so the prefixed IDs can be valid.
QString checkDevIdPrefix(const CliConfig &config)
{
    if (V3Ids::prefixProblem(config.devIdPrefix) == V3Ids::PrefixProblem::None)
        return QString();
    return CliText::tr("invalid value for --dev-id-prefix: use letters, digits and single - or _ "
                       "between them, at most %1 characters (device IDs have at most %2)")
        .arg(TtsLimits::maxDevIdPrefixLength)
        .arg(TtsLimits::maxIdLength);
}

// --dev-id-map FILE: read and checked now, so a bad line is a usage error before any request.
QString readDeviceIdMap(const CliConfig &config, QHash<QString, QString> *map)
{
    QString error;
    if (config.command != CliCommand::RestoreAppKeys)
        DeviceIdInputReader::readIdMap(config.devIdMapPath, map, &error);
    return error;
}

// v2 AppKeys change only after the export is on disk and read back, so a file is required.
QString checkChangeAppKey(const CliConfig &config)
{
    if (!config.changeAppKey || !config.outputPath.isEmpty())
        return QString();
    return CliText::tr(
        "%1 needs -o FILE: AppKeys are changed only after the export is written to a file and "
        "read back")
        .arg(CliFlags::spelled(u"change-app-key"_s, config.form));
}

QString checkAccessKey(const CliConfig &config)
{
    if (!config.accessKey.isEmpty())
        return QString();
    return CliText::tr(
        "missing access key: set TTNV2_APP_ACCESS_KEY (or pass %1) to a v2 application "
        "access key with the \"devices\" right")
        .arg(CliFlags::spelled(u"app-access-key"_s, config.form));
}

QString resolveApplication(const CliConfig &config, QString *appId)
{
    if (config.command == CliCommand::Application) {
        if (config.positionals.size() > 1)
            return CliText::tr("one application at a time: got %1 application IDs")
                .arg(config.positionals.size());
        *appId = config.positionals.isEmpty() ? config.appId : config.positionals.constFirst();
        if (appId->isEmpty()) {
            return CliText::tr(
                "missing application ID: pass it as an argument "
                "(ttn-lw-migrate application --source ttnv2 \"my-app\") or set TTNV2_APP_ID");
        }
        return QString();
    }
    *appId = config.appId;
    if (appId->isEmpty())
        return CliText::tr("missing application ID: pass %1").arg(flagOrEnv(config, u"app-id"_s));
    return QString();
}

QString resolveAddress(const CliConfig &config, V2Connection *connection)
{
    if (!config.handlerAddress.isEmpty()) {
        connection->handlerUrl = CliValidator::addressFromText(config.handlerAddress);
        if (connection->handlerUrl.isEmpty()) {
            return CliText::tr("invalid handler address \"%1\": use a URL such as "
                               "http://eu.thethings.network:8084")
                .arg(config.handlerAddress);
        }
        return QString();
    }
    if (!config.discoveryAddress.isEmpty()) {
        connection->discoveryUrl = CliValidator::addressFromText(config.discoveryAddress);
        if (connection->discoveryUrl.isEmpty()) {
            return CliText::tr("invalid discovery server address \"%1\": use a URL such as "
                               "http://discovery.example.com:8080")
                .arg(config.discoveryAddress);
        }
        return QString();
    }
    // The public TTN v2 network is shut down, so no address is a safe default.
    return CliText::tr("missing v2 address: pass %1 URL (the handler's HTTP API, e.g. "
                       "http://eu.thethings.network:8084) "
                       "or %2 URL, or set TTNV2_HANDLER_ADDRESS or TTNV2_DISCOVERY_SERVER_ADDRESS")
        .arg(CliFlags::spelled(u"handler-address"_s, config.form),
            CliFlags::spelled(u"discovery-server-address"_s, config.form));
}

QString checkCaCert(const CliConfig &config)
{
    if (config.caCertPath.isEmpty())
        return QString();
    const QFileInfo info(config.caCertPath);
    if (!info.isFile() || !info.isReadable())
        return CliText::tr("cannot read the CA certificate \"%1\"").arg(config.caCertPath);
    return QString();
}

QString checkOutput(const CliConfig &config)
{
    if (config.outputPath.isEmpty())
        return QString();
    const QString problem = ExportFile::checkWritable(config.outputPath);
    if (problem.isEmpty())
        return QString();
    return CliText::tr("cannot write %1: %2").arg(config.outputPath, problem);
}

} // namespace

QUrl CliValidator::addressFromText(const QString &text)
{
    const QString withScheme = text.contains(u"://"_s) ? text : u"http://"_s + text;
    // "http://host:" is what an unset $PORT leaves behind: refuse it instead of using port 80.
    static const QRegularExpression emptyPort(u"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*:(?:[/?#]|$)"_s);
    if (emptyPort.match(withScheme).hasMatch() && !withScheme.contains(u'['))
        return QUrl();
    QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return QUrl();
    return url;
}

CliValidation CliValidator::validate(const CliConfig &config)
{
    CliValidation result;
    ExportRequest &request = result.request;
    request.scope = config.command == CliCommand::Application ? ExportScope::Application
        : config.positionals.size() == 1                      ? ExportScope::SingleDevice
                                                              : ExportScope::DeviceList;
    if (config.command == CliCommand::Device)
        request.deviceIds = config.positionals;

    const bool restore = config.command == CliCommand::RestoreAppKeys;
    QString error = restore ? checkRestore(config) : checkFrequencyPlan(config);
    if (error.isEmpty())
        error = checkChangeAppKey(config);
    if (error.isEmpty())
        error = checkAccessKey(config);
    if (error.isEmpty())
        error = resolveApplication(config, &request.connection.appId);
    if (error.isEmpty())
        error = resolveAddress(config, &request.connection);
    if (error.isEmpty())
        error = checkCaCert(config);
    if (error.isEmpty())
        error = checkOutput(config);
    if (error.isEmpty())
        error = checkSplit(config, &result.splitBytes);
    if (error.isEmpty())
        error = checkDevIdPrefix(config);
    if (error.isEmpty())
        error = readDeviceIdMap(config, &request.options.deviceIdMap);
    result.usageError = error;

    request.connection.accessKey = config.accessKey;
    request.connection.caCertPath = config.caCertPath;
    request.connection.requestsPerSecond = config.requestsPerSecond;
    request.connection.timeoutMs = config.timeoutMs;
    request.options.frequencyPlanId = config.frequencyPlanId;
    request.options.withSession = config.withSession;
    request.options.devIdPrefix = config.devIdPrefix;
    request.options.dropInvalidAttributes = config.dropInvalidAttributes;
    // The command line streams every line to its output; the job need not keep a copy.
    request.keepResult = false;
    request.options.exportTime = QDateTime::currentDateTimeUtc();
    return result;
}

QString CliValidator::splitBytes(
    bool split, double sizeMiBGiven, const QString &outputPath, qint64 *bytes)
{
    *bytes = 0;
    if (!split)
        return QString();
    if (outputPath.isEmpty())
        return CliText::tr("--split needs -o FILE: the parts are named from it (devices.json -> "
                           "devices-001.json, devices-002.json, ...)");
    const double maxMiB = double(TtsLimits::consoleMaxFileBytes) / (1024 * 1024);
    const double sizeMiB
        = sizeMiBGiven > 0 ? sizeMiBGiven : double(TtsLimits::defaultPartBytes) / (1024 * 1024);
    if (sizeMiB < 1 || sizeMiB >= maxMiB) {
        return CliText::tr("invalid value for --split-size: use a size in MiB of at least 1 and "
                           "below %1 (The Things Stack Console refuses files of %1 MiB or more)")
            .arg(maxMiB);
    }
    *bytes = qint64(sizeMiB * 1024 * 1024);
    return QString();
}
