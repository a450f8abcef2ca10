#pragma once

#include "sourcedelete/sourcedeletejob.h"
#include "tts/ttsconnection.h"
#include "v2/v2connection.h"

#include <QWidget>

class BackgroundTask;
class InlineMessage;
class QListWidget;
class QProgressBar;
class QPushButton;
class StopButton;

// The next-steps page's "delete at the source once the target shows the device ready"
// (sources.md): TTN v2's ABP devices once TTS has seen them (undo: re-create them), or every
// device of a The Things Stack source once active (no undo: asked twice). "Check" counts the
// devices that qualify now (a dry run of the SourceDeleteJob); "Delete…" checks, asks with
// that count and deletes those; devices not ready are listed and left alone. Works only from
// the devices.json the export page saved, reread here. Never speaks HTTP itself.
class SourceDeletePanel : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { V2Abp, Tts };

    explicit SourceDeletePanel(Kind kind, QWidget *parent = nullptr);
    ~SourceDeletePanel() override;

    // `target`: where the devices were imported (empty application: not imported yet).
    void setContext(const V2Connection &v2, const TtsConnection &source,
        const TtsConnection &target, const QStringList &savedPaths);
    bool isRunning() const;
    void cancel();

signals:
    void deleteSucceeded(); // every device concerned is deleted at the source
    void recreateSucceeded();

private:
    enum class Step { Check, Delete, Recreate };
    void begin(Step step);
    void startJob(Step step, bool dryRun);
    void onFinished(Step step, bool dryRun, const SourceDeleteSummary &summary);
    bool confirm(int count);
    void addResult(const SourceDeleteDeviceResult &result);
    void updateButtons();
    QString sourceName() const;

    Kind m_kind;
    V2Connection m_v2;
    TtsConnection m_source;
    TtsConnection m_target;
    QStringList m_paths;
    QList<TtsFileDevice> m_devices;
    QString m_readError;
    BackgroundTask *m_loader;
    SourceDeleteJob *m_job = nullptr;
    QPushButton *m_check;
    QPushButton *m_delete;
    QPushButton *m_recreate;
    StopButton *m_cancel;
    QProgressBar *m_progress;
    QListWidget *m_results;
    InlineMessage *m_status;
};
