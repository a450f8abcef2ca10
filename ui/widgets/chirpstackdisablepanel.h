#pragma once

#include "chirpstack/chirpstackconnection.h"
#include "chirpstack/chirpstackdisabler.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class BackgroundTask;
class InlineMessage;
class QProgressBar;
class QPushButton;

// The "Disable in ChirpStack" step of the next-steps page (issue 18 item 7), and its undo
// ("Enable again"): once devices.json is safely saved, its exported devices are disabled in
// ChirpStack after a confirmation naming the count, off the GUI thread (ChirpStackDisabling,
// the same ChirpStackDisabler as `--chirpstack.disable-devices`), journalled beside the saved
// export as the command line does (ChirpStackDisabler::journalPath), so "Enable again" (and
// `ttn-lw-migrate chirpstack enable-devices`) puts each device back as it was.
class ChirpStackDisablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChirpStackDisablePanel(QWidget *parent = nullptr);
    ~ChirpStackDisablePanel() override;

    // The source, the exported DevEUIs and the saved export (empty: nothing to disable yet).
    void setContext(const ChirpStackConnection &connection, const QStringList &devEuis,
        const QString &exportPath);
    QString journalPath() const;
    bool isRunning() const;

signals:
    void disabled(); // every exported device is disabled in ChirpStack
    void enabled(); // every one is back as it was before

private:
    enum class Action { Disable, Enable };
    void begin(Action action);
    void onFinished(Action action, const ChirpStackDisabler::Result &result);
    void updateButtons();

    ChirpStackConnection m_connection;
    QStringList m_devEuis;
    QString m_exportPath;
    BackgroundTask *m_task;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QPushButton *m_runButton = nullptr; // of the run going
    bool m_hadFocus = false;
    QProgressBar *m_progress;
    InlineMessage *m_status;
};
