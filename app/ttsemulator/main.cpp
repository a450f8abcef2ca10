// tts-emulator: serves a local The Things Stack (/api/v3 device registries) until
// SIGINT/SIGTERM.
#include "emulatorprogram.h"
#include "ttsemulator.h"
#include "ttsemulatoroptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

const QString program = u"tts-emulator"_s;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    EmulatorProgram::initialize(program);
    const TtsEmulatorOptionsParse parsed = parseTtsEmulatorOptions(QCoreApplication::arguments());
    if (const auto code = EmulatorProgram::exitBeforeStart(program, parsed))
        return *code;
    const TtsEmulatorOptions &o = parsed.options;

    TtsEmulator emulator;
    if (o.demo) {
        emulator.loadDemo();
        // The demo key is a published value; showing it is what makes --demo usable.
        EmulatorProgram::announceDemo(
            QCoreApplication::translate("tts-emulator", "demo application %1, API key %2")
                .arg(TtsEmulator::demoApplicationId(), TtsEmulator::demoApiKey()));
    }
    if (o.demoSource) {
        // The devices name this deployment by the host it listens on (loopback by default).
        const QString host = o.bind.isLoopback() || o.bind == QHostAddress::Any ? u"127.0.0.1"_s
                                                                                : o.bind.toString();
        emulator.loadDemoSource(host);
        EmulatorProgram::announceDemo(
            QCoreApplication::translate("tts-emulator", "demo source application %1, API key %2")
                .arg(TtsEmulator::demoSourceApplicationId(), TtsEmulator::demoSourceApiKey()));
    }
    if (!EmulatorProgram::loadDataFile(program, o.dataFile,
            [&](const QString &path, QString *error) { return emulator.loadFile(path, error); }))
        return 1;
    if (!o.applicationId.isEmpty())
        emulator.addApplication(o.applicationId);
    if (!o.apiKey.isEmpty())
        emulator.addApiKey(o.apiKey, o.applicationId, o.rights);
    if (o.generateCount > 0)
        emulator.generate(o.applicationId, o.generateCount);
    emulator.setLatency(o.latencyMs);
    emulator.setRateLimit(o.rateLimit, o.rateBurst);
    emulator.failEveryNth(o.failEvery, o.failStatus);
    emulator.setResetEveryNth(o.resetEvery);
    if (o.joinAfterMs >= 0)
        emulator.setJoinAfterMs(o.joinAfterMs);

    EmulatorProgram::Server server;
    server.listen = [&] { return emulator.listen(o.bind, o.port); };
    server.address = u"%1 port %2"_s.arg(o.bind.toString()).arg(o.port);
    // With --demo the line also carries the published demo key, so a program that starts
    // the emulator (the wizard's --demo) needs nothing else.
    server.listeningLine = [&] {
        QString line = u"tts-emulator listening address=%1 app=%2"_s.arg(
            emulator.baseUrl().toString(), emulator.applicationIds().join(u','));
        if (o.demo)
            line += u" demo-key="_s + TtsEmulator::demoApiKey();
        if (o.demoSource)
            line += u" demo-source-key="_s + TtsEmulator::demoSourceApiKey();
        return line;
    };
    server.requestCount = [&] { return emulator.requestCount(); };
    return EmulatorProgram::serve(program, server);
}
