#pragma once

#include "pages/wizardpage.h"
#include "settings/wizardsettings.h"
#include "v2/v2connection.h"

#include <QPointer>

class ConnectionTest;
class FrequencyPlanPicker;
class InlineMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RememberKeyBox;
class SecretEdit;
struct V2Error;

// Page 1: which v2 application, with which key, where v2 runs, and the frequency plan the
// exported devices will use. "Test connection" checks all of it with one request.
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

    QString blockingReason() const override;
    bool validatePage() override;
    void cleanupPage() override;
    void cancelTest();

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
