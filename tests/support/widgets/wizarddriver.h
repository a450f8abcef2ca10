#pragma once

#include "migrationwizard.h"
#include "tts/ttstracker.h"

#include <QString>
#include <QStringList>
#include <functional>

// Drives the wizard the way a person would: fills fields, clicks buttons found by objectName,
// waits for the pages' background work (by spinning the event loop: test and tool code only,
// never linked into the product). Shared by the end-to-end tests, the GUI benchmark and the
// screenshot tour (tools/wizard-tour), so all walk the same path a user takes. Every step
// returns false when the wizard did not do what a user would expect, with lastError() saying
// what.
class WizardDriver
{
public:
    explicit WizardDriver(MigrationWizard &wizard, int timeoutMs = 20000);

    template <typename T> T *find(const QString &objectName) const;

    bool fillConnection(const QString &appId, const QString &accessKey);
    bool testConnection();
    // Page 1 with "The Things Stack" as the source: the form's "Custom" address (or the demo
    // preset already selected when `address` is empty), the application and the key; then
    // "Test connection" through the source seam.
    bool chooseTtsSource(const QUrl &address, const QString &appId, const QString &apiKey);
    bool testTtsSourceConnection();
    // The ChirpStack v4 source: empty values keep what the form has (--demo filled it).
    bool chooseChirpStackSource(const QString &apiUrl, const QString &tenantId,
        const QString &application, const QString &apiKey);
    bool testChirpStackConnection();
    // The next-steps page's "Disable in ChirpStack…" / "Enable again…", answering Yes.
    bool disableInChirpStack();
    bool enableInChirpStack();
    bool next();
    bool back();
    bool chooseOneDevice(const QString &deviceId);
    bool chooseDeviceList(const QStringList &deviceIds);
    bool chooseApplication(bool listDevices);
    bool setOptions(bool withSession, const QString &prefix);
    bool waitForPreview(); // on the preview page
    bool saveTo(const QString &path);
    bool selectPreviewRow(const QString &v2DeviceId);
    // In a complete preview: selects the device's row, opens its v3 ID editor with F2 and types
    // `deviceId` (replacing the text); with `commit`, presses Enter and expects the ID taken.
    bool typeDeviceId(const QString &v2DeviceId, const QString &deviceId, bool commit);
    // Next steps → "Import into The Things Stack now…" / "Watch the devices join…".
    bool openImportPage();
    bool openStatusPage();
    // On the import page: waits for the file, presses a button (checkButton, importButton,
    // retryFailedButton) and waits until that run (and the payload formatters that follow it)
    // has finished. False when the run ended with
    // an error message (lastError() has it).
    bool runOnImportPage(const QString &button);
    // On the status page: waits until a refresh has answered and `done` holds for it
    // (clicking "Refresh now" every `refreshEveryMs` meanwhile).
    bool waitForStatus(
        const std::function<bool(const TtsTrackerSnapshot &)> &done, int refreshEveryMs = 1000);

    // Processes events until `done` is true or the timeout passes.
    bool waitUntil(const std::function<bool()> &done) const;
    QString lastError() const { return m_error; }

private:
    bool fail(const QString &error);
    bool click(const QString &objectName);
    // Clicks `button` and waits until the InlineMessage `statusName` is no longer busy.
    bool clickAndAwaitSuccess(
        const QString &button, const QString &statusName, const QString &what);

    MigrationWizard &m_wizard;
    int m_timeoutMs;
    QString m_error;
};

template <typename T> T *WizardDriver::find(const QString &objectName) const
{
    return m_wizard.findChild<T *>(objectName);
}
