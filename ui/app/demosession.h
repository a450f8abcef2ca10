#pragma once

#include <QString>
#include <memory>

class MigrationWizard;
class V2Emulator;

// --demo: the bundled TTN v2 emulator with its sample application (OTAA, ABP, a template, odd
// IDs), in this process, on 127.0.0.1 and a free port. Lives as long as the wizard.
class DemoSession
{
public:
    DemoSession();
    ~DemoSession();

    // Starts the emulator and fills page 1 of `wizard`; false with a reason when it cannot.
    bool start(MigrationWizard &wizard, QString *error);

private:
    std::unique_ptr<V2Emulator> m_emulator;
};
