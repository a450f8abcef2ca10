// chirpstack-emulator: a local ChirpStack v4 gRPC API (chirpstack-source.md) for tests,
// benchmarks and --demo. Prints its address and the demo's keys, then serves until stopped.
#include "chirpstackemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local ChirpStack v4 gRPC API for tests"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Listen on 127.0.0.1:<port> (0: any free port)."), QStringLiteral("port"),
        QStringLiteral("0"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Load the demo tenant and application."));
    const QCommandLineOption devices(QStringLiteral("devices"),
        QStringLiteral("Add <n> OTAA devices to the demo application."), QStringLiteral("n"),
        QStringLiteral("0"));
    const QCommandLineOption unavailable(QStringLiteral("unavailable-every"),
        QStringLiteral("Answer every <n>th call with UNAVAILABLE."), QStringLiteral("n"),
        QStringLiteral("0"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"),
        QStringLiteral("Wait <ms> in every call."), QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({ port, demo, devices, unavailable, delay });
    parser.process(app);

    ChirpStackEmulator emulator;
    if (parser.isSet(demo) || parser.value(devices).toInt() > 0)
        emulator.loadDemo();
    emulator.addOtaaDevices(parser.value(devices).toInt());
    ChirpStackEmulator::Faults faults;
    faults.unavailableEvery = parser.value(unavailable).toInt();
    faults.delayMs = parser.value(delay).toInt();
    emulator.setFaults(faults);
    QString error;
    if (!emulator.start(parser.value(port).toInt(), &error)) {
        std::fprintf(stderr, "chirpstack-emulator: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("chirpstack-emulator listening on %s (plaintext gRPC)\n"
                "admin key: %s\ntenant key: %s\nread-only key: %s\n"
                "tenant: %s\napplication: %s (%s)\n",
        qPrintable(emulator.address()), ChirpStackEmulator::adminKey, ChirpStackEmulator::tenantKey,
        ChirpStackEmulator::readOnlyKey, ChirpStackEmulator::demoTenantId,
        ChirpStackEmulator::demoApplicationName, ChirpStackEmulator::demoApplicationId);
    std::fflush(stdout);
    return app.exec();
}
