#include "migrationwizard.h"

#include "appkey/appkeyjournal.h"
#include "closeguard.h"
#include "models/outcometablemodel.h"
#include "pages/connectpage.h"
#include "pages/devicespage.h"
#include "pages/exportpage.h"
#include "pages/nextstepspage.h"
#include "pages/optionspage.h"
#include "pages/previewpage.h"
#include "v2/tlssetup.h"
#include "widgets/aboutdialog.h"
#include "widgets/appkeypanel.h"

#include <QApplication>

using namespace Qt::StringLiterals;

MigrationWizard::MigrationWizard(QWidget *parent)
    : QWizard(parent)
    , m_connect(new ConnectPage(this))
    , m_devices(new DevicesPage(this))
    , m_options(new OptionsPage(this))
    , m_preview(new PreviewPage(this))
    , m_export(new ExportPage(this))
    , m_nextSteps(new NextStepsPage(this))
{
    TlsSetup::warmUpInBackground(); // the first "Test connection" then does not freeze the window
    setObjectName(u"migrationWizard"_s);
    setWindowTitle(tr("Migrate devices from TTN v2 to The Things Stack"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    AboutDialog::attachTo(this); // "About…" in the button row
    setPage(ConnectPageId, m_connect);
    setPage(DevicesPageId, m_devices);
    setPage(OptionsPageId, m_options);
    setPage(PreviewPageId, m_preview);
    setPage(ExportPageId, m_export);
    setPage(NextStepsPageId, m_nextSteps);
    setStartId(ConnectPageId);
    m_connect->setObjectName(u"connectPage"_s);
    m_devices->setObjectName(u"devicesPage"_s);
    m_options->setObjectName(u"optionsPage"_s);
    m_preview->setObjectName(u"previewPage"_s);
    m_export->setObjectName(u"exportPage"_s);
    m_nextSteps->setObjectName(u"nextStepsPage"_s);
    // Wide enough for the preview table's IDs, EUIs and a readable part of each device's notes
    // (the full reason is in the pane below it); grows with the font, adapts to 2x scale.
    const int em = fontMetrics().averageCharWidth();
    resize(std::max(em * 150, 1100), std::max(fontMetrics().height() * 42, 700));
}

MigrationWizard::~MigrationWizard()
{
    cancelRunningWork();
}

V2Connection MigrationWizard::connection() const
{
    return m_connect->connection();
}

ExportScope MigrationWizard::scope() const
{
    return m_devices->scope();
}

QStringList MigrationWizard::selectedDeviceIds() const
{
    return m_devices->selectedDeviceIds();
}

ConversionOptions MigrationWizard::options() const
{
    ConversionOptions options;
    options.frequencyPlanId = m_connect->frequencyPlanId();
    options.withSession = m_options->withSession();
    options.devIdPrefix = m_options->devIdPrefix();
    return options;
}

ExportRequest MigrationWizard::exportRequest() const
{
    ExportRequest request;
    request.connection = connection();
    request.scope = scope();
    request.deviceIds = selectedDeviceIds();
    request.options = options();
    return request;
}

QString MigrationWizard::appKeyJournalDirectory() const
{
    return m_journalDirectory.isEmpty() ? AppKeyJournal::defaultDirectory() : m_journalDirectory;
}

void MigrationWizard::setAppKeyJournalDirectory(const QString &directory)
{
    m_journalDirectory = directory;
    m_nextSteps->appKeyPanel()->setJournalDirectory(directory);
}

const QList<DeviceOutcome> &MigrationWizard::lastOutcomes() const
{
    return m_preview->outcomeModel()->outcomes();
}

QString MigrationWizard::savedPath() const
{
    return m_export->savedPath();
}

int MigrationWizard::savedDeviceCount() const
{
    return m_export->readBackCount();
}

void MigrationWizard::useDemo(
    const QString &appId, const QString &accessKey, const QUrl &handlerUrl)
{
    m_connect->useDemo(appId, accessKey, handlerUrl);
    setWindowTitle(tr("Migrate devices from TTN v2 to The Things Stack (demo)"));
}

void MigrationWizard::cancelRunningWork()
{
    m_connect->cancelTest();
    m_devices->cancelListing();
    m_preview->cancel();
    m_export->cancelSave();
    m_nextSteps->appKeyPanel()->cancel(); // stops after the write in flight
}

void MigrationWizard::accept()
{
    if (!CloseGuard::mayClose(*this)) // e.g. an AppKey run still going
        return;
    QWizard::accept();
}

void MigrationWizard::reject()
{
    // Escape, Cancel and the close button: ask before work is thrown away.
    if (!CloseGuard::mayClose(*this))
        return;
    cancelRunningWork();
    QWizard::reject();
}
