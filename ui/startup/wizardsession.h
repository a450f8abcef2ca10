#pragma once

#include <QString>
#include <QStringList>
#include <memory>

class DemoSession;
class MigrationWizard;
class QCommandLineParser;

// What ttn-lw-migrate-wizard was asked to do on its command line.
struct WizardLaunch
{
    bool demo = false; // --demo
    // --import FILE: start on the import page with that devices.json (given again for each
    // part of a split export); --status FILE: start on the migration status page.
    QStringList importFiles;
    QStringList statusFiles;
};

// The wizard as ttn-lw-migrate-wizard starts it, in one place for main() and the tests: the
// command line, --demo's isolation (a throwaway settings file and no keychain, set up before
// the first page reads a setting) and emulators, and --import / --status.
class WizardSession
{
public:
    WizardSession();
    ~WizardSession(); // the wizard first, then the demo's emulators and settings

    static void addOptions(QCommandLineParser &parser);
    // After parser.process(): the launch, or false with one sentence in `error`.
    static bool read(const QCommandLineParser &parser, WizardLaunch *launch, QString *error);

    // Makes the wizard; false with a translated reason (e.g. the demo could not start).
    bool start(const WizardLaunch &launch, QString *error);
    MigrationWizard *wizard() const { return m_wizard.get(); }
    DemoSession *demo() const { return m_demo.get(); }

private:
    std::unique_ptr<DemoSession> m_demo; // destroyed after the wizard
    std::unique_ptr<MigrationWizard> m_wizard;
};
