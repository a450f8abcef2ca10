#include "pages/optionspage.h"

#include "convert/v3ids.h"
#include "session/migrationsession.h"
#include "settings/wizardsettings.h"
#include "validation/inputrules.h"
#include "widgets/inlinemessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    // Indented under its radio button, so it reads as that choice's explanation.
    label->setContentsMargins(24, 0, 0, 6);
    return label;
}
} // namespace

OptionsPage::OptionsPage(MigrationSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_withoutSession(new QRadioButton(tr("Export &without sessions (recommended)"), this))
    , m_withSession(new QRadioButton(tr("Export with &sessions (Advanced)"), this))
    , m_withSessionExplanation(nullptr)
    , m_sessionWarning(new InlineMessage(this))
    , m_prefix(new QLineEdit(this))
    , m_prefixExample(new QLabel(this))
    , m_dropAttributes(new QCheckBox(tr("&Drop attributes The Things Stack refuses"), this))
{
    setTitle(tr("Options"));
    setSubTitle(tr("How the devices move to The Things Stack."));

    m_withoutSession->setObjectName(u"withoutSessionRadio"_s);
    m_withSession->setObjectName(u"withSessionRadio"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_withoutSession);
    group->addButton(m_withSession);
    m_withoutSession->setChecked(true);

    m_sessionWarning->setObjectName(u"sessionWarning"_s);
    m_sessionWarning->setBanner(true);

    auto *sessionBox = new QGroupBox(tr("Sessions"), this);
    auto *sessionLayout = new QVBoxLayout(sessionBox);
    sessionLayout->addWidget(m_withoutSession);
    sessionLayout->addWidget(explanation(
        tr("Devices re-join The Things Stack and get a new DevAddr and the 5 s RX1 delay; "
           "ABP devices cannot re-join, so they are reported, not exported."),
        sessionBox));
    sessionLayout->addWidget(m_withSession);
    m_withSessionExplanation = explanation(QString(), sessionBox);
    sessionLayout->addWidget(m_withSessionExplanation);
    sessionLayout->addWidget(m_sessionWarning);

    m_prefix->setObjectName(u"prefixEdit"_s);
    m_prefix->setAccessibleName(tr("Device ID prefix"));
    m_prefix->setPlaceholderText(tr("Optional, e.g. v2"));
    m_prefix->setMaxLength(40);
    m_prefixExample->setObjectName(u"prefixExample"_s);
    m_prefixExample->setWordWrap(true);
    m_prefixExample->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *idBox = new QGroupBox(tr("Device IDs"), this);
    auto *prefixLabel = new QLabel(tr("Device ID &prefix:"), idBox);
    prefixLabel->setBuddy(m_prefix);
    auto *prefixRow = new QHBoxLayout;
    prefixRow->addWidget(prefixLabel);
    prefixRow->addWidget(m_prefix, 1);
    auto *idLayout = new QVBoxLayout(idBox);
    idLayout->addLayout(prefixRow);
    idLayout->addWidget(m_prefixExample);

    // Off by default: dropping loses data the user may want to fix in v2 first; on, a device
    // with a bad key, a long value or more than 10 attributes is exported without them.
    m_dropAttributes->setObjectName(u"dropAttributesCheck"_s);
    auto *attributesBox = new QGroupBox(tr("Attributes"), this);
    auto *attributesLayout = new QVBoxLayout(attributesBox);
    attributesLayout->addWidget(m_dropAttributes);
    attributesLayout->addWidget(explanation(
        tr("The Things Stack refuses a device with more than 10 attributes, a key it does not "
           "accept or a value over 200 characters. Ticked, such a device is exported without "
           "those attributes and its notes list the dropped keys; unticked, it fails."),
        attributesBox));

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sessionBox);
    layout->addWidget(idBox);
    layout->addWidget(attributesBox);
    layout->addStretch(1);

    connect(m_withSession, &QRadioButton::toggled, this, &OptionsPage::onInputChanged);
    connect(m_prefix, &QLineEdit::textChanged, this, &OptionsPage::onInputChanged);
    connect(m_dropAttributes, &QCheckBox::toggled, this, &OptionsPage::updateCompleteness);
    m_prefix->setText(WizardSettings::instance().devIdPrefix());
    OptionsPage::initializePage();
}

bool OptionsPage::withSession() const
{
    return m_withSession->isChecked();
}

void OptionsPage::setWithSession(bool withSession)
{
    (withSession ? m_withSession : m_withoutSession)->setChecked(true);
}

QString OptionsPage::devIdPrefix() const
{
    return m_prefix->text().trimmed();
}

bool OptionsPage::dropInvalidAttributes() const
{
    return m_dropAttributes->isChecked();
}

void OptionsPage::setDropInvalidAttributes(bool drop)
{
    m_dropAttributes->setChecked(drop);
}

void OptionsPage::shareWithSession()
{
    session()->setConversionChoices(withSession(), devIdPrefix(), dropInvalidAttributes());
}

QString OptionsPage::blockingReason() const
{
    return InputRules::devIdPrefixProblem(devIdPrefix());
}

void OptionsPage::onInputChanged()
{
    m_sessionWarning->setVisible(withSession());
    const QString prefix = devIdPrefix();
    const QString example = u"my_sensor_01"_s;
    const QString converted = V3Ids::normaliseId(example, prefix);
    // The tts source's devices keep their IDs (they are valid The Things Stack IDs already).
    const bool tts = session()->source() == ExportSource::Tts;
    const bool chirpStack = session()->source() == ExportSource::ChirpStack;
    m_prefix->setEnabled(!tts && !chirpStack);
    // Words follow the source: no "v2" as the example of a prefix that does not apply.
    m_prefix->setPlaceholderText(tts || chirpStack ? QString() : tr("Optional, e.g. v2"));
    if (chirpStack)
        m_prefixExample->setText(
            tr("Devices get the ID “eui-” and their DevEUI in The Things Stack, e.g. "
               "eui-70b3d57ed0000001."));
    else
        m_prefixExample->setText(tts
                ? tr("Devices keep the IDs they have in the source application.")
                : tr("The v2 device “%1” becomes “%2” in The Things Stack; its old "
                     "ID is kept in the attribute old-id.")
                      .arg(example, converted));
    updateCompleteness();
}

void OptionsPage::initializePage()
{
    if (session()->source() != ExportSource::Ttnv2) {
        m_withSessionExplanation->setText(
            tr("Devices keep their DevAddr, session keys and frame counters and need no join; "
               "for ABP devices and for devices that cannot re-join."));
        m_sessionWarning->showMessage(InlineMessage::Kind::Warning,
            tr("A session keeps working only where the device's uplinks for its DevAddr "
               "arrive: a DevAddr of the source's network will not work on another network "
               "(Packet Broker routes by DevAddr to the network that owns it). Stop the device "
               "in the source deployment before it sends again."));
    } else {
        m_withSessionExplanation->setText(
            tr("Devices keep their DevAddr, session keys and frame counters and need no join, "
               "but keep v2's 1 s RX1 delay; for ABP devices and for devices that cannot "
               "re-join."));
        m_sessionWarning->showMessage(InlineMessage::Kind::Warning,
            tr("A device must never be active on both networks: once it is imported with its "
               "session, stop it in TTN v2 (change its AppKey or delete it) before it sends "
               "again."));
    }
    onInputChanged();
}

bool OptionsPage::validatePage()
{
    WizardSettings::instance().setDevIdPrefix(devIdPrefix());
    return true;
}
