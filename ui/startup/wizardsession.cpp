#include "startup/wizardsession.h"

#include "migrationwizard.h"
#include "startup/demosession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

WizardSession::WizardSession() = default;

WizardSession::~WizardSession()
{
    m_wizard.reset();
    m_demo.reset();
}

void WizardSession::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"demo"_s,
        QCoreApplication::translate("main",
            "Start with the bundled TTN v2 and The Things Stack emulators and sample devices on "
            "127.0.0.1; nothing leaves this computer, and your settings are not changed.") });
    parser.addOption({ u"import"_s,
        QCoreApplication::translate("main",
            "Open the import into The Things Stack for <file>, a devices.json exported earlier "
            "(e.g. by ttn-lw-migrate); repeat it for each part of a split export."),
        u"file"_s });
    parser.addOption({ u"status"_s,
        QCoreApplication::translate(
            "main", "Open the migration status of the devices in <file> (a devices.json)."),
        u"file"_s });
}

bool WizardSession::read(const QCommandLineParser &parser, WizardLaunch *launch, QString *error)
{
    launch->demo = parser.isSet(u"demo"_s);
    launch->importFiles = parser.values(u"import"_s);
    launch->statusFiles = parser.values(u"status"_s);
    if (parser.isSet(u"import"_s) && parser.isSet(u"status"_s)) {
        *error = QCoreApplication::translate("main", "Use either --import or --status, not both.");
        return false;
    }
    for (QStringList *files : { &launch->importFiles, &launch->statusFiles }) {
        for (QString &file : *files)
            file = QDir::cleanPath(QDir::current().absoluteFilePath(file));
    }
    return true;
}

bool WizardSession::start(const WizardLaunch &launch, QString *error)
{
    m_demo = std::make_unique<DemoSession>();
    if (launch.demo)
        m_demo->isolateSettings(); // before any page reads a setting
    m_wizard = std::make_unique<MigrationWizard>();
    if (launch.demo && !m_demo->start(*m_wizard, error))
        return false;
    if (!launch.importFiles.isEmpty())
        m_wizard->startWith(MigrationWizard::ImportPageId, launch.importFiles);
    else if (!launch.statusFiles.isEmpty())
        m_wizard->startWith(MigrationWizard::StatusPageId, launch.statusFiles);
    return true;
}
