#pragma once

#include "pages/wizardpage.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttstracker.h"

#include <QPointer>

class DeviceFileReader;
class InlineMessage;
class JoinChart;
class ReportSaveRow;
class JoinStatusModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class RowFilterProxy;
class TtsConnectionForm;

// Page 8: watches the imported devices join The Things Stack through the core's TtsTracker:
// waiting / joined (or "seen" for session imports) / active per device, counts and a progress
// bar, a chart of the counts over the refreshes (the session keeps them for the report),
// refreshed every minute while the page is open and on demand, how long ago the import
// was, a filter, and the usual causes for devices still waiting. joinedAll() ticks the
// checklist when every imported OTAA device has joined.
class StatusPage : public WizardPage
{
    Q_OBJECT
public:
    explicit StatusPage(MigrationSession *session, QWidget *parent = nullptr);
    ~StatusPage() override;

    void setFilePaths(const QStringList &paths); // --status FILE (or its parts)
    QStringList filePaths() const { return m_paths; }
    TtsConnectionForm *form() const { return m_form; }
    JoinStatusModel *statusModel() const { return m_model; }
    JoinChart *chart() const { return m_chart; }
    // The latest snapshot (the report); total() == 0 before the first refresh.
    TtsTrackerSnapshot latestSnapshot() const;
    bool hasSnapshot() const { return m_haveSnapshot; }
    // Tests poll faster than TTS should be polled.
    void setPollIntervalMs(int ms) { m_intervalMs = ms; }
    bool isPolling() const;

    void initializePage() override;
    void cleanupPage() override;
    QString blockingReason() const override { return {}; }

    void refreshNow();
    // Every imported OTAA device joined (or is active); none waiting, none missing.
    static bool everyOtaaJoined(const TtsTrackerSnapshot &snapshot);

signals:
    void joinedAll();
    void refreshed(const TtsTrackerSnapshot &snapshot);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onFileRead(const QStringList &paths, const TtsDeviceFileContents &contents);
    void startTracking();
    void stopTracking();
    void onRefreshed(const TtsTrackerSnapshot &snapshot);
    void onSessionDetail(const TtsSessionDetail &detail);
    void showCurrentDevice();
    void updateHeader();
    void applyFilter();

    QLabel *m_where;
    QPushButton *m_showConnection;
    TtsConnectionForm *m_form;
    QPushButton *m_watch;
    QPushButton *m_refresh;
    QLabel *m_refreshedAt;
    InlineMessage *m_status;
    QLabel *m_counts;
    QProgressBar *m_progress;
    JoinChart *m_chart;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_detail;
    InlineMessage *m_causes;
    ReportSaveRow *m_report;
    JoinStatusModel *m_model;
    RowFilterProxy *m_proxy;
    DeviceFileReader *m_reader;
    QTimer *m_clock; // updates "how long ago" texts

    QStringList m_paths;
    QList<TtsFileDevice> m_devices;
    bool m_loaded = false;
    QPointer<TtsTracker> m_tracker;
    int m_intervalMs = TtsTracker::kDefaultIntervalMs;
    bool m_haveSnapshot = false;
    bool m_formRestored = false;
};
