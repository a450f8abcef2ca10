// ttnv2-emulator: serves a local TTN v2 handler + discovery API until SIGINT/SIGTERM.
#include "emulatoroptions.h"
#include "emulatorprogram.h"
#include "v2emulator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

const QString program = u"ttnv2-emulator"_s;

void configure(V2Emulator &emulator, const EmulatorOptions &o)
{
    emulator.setRateLimit(o.rateLimit);
    emulator.setLatency(o.latencyMs);
    emulator.failEveryNth(o.failEvery, o.failStatus);
    emulator.setResetEveryNth(o.resetEvery);
    emulator.setGarbageEveryNth(o.garbageEvery);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    EmulatorProgram::initialize(program);
    const EmulatorOptionsParse parsed = parseEmulatorOptions(QCoreApplication::arguments());
    if (const auto code = EmulatorProgram::exitBeforeStart(program, parsed))
        return *code;
    const EmulatorOptions &options = parsed.options;

    V2Emulator emulator;
    if (options.demo) {
        emulator.loadDemo();
        // The demo key is a published value; showing it is what makes --demo usable.
        EmulatorProgram::announceDemo(
            QCoreApplication::translate("ttnv2-emulator", "demo application %1, access key %2")
                .arg(V2Emulator::demoApplicationId(), V2Emulator::demoAccessKey()));
    }
    if (!EmulatorProgram::loadDataFile(program, options.dataFile,
            [&](const QString &path, QString *error) { return emulator.loadFile(path, error); }))
        return 1;
    if (options.generateCount > 0) {
        emulator.addApplication(options.appId, options.accessKey);
        emulator.generate(options.appId, options.generateCount, options.seed, options.abpRatio);
    }
    configure(emulator, options);

    EmulatorProgram::Server server;
    server.listen = [&] { return emulator.listen(options.bind, options.port); };
    server.address = u"%1 port %2"_s.arg(options.bind.toString()).arg(options.port);
    server.listeningLine = [&] {
        // With --demo the line ends with the demo key (a published value): the wizard's --demo
        // starts this program and fills its connect page from the line.
        const QString demoKey
            = options.demo ? u" demo-key="_s + V2Emulator::demoAccessKey() : QString();
        return u"ttnv2-emulator listening handler=%1 discovery=%2 app=%3%4"_s.arg(
            emulator.handlerUrl().toString(), emulator.discoveryUrl().toString(),
            emulator.applicationIds().join(u','), demoKey);
    };
    server.requestCount = [&] { return emulator.requestCount(); };
    return EmulatorProgram::serve(program, server);
}
