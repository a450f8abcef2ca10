#pragma once

#include "closeguard.h"

#include <QUrl>
#include <QWizard>

class ConnectPage;
class DevicesPage;
class ExportPage;
class ImportPage;
class MigrationSession;
class NextStepsPage;
class OptionsPage;
class PreviewPage;
class StatusPage;

// The ttn-lw-migrate-wizard window: six pages from "connect to v2" to "next steps", then the
// import into The Things Stack and the migration status, reached from "next steps" or directly
// (--import FILE, --status FILE). Every page gets the one MigrationSession: pages read each
// other's choices only through it (never another page, never string field names), and so do
// the report and the tests.
class MigrationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        ConnectPageId,
        DevicesPageId,
        OptionsPageId,
        PreviewPageId,
        ExportPageId,
        NextStepsPageId,
        ImportPageId,
        StatusPageId
    };

    explicit MigrationWizard(QWidget *parent = nullptr);
    ~MigrationWizard() override;

    // What the pages decided and did so far: the connection, the selection, the options, the
    // preview's result, the saved files, the import and the status.
    MigrationSession *session() const { return m_session; }

    // Where AppKey change/restore runs keep their journals (AppKeyJournal's default folder
    // unless a test sets another). The export page reads them to refuse a devices.json that
    // would carry keys a change run generated; the next-steps page writes them.
    void setAppKeyJournalDirectory(const QString &directory);

    // --demo: fill page 1 for the bundled emulator and say so in the title.
    void useDemo(const QString &appId, const QString &accessKey, const QUrl &handlerUrl);
    // --demo: the tts source's form on the bundled TTS emulator's demo source application
    // (chosen when the user picks "The Things Stack" as the source).
    void useTtsSourceDemo(const QUrl &address, const QString &applicationId, const QString &apiKey);
    // --demo: the chirpstack source's form on the local chirpstack-emulator.
    void useChirpStackDemo(const QString &apiUrl, const QString &tenantId,
        const QString &application, const QString &apiKey);
    // --demo: fill the import and status pages for the bundled TTS emulator.
    void useTtsDemo(const QUrl &address, const QString &applicationId, const QString &apiKey);

    // --import FILE / --status FILE: a devices.json made earlier (e.g. by the command line);
    // the wizard then starts on that page. Empty: the file the export page saved.
    void startWith(PageId page, const QStringList &devicesFiles);
    // Next steps' "Import into The Things Stack now…" and "Watch the devices join…".
    void openImportPage();
    void openStatusPage();
    int requestedPageFromNextSteps() const { return m_requestedPage; }

    // Stops whatever runs (connection test, listing, preview, save); leaves nothing half-written.
    void cancelRunningWork();

    // Keys reach only the page shown: the focus goes to the first control of the current page
    // that takes it (or Next/Finish, or the wizard) when it is on a widget that is hidden or
    // disabled, e.g. on the page just left (QWizard gives the focus to the new page's first
    // focusable child without checking it is enabled; while the preview runs it is not).
    void keepFocusOnTheShownPage();

public slots:
    void accept() override; // Finish
    void reject() override; // Escape, Cancel, the window's close button

private:
    // Closing asks about the work the pages have running (a preview, a save, an AppKey run).
    friend QString CloseGuard::loss(const MigrationWizard &wizard);

    void onPageChanged(int id);
    void openFromNextSteps(PageId page);
    bool eventFilter(QObject *watched, QEvent *event) override;

    // Made before the pages, which keep it; deleted after them (QWizard's page frame, their
    // parent, was made before it).
    MigrationSession *m_session;
    ConnectPage *m_connect;
    DevicesPage *m_devices;
    OptionsPage *m_options;
    PreviewPage *m_preview;
    ExportPage *m_export;
    NextStepsPage *m_nextSteps;
    ImportPage *m_import;
    StatusPage *m_status;
    int m_requestedPage = -1; // where Next steps' buttons go
};
