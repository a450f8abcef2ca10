#include "pages/connectpage.h"

#include "convert/frequencyplancatalog.h"
#include "job/connectiontest.h"
#include "session/migrationsession.h"
#include "settings/keychain.h"
#include "settings/wizardsettings.h"
#include "source/devicesource.h"
#include "source/devicesources.h"
#include "util/localenumbers.h"
#include "util/redact.h"
#include "v2/v2errortext.h"
#include "validation/inputrules.h"
#include "validation/wizarderrortext.h"
#include "widgets/chirpstackconnectionform.h"
#include "widgets/filedialogprovider.h"
#include "widgets/focushandoff.h"
#include "widgets/focusorder.h"
#include "widgets/frequencyplanpicker.h"
#include "widgets/inlinemessage.h"
#include "widgets/rememberkeybox.h"
#include "widgets/secretedit.h"
#include "widgets/ttsconnectionform.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace {
enum PresetRole { KindRole = Qt::UserRole + 1, UrlRole };
using AddressKind = WizardSettings::AddressKind;
} // namespace

ConnectPage::ConnectPage(MigrationSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_sourceV2(new QRadioButton(tr("TTN v&2 (private cluster)"), this))
    , m_sourceTts(new QRadioButton(tr("The Th&ings Stack"), this))
    , m_sourceChirpStack(new QRadioButton(tr("ChirpStack v&4"), this))
    , m_sourceHint(new QLabel(this))
    , m_sourcePanels(new QStackedWidget(this))
    , m_ttsForm(new TtsConnectionForm(this, TtsConnectionForm::Role::Source))
    , m_ttsTest { new QPushButton(tr("T&est connection"), this), new InlineMessage(this), {} }
    , m_chirpForm(new ChirpStackConnectionForm(this))
    , m_chirpTest { new QPushButton(tr("Test c&onnection"), this), new InlineMessage(this), {} }
    , m_appId(new QLineEdit(this))
    , m_accessKey(new SecretEdit(tr("Show the access key"), tr("Hide the access key"), this))
    , m_rememberKey(
          new RememberKeyBox(WizardSettings::RememberedKey::V2AccessKey, m_accessKey, this))
    , m_preset(new QComboBox(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_caCert(new QLineEdit(this))
    , m_browseCaCert(new QPushButton(tr("B&rowse…"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_status(new InlineMessage(this))
    , m_plan(new FrequencyPlanPicker(this))
{
    m_sourceV2->setObjectName(u"sourceV2Radio"_s);
    m_sourceTts->setObjectName(u"sourceTtsRadio"_s);
    m_sourceChirpStack->setObjectName(u"sourceChirpStackRadio"_s);
    // Only where the executable registered the gRPC source (the wizard does; page tests may not).
    m_sourceChirpStack->setEnabled(DeviceSources::isAvailable(ExportSource::ChirpStack));
    m_sourceV2->setChecked(true);
    m_sourceHint->setObjectName(u"sourceHint"_s);
    m_sourceHint->setWordWrap(true);
    m_sourceHint->setForegroundRole(QPalette::PlaceholderText);
    m_sourcePanels->setObjectName(u"sourcePanels"_s);
    m_ttsTest.button->setObjectName(u"ttsSourceTestButton"_s);
    m_ttsTest.status->setObjectName(u"ttsSourceStatus"_s);
    m_chirpForm->setObjectName(u"chirpstackSourceForm"_s);
    m_chirpTest.button->setObjectName(u"chirpstackTestButton"_s);
    m_chirpTest.status->setObjectName(u"chirpstackStatus"_s);

    m_appId->setObjectName(u"appIdEdit"_s);
    m_appId->setAccessibleName(tr("Application ID"));
    m_appId->setPlaceholderText(tr("e.g. my-sensors"));
    m_accessKey->setObjectName(u"accessKeyEdit"_s);
    m_accessKey->setAccessibleName(tr("Access key"));
    m_accessKey->setPlaceholderText(u"ttn-account-v2.…"_s);
    m_accessKey->revealAction()->setObjectName(u"showKeyAction"_s);
    auto *keyHint = new QLabel(tr("Needs the “devices” right. It is used for this session only "
                                  "and never saved, unless you ask for the system keychain."),
        this);
    m_rememberKey->setObjectName(u"rememberV2Key"_s);
    m_rememberKey->checkBox()->setObjectName(u"rememberV2KeyCheck"_s);
    connect(m_appId, &QLineEdit::textChanged, this, [this](const QString &appId) {
        m_rememberKey->setAccount(Keychain::v2Account(appId.trimmed()));
    });
    keyHint->setWordWrap(true);
    keyHint->setForegroundRole(QPalette::PlaceholderText);

    m_preset->setObjectName(u"addressPresetCombo"_s);
    m_preset->setAccessibleName(tr("Where TTN v2 runs"));
    m_address->setObjectName(u"addressEdit"_s);
    m_address->setAccessibleName(tr("v2 address"));
    m_caCert->setObjectName(u"caCertEdit"_s);
    m_caCert->setAccessibleName(tr("CA certificate file"));
    m_caCert->setPlaceholderText(tr("Optional: PEM file for a private HTTPS deployment"));
    m_browseCaCert->setObjectName(u"caCertBrowseButton"_s);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_status->setObjectName(u"connectionStatus"_s);
    connect(m_status, &InlineMessage::actionTriggered, this, [this] {
        const bool hadFocus = m_status->isAncestorOf(QApplication::focusWidget());
        cancelTest();
        m_status->showMessage(InlineMessage::Kind::Info, tr("The connection test was canceled."));
        if (hadFocus)
            m_test->setFocus();
    });
    m_plan->setObjectName(u"planPicker"_s);
    buildPresets();

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caCert, 1);
    caRow->addWidget(m_browseCaCert);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);

    // A grid rather than a QFormLayout: the form layout hands spare height to rows with
    // wrapped text, which left gaps under the connection result.
    auto *v2Panel = new QWidget(this);
    v2Panel->setObjectName(u"v2SourcePanel"_s);
    auto *grid = new QGridLayout(v2Panel);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    auto addRow = [grid, this](QLabel *label, QWidget *field, QLayout *fieldLayout) {
        const int row = grid->rowCount();
        if (label) {
            // A composite field takes the focus through its first input (a label's mnemonic
            // never focuses a widget that does not accept focus itself).
            label->setBuddy(field == m_plan ? m_plan->filterEdit() : field);
            // Level with the first line of its field (the plan picker starts with its filter).
            const QWidget *firstLine = field == m_plan ? m_plan->filterEdit() : field;
            const int offset = (firstLine->sizeHint().height() - label->sizeHint().height()) / 2;
            label->setContentsMargins(0, std::max(0, offset), 0, 0);
            grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        }
        if (fieldLayout)
            grid->addLayout(fieldLayout, row, 1);
        else
            grid->addWidget(field, row, 1);
    };
    auto label = [this](const QString &text) { return new QLabel(text, this); };
    addRow(label(tr("&Application ID:")), m_appId, nullptr);
    addRow(label(tr("Access &key:")), m_accessKey, nullptr);
    addRow(nullptr, keyHint, nullptr);
    addRow(nullptr, m_rememberKey, nullptr);
    addRow(label(tr("&Where v2 runs:")), m_preset, nullptr);
    addRow(m_addressLabel, m_address, nullptr);
    addRow(label(tr("CA c&ertificate:")), m_caCert, caRow);
    addRow(nullptr, m_test, testRow);
    addRow(nullptr, m_status, nullptr);
    addRow(label(tr("&Frequency plan:")), m_plan, nullptr);
    grid->setRowStretch(grid->rowCount() - 1, 1);

    // A source tested through the seam: its form, a hint about the key, Test connection and
    // its result. The tts source has the import page's connection form, ChirpStack its own.
    auto seamPanel
        = [this](const QString &name, QWidget *form, const QString &hint, const SourceTest &test) {
              auto *panel = new QWidget(this);
              panel->setObjectName(name);
              auto *hintLabel = new QLabel(hint, this);
              hintLabel->setWordWrap(true);
              hintLabel->setForegroundRole(QPalette::PlaceholderText);
              auto *buttonRow = new QHBoxLayout;
              buttonRow->addWidget(test.button);
              buttonRow->addStretch(1);
              auto *layout = new QVBoxLayout(panel);
              layout->setContentsMargins(0, 0, 0, 0);
              layout->addWidget(form);
              layout->addWidget(hintLabel);
              layout->addLayout(buttonRow);
              layout->addWidget(test.status);
              layout->addStretch(1);
              m_sourcePanels->addWidget(panel);
              return layout;
          };
    m_sourcePanels->addWidget(v2Panel);
    QVBoxLayout *ttsLayout = seamPanel(u"ttsSourcePanel"_s, m_ttsForm,
        tr("The key needs the rights to read the application's devices and their keys. "
           "Nothing is changed in that deployment: the export only reads."),
        m_ttsTest);
    QVBoxLayout *chirpLayout = seamPanel(u"chirpstackSourcePanel"_s, m_chirpForm,
        tr("An admin key, or a key of the tenant that holds the application. The export only "
           "reads; the next steps offer to disable the migrated devices in ChirpStack."),
        m_chirpTest);

    auto *sourceLabel = new QLabel(tr("Where are your devices now?"), this);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->setContentsMargins(0, 0, 0, 0);
    sourceRow->addWidget(m_sourceV2);
    sourceRow->addWidget(m_sourceTts);
    sourceRow->addWidget(m_sourceChirpStack);
    sourceRow->addStretch(1);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *outer = new QVBoxLayout(body());
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(sourceLabel);
    outer->addLayout(sourceRow);
    outer->addWidget(m_sourceHint);
    outer->addWidget(line);
    outer->addWidget(m_sourcePanels, 1);

    setTabOrder(m_sourceChirpStack, m_appId);
    setTabOrder(m_appId, m_accessKey);
    setTabOrder(m_accessKey, m_rememberKey->checkBox());
    setTabOrder(m_rememberKey->checkBox(), m_preset);
    setTabOrder(m_preset, m_address);
    setTabOrder(m_address, m_caCert);
    setTabOrder(m_caCert, m_browseCaCert);
    setTabOrder(m_browseCaCert, m_test);
    setTabOrder(m_test, m_plan->filterEdit());
    // The tts panel follows the v2 one (Tab skips the hidden panel).
    QWidget *previous = m_plan->filterEdit();
    const QList<QWidget *> ttsChain = FocusOrder::inLayoutOrder(ttsLayout);
    const QList<QWidget *> chirpChain = FocusOrder::inLayoutOrder(chirpLayout);
    for (QWidget *widget : ttsChain + chirpChain) {
        setTabOrder(previous, widget);
        previous = widget;
    }
    setTabOrder(m_sourceV2, m_sourceTts);
    setTabOrder(m_sourceTts, m_sourceChirpStack);
    setTabOrder(m_sourceChirpStack, m_appId);

    connect(m_sourceV2, &QRadioButton::toggled, this, &ConnectPage::onSourceChanged);
    connect(m_sourceTts, &QRadioButton::toggled, this, &ConnectPage::onSourceChanged);
    connect(m_sourceChirpStack, &QRadioButton::toggled, this, &ConnectPage::onSourceChanged);
    for (SourceTest *test : { &m_ttsTest, &m_chirpTest }) {
        connect(test->button, &QPushButton::clicked, this, &ConnectPage::testSourceConnection);
        connect(test->status, &InlineMessage::actionTriggered, this, [this, test] {
            const bool hadFocus = test->status->isAncestorOf(QApplication::focusWidget());
            cancelSourceTest(*test);
            test->status->showMessage(
                InlineMessage::Kind::Info, tr("The connection test was canceled."));
            if (hadFocus)
                test->button->setFocus();
        });
    }
    // A test result is only true for the values it was run with.
    auto formChanged = [this](SourceTest *test) {
        return [this, test] {
            cancelSourceTest(*test);
            test->status->clear();
            updateCompleteness();
        };
    };
    connect(m_ttsForm, &TtsConnectionForm::changed, this, formChanged(&m_ttsTest));
    connect(m_chirpForm, &ChirpStackConnectionForm::changed, this, formChanged(&m_chirpTest));

    for (QLineEdit *edit :
        std::initializer_list<QLineEdit *> { m_appId, m_accessKey, m_address, m_caCert })
        connect(edit, &QLineEdit::textChanged, this, &ConnectPage::onInputChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ConnectPage::onPresetChanged);
    connect(m_browseCaCert, &QPushButton::clicked, this, &ConnectPage::browseCaCertificate);
    connect(m_test, &QPushButton::clicked, this, &ConnectPage::testConnection);
    connect(
        m_plan, &FrequencyPlanPicker::currentPlanChanged, this, &ConnectPage::updateCompleteness);

    restoreSettings();
    m_rememberKey->load(); // the remembered access key, if the user asked for it
    m_ttsForm->restore();
    m_chirpForm->restore();
    onSourceChanged();
}

ConnectPage::~ConnectPage()
{
    cancelTest();
    cancelTtsTest();
}

ExportSource ConnectPage::source() const
{
    if (m_sourceChirpStack->isChecked())
        return ExportSource::ChirpStack;
    return m_sourceTts->isChecked() ? ExportSource::Tts : ExportSource::Ttnv2;
}

void ConnectPage::setSource(ExportSource source)
{
    switch (source) {
    case ExportSource::Tts:
        m_sourceTts->setChecked(true);
        break;
    case ExportSource::ChirpStack:
        m_sourceChirpStack->setChecked(true);
        break;
    case ExportSource::Ttnv2:
        m_sourceV2->setChecked(true);
        break;
    }
}

ConnectPage::SourceTest &ConnectPage::sourceTest()
{
    return source() == ExportSource::ChirpStack ? m_chirpTest : m_ttsTest;
}

void ConnectPage::onSourceChanged()
{
    const bool tts = source() == ExportSource::Tts;
    cancelTest();
    cancelTtsTest();
    m_sourcePanels->setCurrentIndex(int(source()));
    if (source() == ExportSource::ChirpStack) {
        setTitle(tr("Connect to ChirpStack"));
        setSubTitle(tr("The ChirpStack v4 server your devices are on now, an API key and the "
                       "application to migrate."));
        m_sourceHint->setText(tr("A ChirpStack v4 server (open source, self-hosted): its "
                                 "device profiles give each device its LoRaWAN version and "
                                 "frequency plan."));
    } else if (tts) {
        setTitle(tr("Connect to The Things Stack"));
        setSubTitle(tr("The deployment your devices are on now, the application to migrate "
                       "and an API key that can read it."));
        m_sourceHint->setText(tr("Another The Things Stack deployment: The Things Network, "
                                 "The Things Stack Cloud or a self-hosted one. Each device "
                                 "keeps its own frequency plan."));
    } else {
        setTitle(tr("Connect to TTN v2"));
        setSubTitle(tr("Which application to migrate, and where its TTN v2 handler runs. "
                       "Nothing is changed in v2: the export only reads."));
        m_sourceHint->setText(tr("A private TTN v2 cluster (the public TTN v2 network closed "
                                 "in December 2021)."));
    }
    updateCompleteness();
}

void ConnectPage::useTtsSourceDemo(const QUrl &address, const QString &appId, const QString &apiKey)
{
    m_ttsForm->useDemo(address, appId, apiKey);
}

void ConnectPage::useChirpStackDemo(const QString &apiUrl, const QString &tenantId,
    const QString &application, const QString &apiKey)
{
    m_chirpForm->useDemo(apiUrl, tenantId, application, apiKey);
}

void ConnectPage::buildPresets()
{
    auto add = [this](const QString &label, AddressKind kind, const QString &url) {
        m_preset->addItem(label);
        m_preset->setItemData(m_preset->count() - 1, QVariant::fromValue(kind), KindRole);
        m_preset->setItemData(m_preset->count() - 1, url, UrlRole);
    };
    // Private v2 clusters are what is left (the public network closed on 2021-12-01): their
    // entries come first, and a fresh start selects one with an empty address to fill in. The
    // public servers stay, said to be shut down, for private mirrors of their names and as a
    // reminder of the address format.
    add(tr("Custom handler…"), AddressKind::Handler, QString());
    add(tr("Custom discovery server…"), AddressKind::Discovery, QString());
    add(tr("TTN v2 EU handler (shut down in 2021)"), AddressKind::Handler,
        u"http://eu.thethings.network:8084"_s);
    add(tr("TTN v2 US West handler (shut down in 2021)"), AddressKind::Handler,
        u"http://us-west.thethings.network:8084"_s);
    add(tr("TTN v2 Asia SE handler (shut down in 2021)"), AddressKind::Handler,
        u"http://asia-se.thethings.network:8084"_s);
    add(tr("TTN v2 Brazil handler (shut down in 2021)"), AddressKind::Handler,
        u"http://brazil.thethings.network:8084"_s);
    add(tr("TTN v2 discovery server (shut down in 2021)"), AddressKind::Discovery,
        u"http://discovery.thethingsnetwork.org:8080"_s);
}

void ConnectPage::restoreSettings()
{
    const WizardSettings &settings = WizardSettings::instance();
    m_appId->setText(settings.appId());
    const AddressKind kind = settings.addressKind();
    const QString url = settings.addressUrl();
    int match = -1;
    int custom = -1;
    for (int i = 0; i < m_preset->count(); ++i) {
        if (m_preset->itemData(i, KindRole).value<AddressKind>() != kind)
            continue;
        const QString presetUrl = m_preset->itemData(i, UrlRole).toString();
        if (presetUrl == url)
            match = i;
        if (presetUrl.isEmpty())
            custom = i;
    }
    m_preset->setCurrentIndex(match >= 0 ? match : custom);
    onPresetChanged();
    m_address->setText(url);
    m_caCert->setText(settings.caCertPath());
    m_plan->setCurrentPlanId(settings.frequencyPlanId());
}

void ConnectPage::useDemo(const QString &appId, const QString &accessKey, const QUrl &handlerUrl)
{
    const QString url = handlerUrl.toString(QUrl::StripTrailingSlash);
    m_preset->insertItem(0, tr("Local emulator (demo)"));
    m_preset->setItemData(0, QVariant::fromValue(AddressKind::Handler), KindRole);
    m_preset->setItemData(0, url, UrlRole);
    m_preset->setCurrentIndex(0);
    m_appId->setText(appId);
    m_accessKey->setText(accessKey);
    m_caCert->clear();
    onPresetChanged();
}

bool ConnectPage::isDiscovery() const
{
    return addressKind() == AddressKind::Discovery;
}

WizardSettings::AddressKind ConnectPage::addressKind() const
{
    return m_preset->currentData(KindRole).value<AddressKind>();
}

void ConnectPage::onPresetChanged()
{
    const QString url = m_preset->currentData(UrlRole).toString();
    const bool custom = url.isEmpty();
    m_addressLabel->setText(isDiscovery() ? tr("&Discovery server URL:") : tr("&Handler URL:"));
    m_address->setReadOnly(!custom);
    m_address->setPlaceholderText(isDiscovery() ? u"http://discovery.example.com:8080"_s
                                                : u"http://handler.example.com:8084"_s);
    if (!custom)
        m_address->setText(url);
    onInputChanged();
}

void ConnectPage::onInputChanged()
{
    // A test result is only true for the values it was run with.
    cancelTest();
    m_status->clear();
    updateCompleteness();
}

QString ConnectPage::appId() const
{
    return m_appId->text().trimmed();
}

QString ConnectPage::addressText() const
{
    return m_address->text().trimmed();
}

V2Connection ConnectPage::connection() const
{
    V2Connection connection;
    connection.appId = appId();
    connection.accessKey = m_accessKey->text();
    const QUrl url(addressText());
    if (isDiscovery())
        connection.discoveryUrl = url;
    else
        connection.handlerUrl = url;
    connection.caCertPath = m_caCert->text().trimmed();
    return connection;
}

QString ConnectPage::frequencyPlanId() const
{
    return m_plan->currentPlanId();
}

void ConnectPage::shareWithSession()
{
    session()->setSource(source());
    if (source() == ExportSource::ChirpStack)
        session()->setChirpStackSource(m_chirpForm->settings());
    else if (source() == ExportSource::Tts)
        session()->setTtsSource(m_ttsForm->connection());
    else
        session()->setConnection(connection(), frequencyPlanId());
}

QString ConnectPage::blockingReason() const
{
    if (source() == ExportSource::ChirpStack)
        return m_chirpForm->problem();
    if (source() == ExportSource::Tts)
        return m_ttsForm->problem();
    if (QString problem = InputRules::appIdProblem(m_appId->text().trimmed()); !problem.isEmpty())
        return problem;
    if (QString problem = InputRules::accessKeyProblem(m_accessKey->text()); !problem.isEmpty())
        return problem;
    if (QString problem = InputRules::addressProblem(addressText(), isDiscovery());
        !problem.isEmpty())
        return problem;
    if (frequencyPlanId().isEmpty() || !FrequencyPlanCatalog::contains(frequencyPlanId()))
        return tr("Choose the frequency plan your devices use in The Things Stack.");
    return {};
}

bool ConnectPage::validatePage()
{
    cancelTest();
    cancelTtsTest();
    if (source() == ExportSource::ChirpStack) {
        Redact::registerSecret(m_chirpForm->settings().connection.apiKey);
        m_chirpForm->saveSettings();
        m_chirpForm->commitKey(); // into the system keychain, only when ticked
        return true;
    }
    if (source() == ExportSource::Tts) {
        Redact::registerSecret(m_ttsForm->connection().apiKey);
        m_ttsForm->saveSettings();
        m_ttsForm->commitKey(); // into the system keychain, only when ticked
        return true;
    }
    Redact::registerSecret(m_accessKey->text());
    WizardSettings &settings = WizardSettings::instance();
    settings.setAppId(appId());
    settings.setAddress(addressKind(), addressText());
    settings.setCaCertPath(m_caCert->text().trimmed());
    settings.setFrequencyPlanId(frequencyPlanId());
    m_rememberKey->commit(); // into the system keychain, only when ticked
    return true;
}

void ConnectPage::cleanupPage()
{
    cancelTest();
    cancelTtsTest();
}

void ConnectPage::browseCaCertificate()
{
    const QString path = FileDialogProvider::getCaCertificate(this, m_caCert->text().trimmed());
    if (!path.isEmpty())
        m_caCert->setText(path);
}

void ConnectPage::cancelTest()
{
    if (m_runningTest) {
        m_runningTest->disconnect(this);
        m_runningTest->cancel();
        m_runningTest->deleteLater();
        m_runningTest = nullptr;
    }
    m_status->setActionText(QString());
    m_test->setEnabled(true);
    cancelTtsTest();
}

void ConnectPage::testConnection()
{
    if (const QString reason = blockingReason(); !reason.isEmpty()) {
        m_status->showMessage(InlineMessage::Kind::Warning, reason);
        return;
    }
    cancelTest();
    Redact::registerSecret(m_accessKey->text());
    m_runningTest = new ConnectionTest(connection(), this);
    connect(m_runningTest, &ConnectionTest::finished, this, &ConnectPage::showTestResult);
    // A handler that limits requests can hold the test for a minute: say so, and keep Cancel.
    connect(m_runningTest, &ConnectionTest::retryScheduled, this,
        [this](const V2Error &error, qint64 delayMs) {
            m_status->showMessage(InlineMessage::Kind::Busy, V2ErrorText::retrying(error, delayMs));
        });
    m_status->setActionText(tr("&Cancel"));
    m_status->showMessage(InlineMessage::Kind::Busy,
        isDiscovery() ? tr("Asking the discovery server for the handler…")
                      : tr("Asking the handler for the application…"));
    FocusHandOff::disable(m_test, m_status->actionButton());
    m_runningTest->start();
}

void ConnectPage::showTestResult(const V2Error &error, const QUrl &handlerUrl, int deviceCount)
{
    if (m_runningTest) {
        m_runningTest->deleteLater();
        m_runningTest = nullptr;
    }
    const bool hadFocus = m_status->isAncestorOf(QApplication::focusWidget());
    m_status->setActionText(QString());
    m_test->setEnabled(true);
    // After a good test the natural next step is Next; after a bad one, fixing and testing again.
    if (hadFocus) {
        QAbstractButton *next = wizard() ? wizard()->button(QWizard::NextButton) : nullptr;
        if (!error.isError() && next && next->isEnabled())
            next->setFocus();
        else
            m_test->setFocus();
    }
    const QString handler = handlerUrl.toDisplayString();
    if (!error.isError()) {
        const QString text = deviceCount >= 0
            ? LocaleNumbers::withGroupedN(
                tr("Connected to the handler at %1. Application “%2” has %n device(s).", nullptr,
                    deviceCount),
                deviceCount)
                  .arg(handler, appId())
            : tr("Connected to the handler at %1; the key can read application “%2”.")
                  .arg(handler, appId());
        m_status->showMessage(InlineMessage::Kind::Success, text);
        return;
    }
    // The core words the sentence for the wizard (its field names, never a flag).
    m_status->showMessage(InlineMessage::Kind::Error, WizardErrorText::sentence(error));
}

void ConnectPage::cancelTtsTest()
{
    cancelSourceTest(m_ttsTest);
    cancelSourceTest(m_chirpTest);
}

void ConnectPage::cancelSourceTest(SourceTest &test)
{
    if (test.running) {
        test.running->disconnect(this);
        test.running->abort();
        test.running->deleteLater();
        test.running = nullptr;
    }
    test.status->setActionText(QString());
    test.button->setEnabled(true);
}

// The tts and the chirpstack source: through the source seam, like every later page (the page
// never speaks HTTP or gRPC itself).
void ConnectPage::testSourceConnection()
{
    SourceTest &test = sourceTest();
    if (const QString reason = blockingReason(); !reason.isEmpty()) {
        test.status->showMessage(InlineMessage::Kind::Warning, reason);
        return;
    }
    cancelSourceTest(test);
    ExportRequest request;
    request.source = source();
    request.ttsSource = m_ttsForm->connection();
    request.chirpstackSource = m_chirpForm->settings();
    const bool chirpStack = request.source == ExportSource::ChirpStack;
    Redact::registerSecret(
        chirpStack ? request.chirpstackSource.connection.apiKey : request.ttsSource.apiKey);
    const QString application
        = chirpStack ? m_chirpForm->settings().application : request.ttsSource.applicationId;
    test.running = DeviceSources::forRequest(request, this);
    connect(test.running, &DeviceSource::connectionTested, this,
        [this, &test, application](
            const SourceError &error, const DeviceSource::ConnectionInfo &info) {
            showSourceTestResult(test, error, info.server, info.deviceCount, application);
        });
    connect(test.running, &DeviceSource::retryScheduled, this,
        [this, &test](const SourceError &error, qint64 delayMs) {
            const int seconds = int((delayMs + 999) / 1000);
            test.status->showMessage(InlineMessage::Kind::Busy,
                WizardErrorText::withAdvice(error.message, SettingFix::None) + u' '
                    + LocaleNumbers::withGroupedN(
                        tr("Trying again in %n second(s)…", nullptr, seconds), seconds));
        });
    test.status->setActionText(tr("&Cancel"));
    test.status->showMessage(InlineMessage::Kind::Busy,
        chirpStack ? tr("Asking ChirpStack for the application…")
                   : tr("Asking The Things Stack for the application…"));
    FocusHandOff::disable(test.button, test.status->actionButton());
    test.running->testConnection();
}

void ConnectPage::showSourceTestResult(SourceTest &test, const SourceError &error,
    const QUrl &server, int deviceCount, const QString &application)
{
    if (test.running) {
        test.running->disconnect(this);
        test.running->deleteLater();
        test.running = nullptr;
    }
    const bool hadFocus = test.status->isAncestorOf(QApplication::focusWidget());
    test.status->setActionText(QString());
    test.button->setEnabled(true);
    if (hadFocus) {
        QAbstractButton *next = wizard() ? wizard()->button(QWizard::NextButton) : nullptr;
        if (!error.isError() && next && next->isEnabled())
            next->setFocus();
        else
            test.button->setFocus();
    }
    if (!error.isError()) {
        // A gRPC target is host:port, not a URL worth showing with its scheme.
        const QString address = server.scheme() == u"grpc"_s
            ? server.host() + u':' + QString::number(server.port())
            : server.toDisplayString();
        const QString text = deviceCount >= 0
            ? LocaleNumbers::withGroupedN(
                tr("Connected to %1. Application “%2” has %n device(s).", nullptr, deviceCount),
                deviceCount)
                  .arg(address, application)
            : tr("Connected to %1; the key can read application “%2”.").arg(address, application);
        test.status->showMessage(InlineMessage::Kind::Success, text);
        return;
    }
    test.status->showMessage(InlineMessage::Kind::Error, WizardErrorText::sentence(error));
}
