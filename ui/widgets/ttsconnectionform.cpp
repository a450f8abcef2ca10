#include "widgets/ttsconnectionform.h"

#include "settings/keychain.h"
#include "settings/wizardsettings.h"
#include "util/redact.h"
#include "widgets/focusorder.h"
#include "widgets/rememberkeybox.h"
#include "widgets/secretedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

enum PresetRole { KeyRole = Qt::UserRole + 1, IdentityRole, ClusterRole };

const QString kCloud = u"cloud"_s;
const QString kCustom = u"custom"_s;
const QString kDemo = u"demo"_s;
const QString kTtnIs = u"https://eu1.cloud.thethings.network"_s;

// "https://x/api/v3/" and "https://x" name the same server.
QString comparable(const QString &url)
{
    QString text = url.trimmed();
    while (text.endsWith(u'/'))
        text.chop(1);
    if (text.endsWith(u"/api/v3"_s))
        text.chop(7);
    return text.toLower();
}

QString cloudUrl(const QString &tenant, const QString &region)
{
    return u"https://%1.%2.cloud.thethings.industries"_s.arg(tenant.trimmed().toLower(), region);
}

} // namespace

TtsConnectionForm::TtsConnectionForm(QWidget *parent, Role role)
    : QWidget(parent)
    , m_role(role)
    , m_preset(new QComboBox(this))
    , m_tenantLabel(new QLabel(tr("&Tenant:"), this))
    , m_tenant(new QLineEdit(this))
    , m_regionLabel(new QLabel(tr("Re&gion:"), this))
    , m_region(new QComboBox(this))
    , m_identityServer(new QLineEdit(this))
    , m_cluster(new QLineEdit(this))
    , m_appId(new QLineEdit(this))
    , m_apiKey(new SecretEdit(tr("Show the API key"), tr("Hide the API key"), this))
    , m_remember(new RememberKeyBox(WizardSettings::RememberedKey::TtsApiKey, m_apiKey, this))
{
    m_preset->setObjectName(u"ttsPresetCombo"_s);
    m_preset->setAccessibleName(tr("Where The Things Stack runs"));
    m_tenant->setObjectName(u"ttsTenantEdit"_s);
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setPlaceholderText(tr("e.g. my-company"));
    m_region->setObjectName(u"ttsRegionCombo"_s);
    m_region->setAccessibleName(tr("Region"));
    m_region->addItems({ u"eu1"_s, u"nam1"_s, u"au1"_s });
    m_identityServer->setObjectName(u"ttsAddressEdit"_s);
    m_identityServer->setAccessibleName(tr("Identity Server address"));
    m_identityServer->setPlaceholderText(u"https://tts.example.com"_s);
    m_cluster->setObjectName(u"ttsClusterEdit"_s);
    m_cluster->setAccessibleName(tr("Cluster address"));
    m_cluster->setPlaceholderText(tr("Empty: the same as the Identity Server"));
    m_appId->setObjectName(u"ttsAppIdEdit"_s);
    m_appId->setAccessibleName(tr("Application ID in The Things Stack"));
    m_appId->setPlaceholderText(tr("e.g. my-sensors"));
    m_apiKey->setObjectName(u"ttsApiKeyEdit"_s);
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setPlaceholderText(u"NNSXS.…"_s);
    m_apiKey->revealAction()->setObjectName(u"showTtsKeyAction"_s);
    m_remember->setObjectName(u"rememberTtsKey"_s);
    m_remember->checkBox()->setObjectName(u"rememberTtsKeyCheck"_s);
    buildPresets();

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    m_tenantLabel->setBuddy(m_tenant);
    m_regionLabel->setBuddy(m_region);
    auto *cloudRow = new QHBoxLayout;
    cloudRow->setContentsMargins(0, 0, 0, 0);
    cloudRow->addWidget(m_tenant, 1);
    cloudRow->addWidget(m_regionLabel);
    cloudRow->addWidget(m_region);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->addWidget(label(tr("&Where The Things Stack runs:"), m_preset), 0, 0);
    grid->addWidget(m_preset, 0, 1);
    grid->addWidget(m_tenantLabel, 1, 0);
    grid->addLayout(cloudRow, 1, 1);
    grid->addWidget(label(tr("I&dentity Server:"), m_identityServer), 2, 0);
    grid->addWidget(m_identityServer, 2, 1);
    grid->addWidget(label(tr("C&luster:"), m_cluster), 3, 0);
    grid->addWidget(m_cluster, 3, 1);
    grid->addWidget(label(tr("&Application ID:"), m_appId), 4, 0);
    grid->addWidget(m_appId, 4, 1);
    grid->addWidget(label(tr("API &key:"), m_apiKey), 5, 0);
    grid->addWidget(m_apiKey, 5, 1);
    grid->addWidget(m_remember, 6, 1);

    FocusOrder::apply(grid);
    if (m_role == Role::Source) {
        // Both forms live in one wizard: tests and the tour find each by its own names.
        const QList<QObject *> named = findChildren<QObject *>();
        for (QObject *child : named) {
            QString name = child->objectName();
            if (name.startsWith(u"tts"_s))
                child->setObjectName(u"ttsSource"_s + name.mid(3));
            else if (name.contains(u"Tts"_s))
                child->setObjectName(name.replace(u"Tts"_s, u"TtsSource"_s));
        }
    }

    connect(m_preset, &QComboBox::currentIndexChanged, this, &TtsConnectionForm::onPresetChanged);
    connect(m_region, &QComboBox::currentIndexChanged, this, &TtsConnectionForm::onPresetChanged);
    connect(m_tenant, &QLineEdit::textChanged, this, &TtsConnectionForm::onPresetChanged);
    for (QLineEdit *edit :
        std::initializer_list<QLineEdit *> { m_identityServer, m_cluster, m_appId, m_apiKey })
        connect(edit, &QLineEdit::textChanged, this, &TtsConnectionForm::changed);
    connect(m_appId, &QLineEdit::textChanged, this, &TtsConnectionForm::updateAccount);
    connect(m_identityServer, &QLineEdit::textChanged, this, &TtsConnectionForm::updateAccount);
    onPresetChanged();
}

void TtsConnectionForm::buildPresets()
{
    auto add = [this](const QString &label, const QString &key, const QString &identity,
                   const QString &cluster) {
        m_preset->addItem(label);
        const int i = m_preset->count() - 1;
        m_preset->setItemData(i, key, KeyRole);
        m_preset->setItemData(i, identity, IdentityRole);
        m_preset->setItemData(i, cluster, ClusterRole);
    };
    // TTN keeps its Identity Server on eu1 only; the other clusters serve the devices.
    add(tr("The Things Network, Europe (eu1)"), u"ttn-eu1"_s, kTtnIs, QString());
    add(tr("The Things Network, North America (nam1)"), u"ttn-nam1"_s, kTtnIs,
        u"https://nam1.cloud.thethings.network"_s);
    add(tr("The Things Network, Australia (au1)"), u"ttn-au1"_s, kTtnIs,
        u"https://au1.cloud.thethings.network"_s);
    add(tr("The Things Stack Cloud (your tenant)"), kCloud, QString(), QString());
    add(tr("Custom (self-hosted)…"), kCustom, QString(), QString());
}

QString TtsConnectionForm::presetKey() const
{
    return m_preset->currentData(KeyRole).toString();
}

bool TtsConnectionForm::selectPreset(const QString &key)
{
    const int index = m_preset->findData(key, KeyRole);
    if (index < 0)
        return false;
    m_preset->setCurrentIndex(index);
    return true;
}

void TtsConnectionForm::onPresetChanged()
{
    const QString key = presetKey();
    const bool cloud = key == kCloud;
    const bool custom = key == kCustom;
    m_tenantLabel->setVisible(cloud);
    m_tenant->setVisible(cloud);
    m_regionLabel->setVisible(cloud);
    m_region->setVisible(cloud);
    m_identityServer->setReadOnly(!custom);
    m_cluster->setReadOnly(!custom);
    if (cloud) {
        const QString url = m_tenant->text().trimmed().isEmpty()
            ? QString()
            : cloudUrl(m_tenant->text(), m_region->currentText());
        m_identityServer->setText(url);
        m_cluster->clear();
    } else if (!custom) {
        m_identityServer->setText(m_preset->currentData(IdentityRole).toString());
        m_cluster->setText(m_preset->currentData(ClusterRole).toString());
    }
    emit changed();
}

QUrl TtsConnectionForm::identityServerUrl() const
{
    return QUrl(m_identityServer->text().trimmed(), QUrl::StrictMode);
}

QUrl TtsConnectionForm::clusterUrl() const
{
    const QString text = m_cluster->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

TtsConnection TtsConnectionForm::connection() const
{
    TtsConnection connection;
    connection.identityServerUrl = identityServerUrl();
    connection.clusterUrl = clusterUrl();
    connection.applicationId = m_appId->text().trimmed();
    connection.apiKey = m_apiKey->text().trimmed();
    return connection;
}

QString TtsConnectionForm::problem() const
{
    if (presetKey() == kCloud && m_tenant->text().trimmed().isEmpty())
        return tr("Enter your The Things Stack Cloud tenant.");
    if (m_identityServer->text().trimmed().isEmpty())
        return tr("Enter the Identity Server address of The Things Stack.");
    if (const QString p = TtsConnectionCheck::baseUrlProblem(identityServerUrl()); !p.isEmpty())
        return tr("Identity Server: %1.").arg(p);
    if (!m_cluster->text().trimmed().isEmpty()) {
        if (const QString p = TtsConnectionCheck::baseUrlProblem(clusterUrl()); !p.isEmpty())
            return tr("Cluster: %1.").arg(p);
    }
    const QString app = m_appId->text().trimmed();
    if (app.isEmpty())
        return tr("Enter the ID of the application in The Things Stack.");
    if (!TtsConnectionCheck::idOk(app))
        return tr("Application ID: 3 to 36 lower-case letters, digits and single dashes.");
    const QString key = m_apiKey->text().trimmed();
    if (key.isEmpty())
        return tr("Enter an API key of the application (NNSXS.…).");
    if (!TtsConnectionCheck::apiKeyShapeOk(key))
        return tr("API key: that is not an API key (it looks like NNSXS.<ID>.<SECRET>).");
    return {};
}

void TtsConnectionForm::restore()
{
    if (m_preset->findData(kDemo, KeyRole) >= 0)
        return; // --demo filled it for its own emulator
    const WizardSettings::TtsTarget saved = m_role == Role::Source
        ? WizardSettings::instance().ttsSource()
        : WizardSettings::instance().ttsTarget();
    if (!selectPreset(saved.preset))
        selectPreset(u"ttn-eu1"_s);
    m_tenant->setText(saved.tenant);
    const int region = m_region->findText(saved.region);
    m_region->setCurrentIndex(region >= 0 ? region : 0);
    if (presetKey() == kCustom) {
        m_identityServer->setText(saved.identityServer);
        m_cluster->setText(saved.cluster);
    }
    m_appId->setText(saved.applicationId);
    applyEnvironment();
    updateAccount();
    m_remember->load();
}

void TtsConnectionForm::applyEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The command line's variables of this side only: the source never reads the target's.
    const bool source = m_role == Role::Source;
    const QString address
        = env.value(source ? u"TTS_SOURCE_ADDRESS"_s : u"TTS_ADDRESS"_s).trimmed();
    const QString cluster = source ? QString() : env.value(u"TTS_CLUSTER_ADDRESS"_s).trimmed();
    if (!address.isEmpty()) {
        // A preset when the addresses are one, else "custom" with them.
        static const QRegularExpression cloudPattern(
            u"^https://([a-z0-9-]+)\\.(eu1|nam1|au1)\\.cloud\\.thethings\\.industries$"_s);
        const QRegularExpressionMatch cloud = cloudPattern.match(comparable(address));
        bool matched = false;
        for (int i = 0; i < m_preset->count() && !matched; ++i) {
            const QString identity = m_preset->itemData(i, IdentityRole).toString();
            QString presetCluster = m_preset->itemData(i, ClusterRole).toString();
            if (identity.isEmpty())
                continue;
            if (presetCluster.isEmpty())
                presetCluster = identity;
            const QString wantedCluster = cluster.isEmpty() ? address : cluster;
            if (comparable(identity) == comparable(address)
                && comparable(presetCluster) == comparable(wantedCluster)) {
                m_preset->setCurrentIndex(i);
                matched = true;
            }
        }
        if (!matched && cloud.hasMatch()
            && (cluster.isEmpty() || comparable(cluster) == comparable(address))) {
            selectPreset(kCloud);
            m_tenant->setText(cloud.captured(1));
            m_region->setCurrentIndex(m_region->findText(cloud.captured(2)));
            matched = true;
        }
        if (!matched) {
            selectPreset(kCustom);
            m_identityServer->setText(address);
            m_cluster->setText(cluster);
        }
    }
    const QString app = env.value(source ? u"TTS_APP_ID"_s : u"TTS_APPLICATION_ID"_s).trimmed();
    if (!app.isEmpty())
        m_appId->setText(app);
    const QString key = env.value(source ? u"TTS_APP_API_KEY"_s : u"TTS_API_KEY"_s).trimmed();
    if (!key.isEmpty()) {
        Redact::registerSecret(key);
        m_apiKey->setText(key);
    }
}

void TtsConnectionForm::saveSettings() const
{
    if (presetKey() == kDemo)
        return; // the demo's address dies with the demo
    WizardSettings::TtsTarget target;
    target.preset = presetKey();
    target.identityServer = m_identityServer->text().trimmed();
    target.cluster = m_cluster->text().trimmed();
    target.tenant = m_tenant->text().trimmed();
    target.region = m_region->currentText();
    target.applicationId = m_appId->text().trimmed();
    if (m_role == Role::Source)
        WizardSettings::instance().setTtsSource(target);
    else
        WizardSettings::instance().setTtsTarget(target);
}

void TtsConnectionForm::commitKey()
{
    m_remember->commit();
}

void TtsConnectionForm::updateAccount()
{
    m_remember->setAccount(
        Keychain::ttsAccount(identityServerUrl().host(), m_appId->text().trimmed()));
}

void TtsConnectionForm::useDemo(
    const QUrl &address, const QString &applicationId, const QString &apiKey)
{
    const QString url = address.toString(QUrl::StripTrailingSlash);
    if (m_preset->findData(kDemo, KeyRole) < 0) {
        m_preset->insertItem(0, tr("Local emulator (demo)"));
        m_preset->setItemData(0, kDemo, KeyRole);
    }
    m_preset->setItemData(0, url, IdentityRole);
    m_preset->setItemData(0, QString(), ClusterRole);
    m_preset->setCurrentIndex(0);
    onPresetChanged();
    m_appId->setText(applicationId);
    m_apiKey->setText(apiKey);
}

TtsConnectionChoice TtsConnectionForm::choice() const
{
    TtsConnectionChoice choice;
    if (const int demo = m_preset->findData(kDemo, KeyRole); demo >= 0)
        choice.demoAddress = QUrl(m_preset->itemData(demo, IdentityRole).toString());
    choice.presetKey = presetKey();
    choice.tenant = m_tenant->text();
    choice.regionIndex = m_region->currentIndex();
    choice.identityServer = m_identityServer->text();
    choice.cluster = m_cluster->text();
    choice.applicationId = m_appId->text();
    choice.apiKey = m_apiKey->text();
    choice.rememberKey = m_remember->checkBox()->isChecked();
    return choice;
}

void TtsConnectionForm::setChoice(const TtsConnectionChoice &choice)
{
    if (!choice.demoAddress.isEmpty())
        useDemo(choice.demoAddress, QString(), QString());
    selectPreset(choice.presetKey);
    m_tenant->setText(choice.tenant);
    m_region->setCurrentIndex(choice.regionIndex);
    if (presetKey() == kCustom) {
        m_identityServer->setText(choice.identityServer);
        m_cluster->setText(choice.cluster);
    }
    m_appId->setText(choice.applicationId);
    m_apiKey->setText(choice.apiKey);
    m_remember->checkBox()->blockSignals(true); // the same choice, not a new one
    m_remember->checkBox()->setChecked(choice.rememberKey);
    m_remember->checkBox()->blockSignals(false);
}

QWidget *TtsConnectionForm::firstIncompleteField() const
{
    if (presetKey() == kCloud && m_tenant->text().trimmed().isEmpty())
        return m_tenant;
    if (presetKey() == kCustom && m_identityServer->text().trimmed().isEmpty())
        return m_identityServer;
    if (m_appId->text().trimmed().isEmpty())
        return m_appId;
    if (m_apiKey->text().trimmed().isEmpty())
        return m_apiKey;
    return nullptr;
}

QString TtsConnectionForm::summary() const
{
    return tr("%1, application “%2”")
        .arg(presetKey() == kCustom || presetKey() == kCloud || presetKey() == kDemo
                ? m_identityServer->text().trimmed()
                : m_preset->currentText(),
            m_appId->text().trimmed());
}
