#include "ttsemulatoroptions.h"

#include "emulatorprogram.h"
#include "util/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsEmulatorOptions)
};

} // namespace

TtsEmulatorOptionsParse parseTtsEmulatorOptions(const QStringList &arguments)
{
    TtsEmulatorOptionsParse result;
    TtsEmulatorOptions &o = result.options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("A local The Things Stack (/api/v3 device registries) for tests and demos."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"demo"_s, Text::tr("Application demo-application with the published demo API key.") },
        { u"demo-source"_s,
            Text::tr("Application demo-source-fleet (56 mixed devices to migrate from) with its "
                     "published demo API key.") },
        { u"data"_s, Text::tr("Applications, API keys and devices from a JSON file."), u"file"_s },
        { u"application-id"_s, Text::tr("Application for --api-key and --generate."), u"id"_s },
        { u"api-key"_s, Text::tr("An API key (NNSXS.ID.SECRET) on --application-id."), u"key"_s },
        { u"rights"_s,
            Text::tr("Comma-separated rights of --api-key (default RIGHT_APPLICATION_ALL)."),
            u"list"_s },
        { u"generate"_s, Text::tr("Register N devices in --application-id (tracking benchmarks)."),
            u"n"_s },
        { u"bind"_s, Text::tr("Address to listen on (default 127.0.0.1)."), u"address"_s },
        { u"allow-remote"_s, Text::tr("Allow a non-loopback --bind address.") },
        { u"port"_s, Text::tr("Port (default: any free port)."), u"port"_s },
        { u"latency-ms"_s, Text::tr("Delay every answer."), u"ms"_s },
        { u"rate-limit"_s, Text::tr("Requests per minute and API key (0 = off)."), u"n"_s },
        { u"rate-burst"_s, Text::tr("Bucket size of the rate limit (default: the rate)."), u"n"_s },
        { u"fail-every"_s, Text::tr("Answer every Nth request with --fail-status."), u"n"_s },
        { u"fail-status"_s, Text::tr("HTTP status of --fail-every (default 503)."), u"code"_s },
        { u"reset-every"_s, Text::tr("Close the connection mid-answer every Nth request."),
            u"n"_s },
        { u"join-after-ms"_s,
            Text::tr("OTAA devices are seen this long after creation, active twice as long after."),
            u"ms"_s },
    });
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(u"help"_s)) {
        fputs(qUtf8Printable(parser.helpText()), stdout);
        result.exitNow = true;
        return result;
    }
    if (parser.isSet(u"version"_s)) {
        fprintf(stdout, "tts-emulator %s\n", qUtf8Printable(AppInfo::version()));
        result.exitNow = true;
        return result;
    }
    o.demo = parser.isSet(u"demo"_s);
    o.demoSource = parser.isSet(u"demo-source"_s);
    o.dataFile = parser.value(u"data"_s);
    o.applicationId = parser.value(u"application-id"_s);
    o.apiKey = parser.value(u"api-key"_s);
    if (parser.isSet(u"rights"_s))
        o.rights = parser.value(u"rights"_s).split(u',', Qt::SkipEmptyParts);
    int port = 0;
    QString &error = result.error;
    if (!EmulatorProgram::readInt(parser, u"port"_s, 0, &port, &error)
        || !EmulatorProgram::readInt(parser, u"generate"_s, 0, &o.generateCount, &error)
        || !EmulatorProgram::readInt(parser, u"latency-ms"_s, 0, &o.latencyMs, &error)
        || !EmulatorProgram::readInt(parser, u"rate-limit"_s, 0, &o.rateLimit, &error)
        || !EmulatorProgram::readInt(parser, u"rate-burst"_s, 0, &o.rateBurst, &error)
        || !EmulatorProgram::readInt(parser, u"fail-every"_s, 0, &o.failEvery, &error)
        || !EmulatorProgram::readInt(parser, u"fail-status"_s, 100, &o.failStatus, &error)
        || !EmulatorProgram::readInt(parser, u"reset-every"_s, 0, &o.resetEvery, &error)
        || !EmulatorProgram::readInt(parser, u"join-after-ms"_s, 0, &o.joinAfterMs, &error))
        return result;
    if (port > 65535) {
        error = Text::tr("--port must be at most 65535");
        return result;
    }
    o.port = quint16(port);
    if (parser.isSet(u"bind"_s)) {
        o.bind = QHostAddress(parser.value(u"bind"_s));
        if (o.bind.isNull()) {
            error = Text::tr("--bind needs an IP address");
            return result;
        }
        if (!o.bind.isLoopback() && !parser.isSet(u"allow-remote"_s)) {
            error = Text::tr(
                "--bind accepts loopback addresses only (add --allow-remote if you really "
                "mean it)");
            return result;
        }
    }
    if ((!o.apiKey.isEmpty() || o.generateCount > 0) && o.applicationId.isEmpty()) {
        error = Text::tr("--api-key and --generate need --application-id");
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        error = Text::tr("unexpected argument %1").arg(parser.positionalArguments().constFirst());
    return result;
}
