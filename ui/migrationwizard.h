#pragma once

#include "convert/conversionoptions.h"
#include "convert/deviceoutcome.h"
#include "job/exportrequest.h"
#include "v2/v2connection.h"

#include <QWizard>

class ConnectPage;
class DevicesPage;
class ExportPage;
class ImportPage;
class NextStepsPage;
class OptionsPage;
class PreviewPage;
class StatusPage;

// The ttn-lw-migrate-wizard window: six pages from "connect to v2" to "next steps", then the
// import into The Things Stack and the migration status, reached from "next steps" or directly
// (--import FILE, --status FILE). Pages read each other's choices only through these typed
// accessors, never through string field names.
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

    V2Connection connection() const;
    ExportScope scope() const;
    QStringList selectedDeviceIds() const;
    ConversionOptions options() const;
    ExportRequest exportRequest() const; // what the preview runs
    const QList<DeviceOutcome> &lastOutcomes() const; // the preview's result
    QString savedPath() const; // the name chosen; empty until devices.json is saved
    QStringList savedPaths() const; // the files saved: savedPath(), or every numbered part
    int savedDeviceCount() const; // devices read back from savedPaths(), -1 if none

    // Where AppKey change/restore runs keep their journals (AppKeyJournal's default folder
    // unless a test sets another). The export page reads them to refuse a devices.json that
    // would carry keys a change run generated; the next-steps page writes them.
    QString appKeyJournalDirectory() const;
    void setAppKeyJournalDirectory(const QString &directory);

    // --demo: fill page 1 for the bundled emulator and say so in the title.
    void useDemo(const QString &appId, const QString &accessKey, const QUrl &handlerUrl);
    // --demo: fill the import and status pages for the bundled TTS emulator.
    void useTtsDemo(const QUrl &address, const QString &applicationId, const QString &apiKey);

    // --import FILE / --status FILE: a devices.json made earlier (e.g. by the command line);
    // the wizard then starts on that page. Empty: the file the export page saved.
    void startWith(PageId page, const QStringList &devicesFiles);
    QStringList importFilePaths() const { return m_importFiles; }
    // The import page's "Choose file…": the export the import and status pages work on now.
    void setImportFilePaths(const QStringList &paths) { m_importFiles = paths; }
    // Next steps' "Import into The Things Stack now…" and "Watch the devices join…".
    void openImportPage();
    void openStatusPage();
    int requestedPageFromNextSteps() const { return m_requestedPage; }

    ConnectPage *connectPage() const { return m_connect; }
    DevicesPage *devicesPage() const { return m_devices; }
    OptionsPage *optionsPage() const { return m_options; }
    PreviewPage *previewPage() const { return m_preview; }
    ExportPage *exportPage() const { return m_export; }
    NextStepsPage *nextStepsPage() const { return m_nextSteps; }
    ImportPage *importPage() const { return m_import; }
    StatusPage *statusPage() const { return m_status; }

    // Stops whatever runs (connection test, listing, preview, save); leaves nothing half-written.
    void cancelRunningWork();

public slots:
    void accept() override; // Finish
    void reject() override; // Escape, Cancel, the window's close button

private:
    void onPageChanged(int id);
    void openFromNextSteps(PageId page);

    ConnectPage *m_connect;
    DevicesPage *m_devices;
    OptionsPage *m_options;
    PreviewPage *m_preview;
    ExportPage *m_export;
    NextStepsPage *m_nextSteps;
    ImportPage *m_import;
    StatusPage *m_status;
    QStringList m_importFiles; // --import / --status: one export, in one or more parts
    int m_requestedPage = -1; // where Next steps' buttons go
    QString m_journalDirectory; // empty: AppKeyJournal::defaultDirectory()
};
