#pragma once

#include "convert/deviceoutcome.h"
#include "job/exportrequest.h"
#include "job/exportsummary.h"
#include "pages/wizardpage.h"

#include <QPointer>

class DeviceJsonView;
class ExportJob;
class InlineMessage;
class OutcomeBrowser;
class OutcomeCounts;
class OutcomeFeeder;
class OutcomeTableModel;
class QLabel;
class QProgressBar;
class QPushButton;

// Page 4: the dry run. Runs the export for the chosen devices without writing anything and
// orchestrates what shows it: the counts sentence (OutcomeCounts), every device's outcome in a
// filterable table (OutcomeBrowser, fed in chunks by OutcomeFeeder), the exact JSON of the
// selected device with its keys masked (DeviceJsonView), and the equivalent ttn-lw-migrate
// command. Next needs at least one exported device.
class PreviewPage : public WizardPage
{
    Q_OBJECT
public:
    explicit PreviewPage(QWidget *parent = nullptr);
    ~PreviewPage() override;

    OutcomeTableModel *outcomeModel() const { return m_model; }
    const ExportRequest &request() const { return m_request; }
    bool isRunning() const { return !m_job.isNull(); }
    bool hasResult() const { return m_finished; }
    const ExportSummary &summary() const { return m_summary; }

    QString blockingReason() const override;
    void initializePage() override;
    void cleanupPage() override;
    void cancel();

signals:
    void previewFinished();

private:
    void start();
    void onRowsFed(bool first);
    void onProgress(int done, int total);
    void onJobFinished(const ExportSummary &summary);
    void finish();
    void updateCounts();
    void copyCommand();

    OutcomeTableModel *m_model;
    OutcomeFeeder *m_feeder;
    OutcomeCounts *m_counts;
    QProgressBar *m_progress;
    QLabel *m_stage;
    InlineMessage *m_banner;
    OutcomeBrowser *m_browser;
    DeviceJsonView *m_json;
    QPushButton *m_copyCommand;
    QLabel *m_copied;
    QPointer<ExportJob> m_job;
    ExportSummary m_jobSummary; // what the job reported; the page finishes once rows are fed
    ExportRequest m_request;
    ExportSummary m_summary;
    bool m_finished = false;
};
