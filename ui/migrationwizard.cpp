#include "migrationwizard.h"

#include "appkey/appkeyjournal.h"
#include "closeguard.h"
#include "http/tlssetup.h"
#include "models/outcometablemodel.h"
#include "pages/connectpage.h"
#include "pages/devicespage.h"
#include "pages/exportpage.h"
#include "pages/importpage.h"
#include "pages/nextstepspage.h"
#include "pages/optionspage.h"
#include "pages/previewpage.h"
#include "pages/statuspage.h"
#include "widgets/aboutdialog.h"
#include "widgets/appkeypanel.h"
#include "widgets/ttsconnectionform.h"

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
    , m_import(new ImportPage(this))
    , m_status(new StatusPage(this))
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
    setPage(ImportPageId, m_import);
    setPage(StatusPageId, m_status);
    setStartId(ConnectPageId);
    m_connect->setObjectName(u"connectPage"_s);
    m_devices->setObjectName(u"devicesPage"_s);
    m_options->setObjectName(u"optionsPage"_s);
    m_preview->setObjectName(u"previewPage"_s);
    m_export->setObjectName(u"exportPage"_s);
    m_nextSteps->setObjectName(u"nextStepsPage"_s);
    m_import->setObjectName(u"importPage"_s);
    m_status->setObjectName(u"statusPage"_s);
    // The checklist items tick themselves from what these pages see.
    connect(m_import, &ImportPage::allInTts, m_nextSteps,
        [this] { m_nextSteps->markDone(u"import"_s); });
    connect(m_status, &StatusPage::joinedAll, m_nextSteps,
        [this] { m_nextSteps->markDone(u"join"_s); });
    // Escape during an import, answered "stop and close": close once it has stopped.
    connect(m_import, &ImportPage::closeAfterStop, this, [this] {
        cancelRunningWork();
        QWizard::reject();
    });
    connect(this, &QWizard::currentIdChanged, this, &MigrationWizard::onPageChanged);
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
    options.dropInvalidAttributes = m_options->dropInvalidAttributes();
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

QStringList MigrationWizard::savedPaths() const
{
    return m_export->savedPaths();
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

void MigrationWizard::useTtsDemo(
    const QUrl &address, const QString &applicationId, const QString &apiKey)
{
    m_import->form()->useDemo(address, applicationId, apiKey);
    m_status->form()->useDemo(address, applicationId, apiKey);
}

void MigrationWizard::startWith(PageId page, const QStringList &devicesFiles)
{
    m_importFiles = devicesFiles;
    setStartId(page);
}

void MigrationWizard::openImportPage()
{
    openFromNextSteps(ImportPageId);
}

void MigrationWizard::openStatusPage()
{
    openFromNextSteps(StatusPageId);
}

void MigrationWizard::openFromNextSteps(PageId page)
{
    if (currentId() != NextStepsPageId)
        return;
    m_requestedPage = page; // NextStepsPage::nextId() says where next() goes
    next();
    m_requestedPage = -1;
}

void MigrationWizard::onPageChanged(int id)
{
    // On the import page Enter presses Import, not Next (QWizard would make Next the default).
    setOption(QWizard::NoDefaultButton, id == ImportPageId);
    if (id == ImportPageId)
        m_import->makeImportDefault();
}

void MigrationWizard::cancelRunningWork()
{
    m_connect->cancelTest();
    m_devices->cancelListing();
    m_preview->cancel();
    m_export->cancelSave();
    m_nextSteps->appKeyPanel()->cancel(); // stops after the write in flight
    m_import->stop(); // finishes or rolls back the devices in flight
}

void MigrationWizard::accept()
{
    if (!CloseGuard::mayClose(*this)) // e.g. an AppKey run still going
        return;
    QWizard::accept();
}

void MigrationWizard::reject()
{
    // A running import is never thrown away: the import page asks, and when the user says
    // "stop", the window closes once the devices in flight are finished or rolled back.
    if (!m_import->confirmClose())
        return;
    // Escape, Cancel and the close button: ask before other work is thrown away.
    if (!CloseGuard::mayClose(*this))
        return;
    cancelRunningWork();
    QWizard::reject();
}
