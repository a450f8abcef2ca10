// ttn-lw-migrate-wizard: the guided way to move end devices from TTN v2 to The Things Stack.

#include "chirpstack/chirpstackdevicesource.h"
#include "migrationwizard.h"
#include "startup/windowfit.h"
#include "startup/wizardsession.h"
#include "startup/wizardstartup.h"
#include "util/redact.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// --help and --version must work without a display (on a server, in a terminal, in CI).
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    Redact::installMessageHandler();
    std::unique_ptr<QCoreApplication> application(wantsTextOnly(argc, argv)
            ? new QCoreApplication(argc, argv)
            : new QApplication(argc, argv));
    QCoreApplication &app = *application;
    WizardStartup::configure(app);
    ChirpStackDeviceSource::registerSource(); // gRPC stays out of ttnmig_ui

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Moves LoRaWAN end devices from TTN v2 to The Things Stack, step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    WizardSession::addOptions(parser);
    parser.process(app);

    WizardLaunch launch;
    QString error;
    if (!WizardSession::read(parser, &launch, &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 2;
    }
    WizardSession session; // stops the demo's emulators when main() returns
    if (!session.start(launch, &error)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        MessageBox::warning(nullptr, QCoreApplication::translate("main", "Demo"), error);
        return 1;
    }
    WindowFit::fitToScreen(session.wizard());
    session.wizard()->show();
    return app.exec();
}
