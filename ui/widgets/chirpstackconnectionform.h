#pragma once

#include "chirpstack/chirpstacksettings.h"
#include "source/devicesource.h"

#include <QPointer>
#include <QWidget>

class FrequencyPlanPicker;
class InlineMessage;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class RememberKeyBox;
class SecretEdit;

// Where ChirpStack v4 runs and what to read (the connect page's "ChirpStack v4" source): the
// API's host:port, the API key (masked, "Remember in the system keychain"), TLS on or off
// with an optional CA file (ChirpStack itself speaks plaintext; TLS is a reverse proxy's), the
// tenant ID (optional: a tenant key needs it to find an application by name) and the
// application by UUID or name, listed through the source seam where the key may list them.
// Filled from the settings, then from the command line's CHIRPSTACK_API_KEY (or
// CHIRPSTACK_API_TOKEN). Its labels are the ones WizardErrorText names.
class ChirpStackConnectionForm : public QWidget
{
    Q_OBJECT
public:
    explicit ChirpStackConnectionForm(QWidget *parent = nullptr);
    ~ChirpStackConnectionForm() override;

    ChirpStackSettings settings() const;
    QString application() const; // the UUID of a listed application, else what was typed
    // What is missing or wrong, as one sentence naming the field; empty when complete.
    QString problem() const;

    void restore(); // settings, environment, then the keychain (asynchronous)
    void saveSettings() const; // never the key
    void commitKey(); // the key worked: remember or forget it as ticked
    // --demo: the local chirpstack-emulator, its demo tenant, application and key.
    void useDemo(const QString &apiUrl, const QString &tenantId, const QString &application,
        const QString &apiKey);

    QPushButton *listButton() const { return m_list; }
    // Off: each device gets its profile's region's plan; on: this one for every device.
    void setPlanOverride(const QString &planId); // empty: off

signals:
    void changed();

private:
    void browseCaCertificate();
    void listApplications();
    void onTlsToggled();

    QLineEdit *m_server;
    SecretEdit *m_apiKey;
    RememberKeyBox *m_remember;
    QCheckBox *m_tls;
    QLineEdit *m_caCert;
    QPushButton *m_browse;
    QLineEdit *m_tenant;
    QComboBox *m_application;
    QPushButton *m_list;
    InlineMessage *m_listStatus;
    QCheckBox *m_overridePlan;
    FrequencyPlanPicker *m_plan;
    QPointer<DeviceSource> m_listing;
    bool m_listHadFocus = false;
    bool m_demo = false;
};
