// `ttnmig-bench convert --n N`: conversion + NDJSON writing alone (no network), the CLI's
// inner loop: ConversionResult (DeviceConverter, The Things Stack's import rules, duplicate
// checks) on every device, each exported line appended to an ExportFile (QSaveFile),
// committed atomically. Parsing the list body is timed separately.
#include "benchoutput.h"
#include "convert/conversionresult.h"
#include "io/exportfile.h"
#include "syntheticfleet.h"
#include "v2/v2deviceparser.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
// CPU time of this process: on a machine shared with other work, wall time says more about
// the neighbours than about the code, so both are printed.
qint64 processCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}
} // namespace

int runConvertBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ u"n"_s, u"number of devices"_s, u"n"_s, u"100000"_s });
    parser.process(arguments.mid(1));
    const int n = parser.value(u"n"_s).toInt();

    const QList<V2Device> fleet = SyntheticFleet::devices(u"bench-app"_s, n);
    const QByteArray body = SyntheticFleet::listBody(fleet);

    QElapsedTimer parseClock;
    parseClock.start();
    const V2DeviceListParse parsed = V2DeviceParser::parseList(body);
    const qint64 parseNs = parseClock.nsecsElapsed();
    if (!parsed.ok() || parsed.devices.size() != n) {
        std::fprintf(stderr, "convert: the synthetic list did not parse (%s)\n",
            qPrintable(parsed.fatalError));
        return 1;
    }

    QTemporaryDir dir;
    ConversionOptions options;
    options.frequencyPlanId = u"EU_863_870_TTN"_s;
    options.withSession = false;
    ExportFile file(dir.filePath(u"devices.json"_s));
    if (!file.open()) {
        std::fprintf(stderr, "convert: %s\n", qPrintable(file.errorString()));
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    const qint64 cpuStart = processCpuNs();
    ConversionResult result(options, parsed.devices);
    result.setKeepOutcomes(false); // as the command line does
    int exported = 0;
    while (!result.atEnd()) {
        const DeviceOutcome outcome = result.convertNext();
        if (outcome.status == OutcomeStatus::Exported) {
            file.writeLine(outcome.json);
            ++exported;
        }
    }
    if (!file.commit()) {
        std::fprintf(stderr, "convert: %s\n", qPrintable(file.errorString()));
        return 1;
    }
    const qint64 ns = clock.nsecsElapsed();
    const qint64 cpuNs = processCpuNs() - cpuStart;

    // The read-back that commit() did, timed alone: how much of the above is verification.
    QElapsedTimer readBackClock;
    readBackClock.start();
    ExportFile::countDeviceLines(file.path());
    printFigure("read_back_ms", readBackClock.nsecsElapsed() / 1e6);

    printFigure("devices", n);
    printFigure("exported", exported);
    printFigure("lines_read_back", file.linesReadBack());
    printFigure("convert_write_ms", ns / 1e6);
    printFigure("devices_per_s", n / (ns / 1e9));
    printFigure("convert_write_cpu_ms", cpuNs / 1e6);
    printFigure("devices_per_cpu_s", n / (cpuNs / 1e9));
    printFigure("parse_ms", parseNs / 1e6);
    printFigure("parse_devices_per_s", n / (parseNs / 1e9));
    return file.linesReadBack() == exported ? 0 : 1;
}
