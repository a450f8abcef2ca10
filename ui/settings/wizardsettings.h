#pragma once

#include <QString>
#include <memory>

class QSettings;

// Everything the wizard remembers between runs, with its defaults, in one place. The access key
// and the TTS API key are deliberately not here: they are secrets and are never written to
// plain-text settings (only to the system keychain, and only when the user asks: Keychain).
// Tests (and the screenshot tour) switch to a throwaway instance with useTemporaryFile().
class WizardSettings
{
public:
    enum class AddressKind { Handler, Discovery };

    static WizardSettings &instance();
    // Replaces the global instance by one backed by an INI file at `iniPath` (tests, tours).
    static void useTemporaryFile(const QString &iniPath);

    explicit WizardSettings(std::unique_ptr<QSettings> settings);
    ~WizardSettings();

    QString appId() const;
    void setAppId(const QString &appId);

    AddressKind addressKind() const;
    QString addressUrl() const; // default: the historical public EU handler
    void setAddress(AddressKind kind, const QString &url);

    QString caCertPath() const;
    void setCaCertPath(const QString &path);

    QString frequencyPlanId() const; // default EU_863_870_TTN
    void setFrequencyPlanId(const QString &id);

    QString devIdPrefix() const;
    void setDevIdPrefix(const QString &prefix);

    // The folder of the last file opened or saved, while it exists; else the documents
    // folder if there is one, else home (a dialog must never open in the working folder).
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    // Where the import page sends devices.json (never the API key).
    struct TtsTarget
    {
        QString preset; // the address preset's key, e.g. "ttn-eu1", "cloud", "custom"
        QString identityServer; // URL
        QString cluster; // URL, empty: the Identity Server's
        QString tenant; // The Things Stack Cloud
        QString region; // The Things Stack Cloud: eu1, nam1, au1
        QString applicationId;
    };
    TtsTarget ttsTarget() const;
    void setTtsTarget(const TtsTarget &target);
    // The same for the The Things Stack deployment the devices are migrated from (the connect
    // page's "The Things Stack" source); kept apart from the target's.
    TtsTarget ttsSource() const;
    void setTtsSource(const TtsTarget &source);

    // The ChirpStack v4 server the devices are migrated from (never the API key).
    struct ChirpStackSource
    {
        QString apiUrl; // host:port
        bool tls = false;
        QString caCertPath;
        QString tenantId;
        QString application; // UUID or name
    };
    ChirpStackSource chirpStackSource() const;
    void setChirpStackSource(const ChirpStackSource &source);

    // Whether the user ticked "Remember in the system keychain" for that key (off by default).
    enum class RememberedKey { V2AccessKey, TtsApiKey, ChirpStackApiKey };
    bool rememberKey(RememberedKey key) const;
    void setRememberKey(RememberedKey key, bool remember);

    // The post-export checklist: steps of the application (e.g. the gateways)...
    bool checklistItem(const QString &appId, const QString &item) const;
    void setChecklistItem(const QString &appId, const QString &item, bool done);
    // ...and steps that describe one export (keyed by ExportFile::fingerprint()).
    bool exportChecklistItem(const QString &exportId, const QString &item) const;
    void setExportChecklistItem(const QString &exportId, const QString &item, bool done);

    void sync();

private:
    void writeTts(const QString &group, const TtsTarget &target);

    std::unique_ptr<QSettings> m_settings;
};
