#include "migrationwizard.h"

#include "http/tlssetup.h"
#include "pages/connectpage.h"
#include "pages/devicespage.h"
#include "pages/exportpage.h"
#include "pages/importpage.h"
#include "pages/nextstepspage.h"
#include "pages/optionspage.h"
#include "pages/previewpage.h"
#include "pages/statuspage.h"
#include "session/migrationsession.h"
#include "widgets/aboutdialog.h"
#include "widgets/appkeypanel.h"
#include "widgets/ttsconnectionform.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

MigrationWizard::MigrationWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(new MigrationSession(this))
    , m_connect(new ConnectPage(m_session, this))
    , m_devices(new DevicesPage(m_session, this))
    , m_options(new OptionsPage(m_session, this))
    , m_preview(new PreviewPage(m_session, this))
    , m_export(new ExportPage(m_session, this))
    , m_nextSteps(new NextStepsPage(m_session, this))
    , m_import(new ImportPage(m_session, this))
    , m_status(new StatusPage(m_session, this))
{
    TlsSetup::warmUpInBackground(); // the first "Test connection" then does not freeze the window
    setObjectName(u"migrationWizard"_s);
    setWindowTitle(tr("Migrate devices from TTN v2 to The Things Stack"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Back stays on the final pages (next steps, status): going back is safe there (the
    // export is saved, an import keeps its results, tracking stops), and a user who landed on
    // the status page may want the import page again.
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
    // The last guard for "keys reach only the page shown": a key for a widget of this window
    // that is hidden (a page left behind) goes to the shown page instead.
    qApp->installEventFilter(this);
    // Wide enough for the preview table's IDs, EUIs and a readable part of each device's notes
    // (the full reason is in the pane below it); grows with the font, adapts to 2x scale.
    const int em = fontMetrics().averageCharWidth();
    resize(std::max(em * 150, 1100), std::max(fontMetrics().height() * 42, 700));
}

MigrationWizard::~MigrationWizard()
{
    cancelRunningWork();
}

void MigrationWizard::setAppKeyJournalDirectory(const QString &directory)
{
    m_session->setAppKeyJournalDirectory(directory);
    m_nextSteps->appKeyPanel()->setJournalDirectory(directory);
}

void MigrationWizard::useDemo(
    const QString &appId, const QString &accessKey, const QUrl &handlerUrl)
{
    m_connect->useDemo(appId, accessKey, handlerUrl);
    setWindowTitle(tr("Migrate devices from TTN v2 to The Things Stack (demo)"));
}

void MigrationWizard::useTtsSourceDemo(
    const QUrl &address, const QString &applicationId, const QString &apiKey)
{
    m_connect->useTtsSourceDemo(address, applicationId, apiKey);
}

void MigrationWizard::useChirpStackDemo(const QString &apiUrl, const QString &tenantId,
    const QString &application, const QString &apiKey)
{
    m_connect->useChirpStackDemo(apiUrl, tenantId, application, apiKey);
}

void MigrationWizard::useTtsDemo(
    const QUrl &address, const QString &applicationId, const QString &apiKey)
{
    m_import->form()->useDemo(address, applicationId, apiKey);
    m_status->form()->useDemo(address, applicationId, apiKey);
}

void MigrationWizard::startWith(PageId page, const QStringList &devicesFiles)
{
    m_session->setStartFiles(devicesFiles);
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
    // QWizard sets the focus after this signal; check again once it has.
    keepFocusOnTheShownPage();
    QTimer::singleShot(0, this, &MigrationWizard::keepFocusOnTheShownPage);
}

namespace {
bool takesKeys(const QWidget *widget)
{
    return widget && widget->isVisible() && widget->isEnabled()
        && (widget->focusPolicy() & Qt::TabFocus);
}
} // namespace

void MigrationWizard::keepFocusOnTheShownPage()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus->window() != this)
        return; // another window (a dialog) or the application is not active
    QWizardPage *page = currentPage();
    const QList<int> ids = pageIds();
    const bool onHiddenPage = page && focus != page && !page->isAncestorOf(focus)
        && std::any_of(ids.cbegin(), ids.cend(),
            [this, focus](int id) { return QWizard::page(id)->isAncestorOf(focus); });
    if (focus->isVisible() && focus->isEnabled() && !onHiddenPage)
        return;
    QWidget *target = nullptr;
    if (page) {
        for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
            if (page->isAncestorOf(w) && takesKeys(w)) {
                target = w;
                break;
            }
        }
    }
    for (QWizard::WizardButton which : { QWizard::NextButton, QWizard::FinishButton }) {
        if (!target && takesKeys(button(which)))
            target = button(which);
    }
    if (target)
        target->setFocus(Qt::OtherFocusReason);
    else
        setFocus(Qt::OtherFocusReason);
}

bool MigrationWizard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::KeyPress || type == QEvent::KeyRelease || type == QEvent::ShortcutOverride
            || type == QEvent::InputMethod)
        && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (isVisible() && widget != this && isAncestorOf(widget) && !widget->isVisible()) {
            keepFocusOnTheShownPage();
            QWidget *focus = QApplication::focusWidget();
            if (type == QEvent::KeyPress && focus && focus != widget && focus->isVisible())
                QCoreApplication::sendEvent(focus, event); // the key, where the user sees it
            return true;
        }
    }
    return QWizard::eventFilter(watched, event);
}

void MigrationWizard::cancelRunningWork()
{
    m_connect->cancelTest();
    m_devices->cancelListing();
    m_preview->cancel();
    m_export->cancelSave();
    m_nextSteps->appKeyPanel()->cancel(); // stops after the write in flight
    if (AppKeyPanel *restore = m_export->restorePanel())
        restore->cancel();
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
