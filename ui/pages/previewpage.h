#pragma once

#include "convert/deviceoutcome.h"
#include "job/exportrequest.h"
#include "job/exportsummary.h"
#include "pages/wizardpage.h"

#include <QPointer>

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
class QTreeView;

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
    void onProgress(int done, int total);
    void onFinished(const ExportSummary &summary);
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
    QTreeView *m_table;
    DeviceJsonView *m_json;
    QPushButton *m_copyCommand;
    QLabel *m_copied;
    QPointer<ExportJob> m_job;
    ExportRequest m_request;
    ExportSummary m_summary;
    bool m_finished = false;
};
