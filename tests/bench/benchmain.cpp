// ttnmig-bench: the in-process half of tests/bench/run-benchmarks.sh. Each subcommand measures
// one thing and prints `key=value` figures (benchoutput.h); the script starts the emulator and
// the CLI, and judges the figures against the targets of issue 5.
#include "benchoutput.h"
#include "coldstart.h"
#include "devicesfilecheck.h"
#include "officialpattern.h"
#include "sessioncheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int runConvertBench(const QStringList &arguments); // convertbench.cpp
int runGuiBench(int argc, char **argv); // guibench.cpp

namespace {

QByteArray accessKeyFromEnvironment()
{
    return qgetenv("TTNV2_APP_ACCESS_KEY");
}

struct V2Options
{
    QUrl handler;
    QString appId;
    int sample = 50;
};

V2Options parseV2Options(const QStringList &arguments, const QString &what)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(what);
    parser.addOptions({ { u"handler"_s, u"v2 handler base URL"_s, u"url"_s },
        { u"app"_s, u"v2 application ID"_s, u"id"_s },
        { u"sample"_s, u"number of per-device GETs to measure"_s, u"n"_s, u"50"_s } });
    parser.process(arguments);
    return { QUrl(parser.value(u"handler"_s)), parser.value(u"app"_s),
        parser.value(u"sample"_s).toInt() };
}

int runOfficial(const QStringList &arguments)
{
    const V2Options options
        = parseV2Options(arguments, u"One list call, then one paced GET per device"_s);
    OfficialPattern pattern(options.handler, options.appId, accessKeyFromEnvironment());
    const OfficialPatternResult result = pattern.run(options.sample);
    if (!result.error.isEmpty()) {
        std::fprintf(stderr, "official pattern: %s\n", qPrintable(result.error));
        return 1;
    }
    printFigure("listed", result.listedDevices);
    printFigure("list_ms", result.listMs);
    printFigure("sample_gets", result.sampleGets);
    printFigure("sample_ms", result.sampleMs);
    printFigure("sample_requests", result.requests);
    printFigure("sample_429", result.rateLimited);
    printFigure("ms_per_device", result.msPerDevice());
    printFigure("extrapolated_s", result.extrapolatedSeconds());
    printFigure("extrapolated_requests", result.extrapolatedRequests());
    return 0;
}

int runCheckFile(const QStringList &arguments)
{
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: ttnmig-bench check-file devices.json\n");
        return 2;
    }
    const DevicesFileCheck check = DevicesFileCheck::read(arguments.at(2));
    printFigure("lines", check.lines);
    printFigure("valid", check.valid);
    printFigure("with_session", check.withSession);
    if (!check.firstProblem.isEmpty())
        std::fprintf(stderr, "devices.json: %s\n", qPrintable(check.firstProblem));
    return check.ok() ? 0 : 1;
}

int runCheckSessions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { u"handler"_s, u"v2 handler base URL"_s, u"url"_s },
        { u"app"_s, u"v2 application ID"_s, u"id"_s },
        { u"sample"_s, u"devices to compare"_s, u"n"_s, u"10"_s } });
    parser.addPositionalArgument(u"file"_s, u"devices.json written with sessions"_s);
    parser.process(arguments.mid(1));
    if (parser.positionalArguments().isEmpty())
        parser.showHelp(2);
    const SessionCheckResult result = checkSessionCounters(
        parser.positionalArguments().constFirst(), QUrl(parser.value(u"handler"_s)),
        parser.value(u"app"_s), accessKeyFromEnvironment(), parser.value(u"sample"_s).toInt());
    printFigure("sessions_in_file", result.sessionsInFile);
    printFigure("counters_checked", result.checked);
    printFigure("counter_mismatches", result.mismatches);
    if (!result.error.isEmpty()) {
        std::fprintf(stderr, "session check: %s\n", qPrintable(result.error));
        return 1;
    }
    return result.mismatches == 0 && result.checked > 0 ? 0 : 1;
}

int runColdStart(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        { { u"tour"_s, u"path of ttnmig-wizard-tour (starts like ttn-lw-migrate-wizard)"_s,
              u"path"_s },
            { u"runs"_s, u"number of starts; the median is reported"_s, u"n"_s, u"5"_s } });
    parser.process(arguments.mid(1));
    QList<qint64> runs;
    for (int i = 0; i < std::max(1, parser.value(u"runs"_s).toInt()); ++i) {
        QString error;
        const qint64 ms = measureColdStartMs(parser.value(u"tour"_s), &error);
        if (ms < 0) {
            std::fprintf(stderr, "cold start: %s\n", qPrintable(error));
            return 1;
        }
        runs.append(ms);
    }
    std::sort(runs.begin(), runs.end());
    printFigure("cold_start_runs", int(runs.size()));
    printFigure("cold_start_median_ms", runs.at(runs.size() / 2));
    printFigure("cold_start_max_ms", runs.constLast());
    return 0;
}

void printUsage()
{
    std::fprintf(stderr,
        "usage: ttnmig-bench <command> [options]\n"
        "  convert --n N                       conversion + NDJSON writing throughput\n"
        "  gui --handler URL --app ID          wizard preview + export: preview latency, GUI "
        "stalls\n"
        "  official --handler URL --app ID --sample K   the official tool's N+1 request pattern\n"
        "  check-file devices.json             validate an export\n"
        "  check-sessions devices.json --handler URL --app ID   compare frame counters with v2\n"
        "  coldstart --tour PATH [--runs R]    process start to the wizard's first painted page\n"
        "The access key comes from TTNV2_APP_ACCESS_KEY.\n");
}

} // namespace

int main(int argc, char **argv)
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == "gui"_L1)
        return runGuiBench(argc, argv); // needs a QApplication, not a QCoreApplication

    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (command == "convert"_L1)
        return runConvertBench(arguments);
    if (command == "official"_L1)
        return runOfficial(arguments.mid(1));
    if (command == "check-file"_L1)
        return runCheckFile(arguments);
    if (command == "check-sessions"_L1)
        return runCheckSessions(arguments);
    if (command == "coldstart"_L1)
        return runColdStart(arguments);
    printUsage();
    return 2;
}
