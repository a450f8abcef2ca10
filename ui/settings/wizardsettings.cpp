#include "settings/wizardsettings.h"

#include "util/redact.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<WizardSettings> &globalInstance()
{
    static std::unique_ptr<WizardSettings> instance;
    return instance;
}

// Group names must be valid keys whatever the app ID is; v2 IDs already are, but be safe.
QString checklistKey(const QString &appId, const QString &item)
{
    QString safeId = appId;
    safeId.replace(u'/', u'_').replace(u'\\', u'_');
    return u"checklist/"_s + safeId + u'/' + item;
}

// Like checklistKey(): whatever the ID holds, it stays one key segment.
QString exportChecklistKey(const QString &exportId, const QString &item)
{
    QString safeId = exportId;
    safeId.replace(u'/', u'_').replace(u'\\', u'_');
    return u"exports/"_s + safeId + u'/' + item;
}

// Text that Redact would change holds a secret (e.g. the access key pasted into the address
// or CA field): it never goes into the plain-text settings, and the old value is dropped.
void setText(QSettings &settings, const QString &key, const QString &value)
{
    if (Redact::text(value) != value)
        settings.remove(key);
    else
        settings.setValue(key, value);
}
} // namespace

WizardSettings &WizardSettings::instance()
{
    auto &instance = globalInstance();
    if (!instance)
        instance = std::make_unique<WizardSettings>(std::make_unique<QSettings>());
    return *instance;
}

void WizardSettings::useTemporaryFile(const QString &iniPath)
{
    globalInstance() = std::make_unique<WizardSettings>(
        std::make_unique<QSettings>(iniPath, QSettings::IniFormat));
}

WizardSettings::WizardSettings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{
}

WizardSettings::~WizardSettings() = default;

QString WizardSettings::appId() const
{
    return m_settings->value(u"connection/appId"_s).toString();
}

void WizardSettings::setAppId(const QString &appId)
{
    setText(*m_settings, u"connection/appId"_s, appId);
}

WizardSettings::AddressKind WizardSettings::addressKind() const
{
    return m_settings->value(u"connection/addressKind"_s).toString() == u"discovery"_s
        ? AddressKind::Discovery
        : AddressKind::Handler;
}

QString WizardSettings::addressUrl() const
{
    // No default: the public v2 servers are shut down, a private cluster's address is typed.
    return m_settings->value(u"connection/addressUrl"_s).toString();
}

void WizardSettings::setAddress(AddressKind kind, const QString &url)
{
    m_settings->setValue(u"connection/addressKind"_s,
        kind == AddressKind::Discovery ? u"discovery"_s : u"handler"_s);
    setText(*m_settings, u"connection/addressUrl"_s, url);
}

QString WizardSettings::caCertPath() const
{
    return m_settings->value(u"connection/caCertPath"_s).toString();
}

void WizardSettings::setCaCertPath(const QString &path)
{
    setText(*m_settings, u"connection/caCertPath"_s, path);
}

QString WizardSettings::frequencyPlanId() const
{
    return m_settings->value(u"export/frequencyPlanId"_s, u"EU_863_870_TTN"_s).toString();
}

void WizardSettings::setFrequencyPlanId(const QString &id)
{
    setText(*m_settings, u"export/frequencyPlanId"_s, id);
}

QString WizardSettings::devIdPrefix() const
{
    return m_settings->value(u"export/devIdPrefix"_s).toString();
}

void WizardSettings::setDevIdPrefix(const QString &prefix)
{
    setText(*m_settings, u"export/devIdPrefix"_s, prefix);
}

QString WizardSettings::lastFolder() const
{
    const QString stored = m_settings->value(u"export/lastFolder"_s).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

void WizardSettings::setLastFolder(const QString &folder)
{
    setText(*m_settings, u"export/lastFolder"_s, folder);
}

namespace {

WizardSettings::TtsTarget readTts(const QSettings &settings, const QString &group)
{
    WizardSettings::TtsTarget target;
    target.preset = settings.value(group + u"/preset"_s, u"ttn-eu1"_s).toString();
    target.identityServer = settings.value(group + u"/identityServer"_s).toString();
    target.cluster = settings.value(group + u"/cluster"_s).toString();
    target.tenant = settings.value(group + u"/tenant"_s).toString();
    target.region = settings.value(group + u"/region"_s, u"eu1"_s).toString();
    target.applicationId = settings.value(group + u"/applicationId"_s).toString();
    return target;
}

} // namespace

WizardSettings::TtsTarget WizardSettings::ttsTarget() const
{
    return readTts(*m_settings, u"tts"_s);
}

void WizardSettings::setTtsTarget(const TtsTarget &target)
{
    writeTts(u"tts"_s, target);
}

WizardSettings::TtsTarget WizardSettings::ttsSource() const
{
    return readTts(*m_settings, u"ttsSource"_s);
}

void WizardSettings::setTtsSource(const TtsTarget &source)
{
    writeTts(u"ttsSource"_s, source);
}

void WizardSettings::writeTts(const QString &group, const TtsTarget &target)
{
    setText(*m_settings, group + u"/preset"_s, target.preset);
    setText(*m_settings, group + u"/identityServer"_s, target.identityServer);
    setText(*m_settings, group + u"/cluster"_s, target.cluster);
    setText(*m_settings, group + u"/tenant"_s, target.tenant);
    setText(*m_settings, group + u"/region"_s, target.region);
    setText(*m_settings, group + u"/applicationId"_s, target.applicationId);
}

WizardSettings::ChirpStackSource WizardSettings::chirpStackSource() const
{
    ChirpStackSource source;
    source.apiUrl = m_settings->value(u"chirpstackSource/apiUrl"_s).toString();
    source.tls = m_settings->value(u"chirpstackSource/tls"_s, false).toBool();
    source.caCertPath = m_settings->value(u"chirpstackSource/caCert"_s).toString();
    source.tenantId = m_settings->value(u"chirpstackSource/tenantId"_s).toString();
    source.application = m_settings->value(u"chirpstackSource/application"_s).toString();
    return source;
}

void WizardSettings::setChirpStackSource(const ChirpStackSource &source)
{
    setText(*m_settings, u"chirpstackSource/apiUrl"_s, source.apiUrl);
    m_settings->setValue(u"chirpstackSource/tls"_s, source.tls);
    setText(*m_settings, u"chirpstackSource/caCert"_s, source.caCertPath);
    setText(*m_settings, u"chirpstackSource/tenantId"_s, source.tenantId);
    setText(*m_settings, u"chirpstackSource/application"_s, source.application);
}

namespace {
QString rememberKeyName(WizardSettings::RememberedKey key)
{
    switch (key) {
    case WizardSettings::RememberedKey::V2AccessKey:
        return u"keychain/rememberV2AccessKey"_s;
    case WizardSettings::RememberedKey::TtsApiKey:
        return u"keychain/rememberTtsApiKey"_s;
    case WizardSettings::RememberedKey::ChirpStackApiKey:
        break;
    }
    return u"keychain/rememberChirpStackApiKey"_s;
}
} // namespace

bool WizardSettings::rememberKey(RememberedKey key) const
{
    return m_settings->value(rememberKeyName(key), false).toBool();
}

void WizardSettings::setRememberKey(RememberedKey key, bool remember)
{
    m_settings->setValue(rememberKeyName(key), remember);
}

bool WizardSettings::checklistItem(const QString &appId, const QString &item) const
{
    return m_settings->value(checklistKey(appId, item), false).toBool();
}

void WizardSettings::setChecklistItem(const QString &appId, const QString &item, bool done)
{
    m_settings->setValue(checklistKey(appId, item), done);
}

bool WizardSettings::exportChecklistItem(const QString &exportId, const QString &item) const
{
    return m_settings->value(exportChecklistKey(exportId, item), false).toBool();
}

void WizardSettings::setExportChecklistItem(const QString &exportId, const QString &item, bool done)
{
    m_settings->setValue(exportChecklistKey(exportId, item), done);
}

void WizardSettings::sync()
{
    m_settings->sync();
}
