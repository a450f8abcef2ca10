#pragma once

#include "convert/deviceoutcome.h"
#include "job/exportrequest.h"
#include "job/exportsummary.h"
#include "pages/wizardpage.h"

#include <QPointer>
#include <optional>

class DeviceJsonView;
class ExportJob;
class InlineMessage;
class OutcomeFilterProxy;
class OutcomeTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTableView;

// Page 4: the dry run. Runs the export for the chosen devices without writing anything, shows
// every device's outcome with counts, the exact JSON of the selected device (keys masked), and
// the equivalent ttn-lw-migrate command. Next needs at least one exported device.
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
    void onOutcomes(const QList<DeviceOutcome> &batch);
    void fillTable();
    void onProgress(int done, int total);
    void onFinished(const ExportSummary &summary);
    void finish(const ExportSummary &summary);
    void updateCounts();
    void showSelectedDevice();
    void copyCommand();
    void applyStatusFilter();

    OutcomeTableModel *m_model;
    OutcomeFilterProxy *m_proxy;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QLabel *m_stage;
    InlineMessage *m_banner;
    QComboBox *m_statusFilter;
    QLineEdit *m_textFilter;
    QTableView *m_table;
    DeviceJsonView *m_json;
    QPushButton *m_copyCommand;
    QLabel *m_copied;
    QPointer<ExportJob> m_job;
    // Outcomes wait here and enter the table a few times a second in large chunks: every
    // insertion makes the view lay out all rows and the proxy rebuild its mapping, so one
    // insertion per 1,000-device batch cost O(N²) at fleet scale and stalled the GUI.
    QList<QList<DeviceOutcome>> m_pending;
    qsizetype m_pendingRows = 0;
    QTimer *m_fillTimer;
    QTimer *m_textFilterTimer; // filters once typing pauses, not on every key
    std::optional<ExportSummary> m_jobSummary; // the job finished; rows may still be pending
    ExportRequest m_request;
    ExportSummary m_summary;
    bool m_finished = false;
};
