// tts-emulator: serves a local The Things Stack (/api/v3 device registries) until
// SIGINT/SIGTERM.
#include "ttsemulator.h"
#include "ttsemulatoroptions.h"
#include "util/appinfo.h"
#include "util/interruptwatcher.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printError(const QString &message)
{
    fprintf(stderr, "tts-emulator: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tts-emulator"_s);
    QCoreApplication::setApplicationVersion(AppInfo::version());
    Translations::install();

    const TtsEmulatorOptionsParse parsed = parseTtsEmulatorOptions(QCoreApplication::arguments());
    if (parsed.exitNow)
        return 0;
    if (!parsed.error.isEmpty()) {
        printError(parsed.error);
        fprintf(stderr, "%s\n",
            qUtf8Printable(
                QCoreApplication::translate("tts-emulator", "Try 'tts-emulator --help'.")));
        return 2;
    }
    const TtsEmulatorOptions &o = parsed.options;

    TtsEmulator emulator;
    if (o.demo) {
        emulator.loadDemo();
        // The demo key is a published value; showing it is what makes --demo usable.
        fprintf(stderr, "%s\n",
            qUtf8Printable(
                QCoreApplication::translate("tts-emulator", "demo application %1, API key %2")
                    .arg(TtsEmulator::demoApplicationId(), TtsEmulator::demoApiKey())));
    }
    QString error;
    if (!o.dataFile.isEmpty() && !emulator.loadFile(o.dataFile, &error)) {
        printError(error);
        return 1;
    }
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

    InterruptWatcher interrupts;
    QObject::connect(
        &interrupts, &InterruptWatcher::interrupted, &app, [](int) { QCoreApplication::quit(); });
    if (!emulator.listen(o.bind, o.port)) {
        printError(QCoreApplication::translate("tts-emulator", "cannot listen on %1 port %2")
                       .arg(o.bind.toString())
                       .arg(o.port));
        return 1;
    }
    // With --demo the line also carries the published demo key, so a program that starts
    // the emulator (the wizard's --demo) needs nothing else.
    fprintf(stdout, "tts-emulator listening address=%s app=%s%s\n",
        qUtf8Printable(emulator.baseUrl().toString()),
        qUtf8Printable(emulator.applicationIds().join(u',')),
        o.demo ? qUtf8Printable(u" demo-key="_s + TtsEmulator::demoApiKey()) : "");
    fflush(stdout);
    const int code = QCoreApplication::exec();
    fprintf(stderr, "%s\n",
        qUtf8Printable(QCoreApplication::translate("tts-emulator", "stopped after %1 requests")
                           .arg(emulator.requestCount())));
    return code;
}
