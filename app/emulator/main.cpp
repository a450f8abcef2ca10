// ttnv2-emulator: serves a local TTN v2 handler + discovery API until SIGINT/SIGTERM.
#include "emulatoroptions.h"
#include "util/appinfo.h"
#include "util/interruptwatcher.h"
#include "util/translations.h"
#include "v2emulator.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printError(const QString &message)
{
    fprintf(stderr, "ttnv2-emulator: %s\n", qUtf8Printable(message));
}

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
    QCoreApplication::setApplicationName(u"ttnv2-emulator"_s);
    QCoreApplication::setApplicationVersion(AppInfo::version());
    Translations::install();

    const EmulatorOptionsParse parsed = parseEmulatorOptions(QCoreApplication::arguments());
    if (parsed.exitNow)
        return 0;
    if (!parsed.error.isEmpty()) {
        printError(parsed.error);
        fprintf(stderr, "%s\n",
            qUtf8Printable(
                QCoreApplication::translate("ttnv2-emulator", "Try 'ttnv2-emulator --help'.")));
        return 2;
    }
    const EmulatorOptions &options = parsed.options;

    V2Emulator emulator;
    if (options.demo) {
        emulator.loadDemo();
        // The demo key is a published value; showing it is what makes --demo usable.
        fprintf(stderr, "%s\n",
            qUtf8Printable(
                QCoreApplication::translate("ttnv2-emulator", "demo application %1, access key %2")
                    .arg(V2Emulator::demoApplicationId(), V2Emulator::demoAccessKey())));
    }
    QString error;
    if (!options.dataFile.isEmpty() && !emulator.loadFile(options.dataFile, &error)) {
        printError(error);
        return 1;
    }
    if (options.generateCount > 0) {
        emulator.addApplication(options.appId, options.accessKey);
        emulator.generate(options.appId, options.generateCount, options.seed, options.abpRatio);
    }
    configure(emulator, options);

    InterruptWatcher interrupts;
    QObject::connect(
        &interrupts, &InterruptWatcher::interrupted, &app, [](int) { QCoreApplication::quit(); });
    if (!emulator.listen(options.bind, options.port)) {
        printError(QCoreApplication::translate("ttnv2-emulator", "cannot listen on %1 port %2")
                       .arg(options.bind.toString())
                       .arg(options.port));
        return 1;
    }
    const QString url = emulator.handlerUrl().toString();
    // With --demo the line ends with the demo key (a published value): the wizard's --demo
    // starts this program and fills its connect page from the line.
    const QString demoKey
        = options.demo ? u" demo-key="_s + V2Emulator::demoAccessKey() : QString();
    fprintf(stdout, "ttnv2-emulator listening handler=%s discovery=%s app=%s%s\n",
        qUtf8Printable(url), qUtf8Printable(emulator.discoveryUrl().toString()),
        qUtf8Printable(emulator.applicationIds().join(u',')), qUtf8Printable(demoKey));
    fflush(stdout);
    const int code = QCoreApplication::exec();
    const QString stopped
        = QCoreApplication::translate("ttnv2-emulator", "stopped after %1 requests")
              .arg(emulator.requestCount());
    fprintf(stderr, "%s\n", qUtf8Printable(stopped));
    return code;
}
