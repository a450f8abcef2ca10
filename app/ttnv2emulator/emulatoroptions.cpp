#include "emulatoroptions.h"

#include "emulatorprogram.h"
#include "util/appinfo.h"
#include "v2emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// Gives this file's free functions a tr() that lupdate files under "EmulatorOptions".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorOptions)
};

} // namespace

EmulatorOptionsParse parseEmulatorOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("A local TTN v2 handler and discovery server for tests and demos.\n"
                 "Prints one line to stdout when listening:\n"
                 "ttnv2-emulator listening handler=URL discovery=URL app=IDS"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options {
        { u"bind"_s, Text::tr("Address to listen on (default 127.0.0.1)."), u"address"_s },
        { u"allow-remote"_s, Text::tr("Allow a non-loopback --bind address.") },
        { u"port"_s, Text::tr("TCP port, 0 = any free port (default 0)."), u"port"_s },
        { u"data"_s, Text::tr("Load applications and devices from a JSON file."), u"file"_s },
        { u"generate"_s, Text::tr("Generate N deterministic devices."), u"n"_s },
        { u"app-id"_s, Text::tr("Application ID for --generate (default generated-app)."),
            u"id"_s },
        { u"access-key"_s, Text::tr("Access key for --generate (default: the published demo key)."),
            u"key"_s },
        { u"abp-ratio"_s, Text::tr("Share of ABP devices for --generate, 0..1 (default 0)."),
            u"ratio"_s },
        { u"seed"_s, Text::tr("Random seed for --generate (default 1)."), u"seed"_s },
        { u"demo"_s, Text::tr("Serve the demo application (demo-application).") },
        { u"rate-limit"_s,
            Text::tr("Requests per second per application and key, 0 = off "
                     "(default 5)."),
            u"r"_s },
        { u"latency-ms"_s, Text::tr("Delay added to every answer (default 0)."), u"ms"_s },
        { u"fail-every"_s, Text::tr("Answer every N-th request with --fail-status."), u"n"_s },
        { u"fail-status"_s, Text::tr("HTTP status for --fail-every (default 503)."), u"code"_s },
        { u"reset-every"_s, Text::tr("Cut every N-th connection halfway through the body."),
            u"n"_s },
        { u"garbage-every"_s, Text::tr("Answer every N-th request with truncated JSON."), u"n"_s },
    };
    parser.addOptions(options);

    EmulatorOptionsParse result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(u"help"_s)) {
        fputs(qPrintable(parser.helpText()), stdout);
        result.exitNow = true;
        return result;
    }
    if (parser.isSet(u"version"_s)) {
        fprintf(stdout, "ttnv2-emulator %s\n", qUtf8Printable(AppInfo::version()));
        result.exitNow = true;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error
            = Text::tr("unexpected argument: %1").arg(parser.positionalArguments().first());
        return result;
    }

    EmulatorOptions &o = result.options;
    QString &error = result.error;
    if (parser.isSet(u"bind"_s)) {
        const QString text = parser.value(u"bind"_s);
        o.bind
            = text == "localhost"_L1 ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(text);
        if (o.bind.isNull()) {
            error = Text::tr("--bind needs an IP address");
            return result;
        }
        if (!o.bind.isLoopback() && !parser.isSet(u"allow-remote"_s)) {
            error = Text::tr("refusing to listen on %1: it is not a loopback address (add "
                             "--allow-remote if you really mean it)")
                        .arg(text);
            return result;
        }
    }
    int port = 0;
    int seed = 1;
    if (!EmulatorProgram::readInt(parser, u"port"_s, 0, &port, &error) || port > 65535
        || !EmulatorProgram::readInt(parser, u"generate"_s, 1, &o.generateCount, &error)
        || !EmulatorProgram::readInt(parser, u"seed"_s, 0, &seed, &error)
        || !EmulatorProgram::readInt(parser, u"latency-ms"_s, 0, &o.latencyMs, &error)
        || !EmulatorProgram::readInt(parser, u"fail-every"_s, 0, &o.failEvery, &error)
        || !EmulatorProgram::readInt(parser, u"fail-status"_s, 100, &o.failStatus, &error)
        || !EmulatorProgram::readInt(parser, u"reset-every"_s, 0, &o.resetEvery, &error)
        || !EmulatorProgram::readInt(parser, u"garbage-every"_s, 0, &o.garbageEvery, &error)
        || !EmulatorProgram::readDouble(parser, u"abp-ratio"_s, 1, &o.abpRatio, &error)
        || !EmulatorProgram::readDouble(parser, u"rate-limit"_s, 1e9, &o.rateLimit, &error)) {
        if (error.isEmpty())
            error = Text::tr("--port must be between 0 and 65535");
        return result;
    }
    if (o.failStatus > 599) {
        error = Text::tr("--fail-status must be an HTTP status code");
        return result;
    }
    o.port = static_cast<quint16>(port);
    o.seed = static_cast<quint32>(seed);
    o.dataFile = parser.value(u"data"_s);
    o.demo = parser.isSet(u"demo"_s);
    o.appId = parser.isSet(u"app-id"_s) ? parser.value(u"app-id"_s) : u"generated-app"_s;
    o.accessKey = parser.isSet(u"access-key"_s) ? parser.value(u"access-key"_s)
                                                : V2Emulator::demoAccessKey();
    if (o.generateCount == 0
        && (parser.isSet(u"app-id"_s) || parser.isSet(u"access-key"_s)
            || parser.isSet(u"abp-ratio"_s) || parser.isSet(u"seed"_s))) {
        error = Text::tr("--app-id, --access-key, --abp-ratio and --seed need --generate");
        return result;
    }
    if (o.dataFile.isEmpty() && o.generateCount == 0 && !o.demo) {
        error = Text::tr("nothing to serve: use --demo, --data FILE or --generate N");
        return result;
    }
    return result;
}
