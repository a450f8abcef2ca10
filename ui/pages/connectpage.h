#pragma once

#include "job/exportrequest.h"
#include "pages/wizardpage.h"
#include "settings/wizardsettings.h"
#include "v2/v2connection.h"

#include <QPointer>

class ConnectionTest;
class DeviceSource;
class QRadioButton;
class QStackedWidget;
class ChirpStackConnectionForm;
class TtsConnectionForm;
struct SourceError;
class FrequencyPlanPicker;
class InlineMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RememberKeyBox;
class SecretEdit;
struct V2Error;

// Page 1: where the devices are now (TTN v2, another The Things Stack deployment, ChirpStack
// v4 when its source is registered), then that source's connection. TTN v2: which application, with
// which key, where v2 runs, and the frequency plan the exported devices will use; "Test connection"
// checks all of it with one request. The Things Stack: the same connection form as the import
// page's target (TtsConnectionForm as a Source), tested through the source seam
// (DeviceSource::testConnection); each device keeps its own frequency plan. ChirpStack v4:
// ChirpStackConnectionForm, tested the same way by the same code (SourceTest).
class ConnectPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ConnectPage(MigrationSession *session, QWidget *parent = nullptr);
    ~ConnectPage() override;

    V2Connection connection() const;
    QString frequencyPlanId() const;
    QString appId() const;
    QString addressText() const; // the handler or discovery URL as typed

    // --demo: adds and selects a "Local emulator" preset and fills in the demo application.
    void useDemo(const QString &appId, const QString &accessKey, const QUrl &handlerUrl);
    // --demo: the tts source's form on the local emulator's demo source application.
    void useTtsSourceDemo(const QUrl &address, const QString &appId, const QString &apiKey);
    // --demo: the chirpstack source's form on the local chirpstack-emulator's demo application.
    void useChirpStackDemo(const QString &apiUrl, const QString &tenantId,
        const QString &application, const QString &apiKey);

    ExportSource source() const;
    void setSource(ExportSource source);
    TtsConnectionForm *ttsSourceForm() const { return m_ttsForm; }
    ChirpStackConnectionForm *chirpStackForm() const { return m_chirpForm; }

    QString blockingReason() const override;
    bool validatePage() override;
    void cleanupPage() override;
    void cancelTest(); // either source's

protected:
    void shareWithSession() override;

private:
    void buildPresets();
    void onPresetChanged();
    void onInputChanged();
    void browseCaCertificate();
    void testConnection();
    void showTestResult(const V2Error &error, const QUrl &handlerUrl, int deviceCount);
    bool isDiscovery() const;
    WizardSettings::AddressKind addressKind() const;
    void restoreSettings();
    void onSourceChanged();
    // The Test connection row of a source that is tested through the seam (tts, chirpstack).
    struct SourceTest
    {
        QPushButton *button = nullptr;
        InlineMessage *status = nullptr;
        QPointer<DeviceSource> running;
    };
    SourceTest &sourceTest();
    void testSourceConnection();
    void showSourceTestResult(SourceTest &test, const SourceError &error, const QUrl &server,
        int deviceCount, const QString &application);
    void cancelSourceTest(SourceTest &test);
    void cancelTtsTest(); // either seam source's

    QRadioButton *m_sourceV2;
    QRadioButton *m_sourceTts;
    QRadioButton *m_sourceChirpStack; // disabled when its source is not registered
    QLabel *m_sourceHint;
    QStackedWidget *m_sourcePanels;
    TtsConnectionForm *m_ttsForm;
    SourceTest m_ttsTest;
    ChirpStackConnectionForm *m_chirpForm;
    SourceTest m_chirpTest;
    QLineEdit *m_appId;
    SecretEdit *m_accessKey; // masked, with its reveal action
    RememberKeyBox *m_rememberKey; // opt-in: the access key in the system keychain
    QComboBox *m_preset;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLineEdit *m_caCert;
    QPushButton *m_browseCaCert;
    QPushButton *m_test;
    InlineMessage *m_status;
    FrequencyPlanPicker *m_plan;
    QPointer<ConnectionTest> m_runningTest;
};
