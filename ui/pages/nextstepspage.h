#pragma once

#include "pages/wizardpage.h"

#include <QList>

class AppKeyPanel;
class ChirpStackDisablePanel;
class ChecklistItem;
class InlineMessage;
class ReportSaveRow;
class SourceDeletePanel;
class QLineEdit;
class QPushButton;

// Page 6: what to do after the export, as a checklist the user ticks off: change the AppKeys
// in v2, import into The Things Stack, let the devices join, migrate the gateways. The ticks
// of the first three describe the saved export and are remembered for that export only
// (ExportFile::fingerprint()): a fresh export starts unticked, so "AppKeys changed" never
// claims a change that did not happen to these devices. The gateways are the application's.
// "Import into The Things Stack now…" and "Watch the devices join…" open the pages that do
// it, and those tick their items. "Save report…" writes the session's report (with the
// import results and the latest status) without any key.
class NextStepsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit NextStepsPage(MigrationSession *session, QWidget *parent = nullptr);

    QString blockingReason() const override { return {}; }
    void initializePage() override;
    // -1 (the last page) unless one of the buttons below asked for the import or status page.
    int nextId() const override;
    // Ticks a checklist item the wizard saw done ("import", "join") and remembers it.
    void markDone(const QString &key);

    QList<ChecklistItem *> items() const { return m_items; }
    AppKeyPanel *appKeyPanel() const { return m_appKeys; }
    ChirpStackDisablePanel *chirpStackPanel() const { return m_chirpStack; }
    QString importCommand() const;
    // Whether an item's tick belongs to the export (else to the application).
    static bool describesExport(const QString &itemKey);

protected:
    void shareWithSession() override; // the checklist, for the report

private:
    void addSourceDeleteSteps();
    void updateSourceDeleteSteps();
    ChecklistItem *addItem(const QString &key, const QString &title, const QString &text);
    void focusStepAfter(ChecklistItem *item);

    QList<ChecklistItem *> m_items;
    QLineEdit *m_command;
    AppKeyPanel *m_appKeys;
    ChirpStackDisablePanel *m_chirpStack;
    QString m_appKeyTitle; // the AppKey step's TTN v2 words (a tts source has its own)
    QString m_appKeyText;
    // Delete at the source once the target shows the device ready (issue #17 item 6).
    SourceDeletePanel *m_v2Delete = nullptr;
    SourceDeletePanel *m_ttsDelete = nullptr;
    ReportSaveRow *m_report;
    QString m_appId;
    QString m_exportId; // the saved export's fingerprint
};
