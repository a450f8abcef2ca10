#pragma once

#include "pages/wizardpage.h"

#include <QPointer>

class AppKeyPanel;
class ExportWriter;
class InlineMessage;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class StopButton;

// Page 5: saves the preview's exported devices to devices.json (atomic, owner-only), reads the
// file back and counts the devices; what was saved goes to the session (SavedExport). Next
// appears only after a successful save.
//
// The Things Stack Console refuses a file of 16 MiB or more: when the export would be that
// large the page says so before saving and offers numbered parts (devices-001.json, …, each at
// most 10 MiB; ticked by default then). Every part is written atomically and read back; parts of
// an earlier, larger export left in the folder are named, since an import of devices-*.json
// would take them too.
class ExportPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ExportPage(MigrationSession *session, QWidget *parent = nullptr);
    ~ExportPage() override;

    // Whether the save splits the export into numbered parts, and their largest size
    // (TtsLimits::defaultPartBytes unless a test or the tour makes it smaller).
    bool splitsIntoParts() const;
    void setSplitIntoParts(bool split);
    void setPartBytes(qint64 bytes);
    qint64 partBytes() const { return m_partBytes; }
    bool isSaving() const { return !m_writer.isNull(); }

    QString blockingReason() const override;
    void initializePage() override;
    void cleanupPage() override;
    void cancelSave();
    // Shown when the save was refused for AppKeys the AppKey change generated: Restore… of
    // the next-steps page (the same panel), on the devices.json that change read. Null until
    // then.
    AppKeyPanel *restorePanel() const { return m_restore; }

signals:
    void saveFinished(bool ok);

private:
    void chooseFileAndSave();
    void save(const QString &path);
    void onFinished(bool ok, const QString &error, int readBack);

    void showSizeNote();
    // The save was refused for generated AppKeys: the restore, right here, when the journal
    // names the devices.json the change read (it holds the original keys).
    void offerRestore(int devicesWithGeneratedKey);
    // After devices.json is saved: the formatter plan the preview made goes beside it
    // (devices.formatters.json, as the CLI writes it), for the import to set.
    void saveFormatters(const QString &exportPath);

    QLabel *m_intro;
    InlineMessage *m_sizeNote; // over the Console's limit: say so before saving
    QCheckBox *m_split;
    QPushButton *m_save;
    QProgressBar *m_progress;
    StopButton *m_cancel;
    InlineMessage *m_result;
    QWidget *m_restoreSlot; // where the restore panel goes
    AppKeyPanel *m_restore = nullptr;
    InlineMessage *m_formatterResult;
    QPointer<ExportWriter> m_writer;
    QString m_pendingPath;
    qint64 m_exportBytes = 0;
    qint64 m_partBytes;
};
