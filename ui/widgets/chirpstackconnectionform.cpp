#include "widgets/chirpstackconnectionform.h"

#include "settings/keychain.h"
#include "settings/wizardsettings.h"
#include "source/devicesources.h"
#include "util/localenumbers.h"
#include "util/redact.h"
#include "validation/wizarderrortext.h"
#include "widgets/filedialogprovider.h"
#include "widgets/focushandoff.h"
#include "widgets/focusorder.h"
#include "widgets/frequencyplanpicker.h"
#include "widgets/inlinemessage.h"
#include "widgets/rememberkeybox.h"
#include "widgets/secretedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <utility>

using namespace Qt::StringLiterals;

ChirpStackConnectionForm::ChirpStackConnectionForm(QWidget *parent)
    : QWidget(parent)
    , m_server(new QLineEdit(this))
    , m_apiKey(new SecretEdit(tr("Show the API key"), tr("Hide the API key"), this))
    , m_remember(
          new RememberKeyBox(WizardSettings::RememberedKey::ChirpStackApiKey, m_apiKey, this))
    , m_tls(new QCheckBox(tr("Use &TLS (ChirpStack behind an HTTPS reverse proxy)"), this))
    , m_caCert(new QLineEdit(this))
    , m_browse(new QPushButton(tr("C&hoose…"), this))
    , m_tenant(new QLineEdit(this))
    , m_application(new QComboBox(this))
    , m_list(new QPushButton(tr("&List applications"), this))
    , m_listStatus(new InlineMessage(this))
    , m_overridePlan(new QCheckBox(tr("One frequency &plan for every device (else each device "
                                      "profile's region's)"),
          this))
    , m_plan(new FrequencyPlanPicker(this))
{
    m_overridePlan->setObjectName(u"chirpstackOverridePlanCheck"_s);
    m_plan->setObjectName(u"chirpstackPlanPicker"_s);
    m_plan->setVisible(false);
    // Tab goes through the picker's own parts in the form's order; its focus proxy would put
    // the picker in the chain a second time, behind the page's last control.
    m_plan->setFocusProxy(nullptr);
    // The v2 panel has a picker too: tests and the tour find each by its own names.
    const QList<QObject *> pickerParts = m_plan->findChildren<QObject *>();
    for (QObject *part : pickerParts) {
        const QString name = part->objectName();
        if (!name.isEmpty() && !name.startsWith(u"qt_"_s))
            part->setObjectName(u"chirpstack"_s + name.at(0).toUpper() + name.mid(1));
    }
    m_server->setObjectName(u"chirpstackServerEdit"_s);
    m_server->setAccessibleName(tr("ChirpStack server"));
    m_server->setPlaceholderText(tr("host:port, e.g. chirpstack.example.com:8080"));
    m_apiKey->setObjectName(u"chirpstackApiKeyEdit"_s);
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setPlaceholderText(tr("An API key (token) from ChirpStack's web interface"));
    m_apiKey->revealAction()->setObjectName(u"showChirpStackKeyAction"_s);
    m_remember->setObjectName(u"rememberChirpStackKey"_s);
    m_remember->checkBox()->setObjectName(u"rememberChirpStackKeyCheck"_s);
    m_tls->setObjectName(u"chirpstackTlsCheck"_s);
    m_caCert->setObjectName(u"chirpstackCaCertEdit"_s);
    m_caCert->setAccessibleName(tr("CA certificate file"));
    m_caCert->setPlaceholderText(tr("Optional: PEM file of a private certificate authority"));
    m_browse->setObjectName(u"chirpstackCaCertBrowseButton"_s);
    m_tenant->setObjectName(u"chirpstackTenantEdit"_s);
    m_tenant->setAccessibleName(tr("Tenant ID"));
    m_tenant->setPlaceholderText(
        tr("Optional: with a tenant key, to find the application by name"));
    m_application->setObjectName(u"chirpstackApplicationCombo"_s);
    m_application->setEditable(true);
    m_application->setInsertPolicy(QComboBox::NoInsert);
    m_application->setAccessibleName(tr("Application"));
    m_application->lineEdit()->setPlaceholderText(tr("The application's UUID or name"));
    m_list->setObjectName(u"chirpstackListApplicationsButton"_s);
    m_listStatus->setObjectName(u"chirpstackListStatus"_s);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caCert, 1);
    caRow->addWidget(m_browse);
    auto *appRow = new QHBoxLayout;
    appRow->addWidget(m_application, 1);
    appRow->addWidget(m_list);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->addWidget(label(tr("ChirpStack ser&ver:"), m_server), 0, 0);
    grid->addWidget(m_server, 0, 1);
    grid->addWidget(label(tr("API ke&y:"), m_apiKey), 1, 0);
    grid->addWidget(m_apiKey, 1, 1);
    grid->addWidget(m_remember, 2, 1);
    grid->addWidget(m_tls, 3, 1);
    grid->addWidget(label(tr("CA c&ertificate:"), m_caCert), 4, 0);
    grid->addLayout(caRow, 4, 1);
    grid->addWidget(label(tr("Tenant I&D:"), m_tenant), 5, 0);
    grid->addWidget(m_tenant, 5, 1);
    grid->addWidget(label(tr("&Application:"), m_application), 6, 0);
    grid->addLayout(appRow, 6, 1);
    grid->addWidget(m_listStatus, 7, 1);
    grid->addWidget(m_overridePlan, 8, 1);
    grid->addWidget(m_plan, 9, 1);
    FocusOrder::apply(grid);
    connect(m_overridePlan, &QCheckBox::toggled, this, [this](bool on) {
        m_plan->setVisible(on);
        emit changed();
    });
    connect(
        m_plan, &FrequencyPlanPicker::currentPlanChanged, this, &ChirpStackConnectionForm::changed);

    for (QLineEdit *edit : std::initializer_list<QLineEdit *> {
             m_server, m_apiKey, m_caCert, m_tenant, m_application->lineEdit() })
        connect(edit, &QLineEdit::textChanged, this, &ChirpStackConnectionForm::changed);
    connect(m_server, &QLineEdit::textChanged, this, [this](const QString &server) {
        m_remember->setAccount(Keychain::chirpStackAccount(server));
    });
    connect(m_tls, &QCheckBox::toggled, this, &ChirpStackConnectionForm::onTlsToggled);
    connect(m_browse, &QPushButton::clicked, this, &ChirpStackConnectionForm::browseCaCertificate);
    connect(m_list, &QPushButton::clicked, this, &ChirpStackConnectionForm::listApplications);
    onTlsToggled();
}

ChirpStackConnectionForm::~ChirpStackConnectionForm()
{
    if (m_listing)
        m_listing->abort();
}

void ChirpStackConnectionForm::onTlsToggled()
{
    m_caCert->setEnabled(m_tls->isChecked());
    m_browse->setEnabled(m_tls->isChecked());
    emit changed();
}

QString ChirpStackConnectionForm::application() const
{
    const QString text = m_application->currentText().trimmed();
    const int index = m_application->findText(text);
    // A listed application by its UUID: names need not be unique across tenants.
    return index >= 0 ? m_application->itemData(index).toString() : text;
}

ChirpStackSettings ChirpStackConnectionForm::settings() const
{
    ChirpStackSettings settings;
    QString server = m_server->text().trimmed();
    static const QRegularExpression scheme(u"^[a-z]+://"_s);
    server.remove(scheme); // the form's TLS choice says it, not a scheme
    settings.connection.apiUrl = server;
    settings.connection.apiKey = m_apiKey->text().trimmed();
    settings.connection.insecure = !m_tls->isChecked();
    settings.connection.caCertPath = m_tls->isChecked() ? m_caCert->text().trimmed() : QString();
    settings.connection.tenantId = m_tenant->text().trimmed();
    settings.application = application();
    settings.frequencyPlanId = m_overridePlan->isChecked() ? m_plan->currentPlanId() : QString();
    return settings;
}

QString ChirpStackConnectionForm::problem() const
{
    static const QRegularExpression hostPort(
        u"^(?:[a-z]+://)?[^\\s/:]+:\\d{1,5}$"_s, QRegularExpression::CaseInsensitiveOption);
    const QString server = m_server->text().trimmed();
    if (server.isEmpty())
        return tr("Enter the host and port of ChirpStack's API in “%1”.")
            .arg(WizardErrorText::labels(Setting::ChirpStackApiUrl).constFirst());
    if (!hostPort.match(server).hasMatch())
        return tr("“%1” is host:port, e.g. chirpstack.example.com:8080.")
            .arg(WizardErrorText::labels(Setting::ChirpStackApiUrl).constFirst());
    if (m_apiKey->text().trimmed().isEmpty())
        return tr("Enter an API key of ChirpStack.");
    if (m_tls->isChecked() && !m_caCert->text().trimmed().isEmpty()
        && !QFileInfo(m_caCert->text().trimmed()).isReadable())
        return tr("The CA certificate file cannot be read.");
    if (application().isEmpty())
        return tr("Enter the application's UUID or name, or list the applications.");
    if (m_overridePlan->isChecked() && m_plan->currentPlanId().isEmpty())
        return tr("Choose the frequency plan for every device, or untick “%1”.")
            .arg(m_overridePlan->text().remove(u'&'));
    return {};
}

void ChirpStackConnectionForm::restore()
{
    if (m_demo)
        return; // --demo filled it for its own emulator
    const WizardSettings::ChirpStackSource saved = WizardSettings::instance().chirpStackSource();
    m_server->setText(saved.apiUrl);
    m_tls->setChecked(saved.tls);
    m_caCert->setText(saved.caCertPath);
    m_tenant->setText(saved.tenantId);
    m_application->setEditText(saved.application);
    // The command line's variables win, as they do there.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString key = env.value(u"CHIRPSTACK_API_KEY"_s, env.value(u"CHIRPSTACK_API_TOKEN"_s));
    if (!key.trimmed().isEmpty())
        m_apiKey->setText(key.trimmed());
    m_remember->load();
}

void ChirpStackConnectionForm::saveSettings() const
{
    if (m_demo)
        return; // the demo's address dies with the demo
    WizardSettings::ChirpStackSource source;
    source.apiUrl = m_server->text().trimmed();
    source.tls = m_tls->isChecked();
    source.caCertPath = m_caCert->text().trimmed();
    source.tenantId = m_tenant->text().trimmed();
    source.application = application();
    WizardSettings::instance().setChirpStackSource(source);
}

void ChirpStackConnectionForm::setPlanOverride(const QString &planId)
{
    m_overridePlan->setChecked(!planId.isEmpty());
    if (!planId.isEmpty())
        m_plan->setCurrentPlanId(planId);
}

void ChirpStackConnectionForm::commitKey()
{
    m_remember->commit();
}

void ChirpStackConnectionForm::useDemo(const QString &apiUrl, const QString &tenantId,
    const QString &application, const QString &apiKey)
{
    m_demo = true;
    m_server->setText(apiUrl);
    m_tls->setChecked(false);
    m_caCert->clear();
    m_tenant->setText(tenantId);
    m_application->setEditText(application);
    m_apiKey->setText(apiKey);
}

void ChirpStackConnectionForm::browseCaCertificate()
{
    const QString path = FileDialogProvider::getCaCertificate(this, m_caCert->text().trimmed());
    if (!path.isEmpty())
        m_caCert->setText(path);
}

void ChirpStackConnectionForm::listApplications()
{
    if (m_listing) {
        m_listing->abort();
        m_listing->deleteLater();
    }
    ExportRequest request;
    request.source = ExportSource::ChirpStack;
    request.chirpstackSource = settings();
    if (request.chirpstackSource.connection.apiUrl.isEmpty()
        || request.chirpstackSource.connection.apiKey.isEmpty()) {
        m_listStatus->showMessage(
            InlineMessage::Kind::Warning, tr("Enter the server and the API key first."));
        return;
    }
    Redact::registerSecret(request.chirpstackSource.connection.apiKey);
    // Through the source seam: the form never speaks gRPC.
    m_listing = DeviceSources::forRequest(request, this);
    connect(m_listing, &DeviceSource::applicationsListed, this,
        [this](const QList<DeviceSource::Application> &applications, const SourceError &error) {
            const bool hadFocus = std::exchange(m_listHadFocus, false);
            m_listing->deleteLater();
            m_listing = nullptr;
            m_list->setEnabled(true);
            if (error.isError()) {
                m_listStatus->showMessage(
                    InlineMessage::Kind::Error, WizardErrorText::sentence(error));
                if (hadFocus)
                    m_list->setFocus();
                return;
            }
            const QString typed = m_application->currentText();
            m_application->clear();
            for (const DeviceSource::Application &app : applications)
                m_application->addItem(app.name, app.id);
            const int keep = m_application->findText(typed);
            if (keep >= 0)
                m_application->setCurrentIndex(keep);
            else if (applications.isEmpty())
                m_application->setEditText(typed);
            m_listStatus->showMessage(InlineMessage::Kind::Success,
                LocaleNumbers::withGroupedN(
                    tr("%n application(s) the key can see.", nullptr, int(applications.size())),
                    int(applications.size())));
            if (hadFocus)
                m_application->setFocus();
            emit changed();
        });
    m_listStatus->showMessage(InlineMessage::Kind::Busy, tr("Listing applications…"));
    m_listHadFocus = FocusHandOff::disable(m_list, m_application);
    m_listing->listApplications();
}
