#pragma once

#include "pages/wizardpage.h"

#include <QPointer>

class ExportWriter;
class InlineMessage;
class QLabel;
class QProgressBar;
class QPushButton;

// Page 5: saves the preview's exported devices to devices.json (atomic, owner-only), reads the
// file back and counts the devices. Next appears only after a successful save.
class ExportPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ExportPage(QWidget *parent = nullptr);
    ~ExportPage() override;

    QString savedPath() const { return m_savedPath; }
    int readBackCount() const { return m_readBack; }
    // ExportFile::fingerprint() of the saved file: what export the next steps describe.
    QString savedFingerprint() const { return m_fingerprint; }
    bool isSaving() const { return !m_writer.isNull(); }

    QString blockingReason() const override;
    void initializePage() override;
    void cleanupPage() override;
    void cancelSave();

signals:
    void saveFinished(bool ok);

private:
    void chooseFileAndSave();
    void save(const QString &path);
    void onFinished(bool ok, const QString &error, int readBack);

    QLabel *m_intro;
    QPushButton *m_save;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    InlineMessage *m_result;
    QPointer<ExportWriter> m_writer;
    QString m_pendingPath;
    QString m_savedPath;
    QString m_fingerprint;
    int m_readBack = -1;
};
