#pragma once

#include "session/ttsconnectionchoice.h"
#include "tts/ttsconnection.h"
#include "widgets/secretedit.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class RememberKeyBox;

// Where The Things Stack runs and which application and key to use: the address presets
// (The Things Network eu1/nam1/au1, whose Identity Server is on eu1; The Things Stack Cloud
// <tenant>.<region>.cloud.thethings.industries; custom), the application ID and the API key
// (masked, "Remember in the system keychain"). Filled from the settings, then from the same
// environment variables the command line reads (TTS_ADDRESS, TTS_CLUSTER_ADDRESS,
// TTS_APPLICATION_ID, TTS_API_KEY), which win. The import and the status page each have one.
// As a Source (the connect page's "The Things Stack" source, the deployment the devices leave)
// it keeps its own settings and reads the source's variables (TTS_SOURCE_ADDRESS, TTS_APP_ID,
// TTS_APP_API_KEY), never the target's; its fields' object names say "ttsSource".
class TtsConnectionForm : public QWidget
{
    Q_OBJECT
public:
    enum class Role { Target, Source };
    explicit TtsConnectionForm(QWidget *parent = nullptr, Role role = Role::Target);

    TtsConnection connection() const;
    // What is missing or wrong, as one sentence naming the field; empty when complete.
    QString problem() const;
    bool isComplete() const { return problem().isEmpty(); }

    // Settings first, then the environment (the command line's variables win); then, if the
    // user asked for it, the API key from the system keychain (asynchronous).
    void restore();
    void saveSettings() const; // never the key
    // The key worked (the pre-flight accepted it): remember or forget it as ticked.
    void commitKey();
    // --demo: a selected "Local emulator (demo)" preset and the demo application and key.
    void useDemo(const QUrl &address, const QString &applicationId, const QString &apiKey);
    // What the form shows, and the same choice again (the status page follows the import
    // page's choice through the session).
    TtsConnectionChoice choice() const;
    void setChoice(const TtsConnectionChoice &choice);
    // The first field a user still has to fill (for the initial focus); nullptr when none.
    QWidget *firstIncompleteField() const;

    RememberKeyBox *rememberBox() const { return m_remember; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    // "The Things Network (eu1) · application demo-app" for a one-line summary.
    QString summary() const;

signals:
    void changed();

private:
    void buildPresets();
    void onPresetChanged();
    void applyEnvironment();
    bool selectPreset(const QString &key);
    QString presetKey() const;
    QUrl identityServerUrl() const;
    QUrl clusterUrl() const;
    void updateAccount();

    Role m_role;
    QComboBox *m_preset;
    QLabel *m_tenantLabel;
    QLineEdit *m_tenant;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLineEdit *m_identityServer;
    QLineEdit *m_cluster;
    QLineEdit *m_appId;
    SecretEdit *m_apiKey; // masked, with its reveal action
    RememberKeyBox *m_remember;
};
