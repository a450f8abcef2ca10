#include "app/demosession.h"

#include "migrationwizard.h"
#include "v2emulator.h"

#include <QCoreApplication>

DemoSession::DemoSession() = default;
DemoSession::~DemoSession() = default;

bool DemoSession::start(MigrationWizard &wizard, QString *error)
{
    m_emulator = std::make_unique<V2Emulator>();
    m_emulator->loadDemo();
    if (!m_emulator->listen(QHostAddress::LocalHost, 0)) {
        *error = QCoreApplication::translate(
            "DemoSession", "Could not start the demo v2 emulator on 127.0.0.1.");
        m_emulator.reset();
        return false;
    }
    wizard.useDemo(
        V2Emulator::demoApplicationId(), V2Emulator::demoAccessKey(), m_emulator->handlerUrl());
    return true;
}
