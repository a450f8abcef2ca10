#include "convert/deviceconverter.h"

#include "convert/deviceclassifier.h"
#include "convert/ttsbands.h"
#include "convert/v3attributes.h"
#include "convert/v3devicewriter.h"
#include "convert/v3ids.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace {

constexpr char zeroEui[] = "0000000000000000";

QString translated(const char *text)
{
    return QCoreApplication::translate("DeviceConverter", text);
}

DeviceOutcome skipped(DeviceOutcome outcome, const QString &reason)
{
    outcome.status = OutcomeStatus::Skipped;
    outcome.reason = reason;
    return outcome;
}

DeviceOutcome failedWith(DeviceOutcome outcome, const TtsImportRules::Violation &violation)
{
    outcome.status = OutcomeStatus::Failed;
    outcome.rule = violation.rule;
    outcome.reason = violation.reason;
    outcome.json.clear();
    return outcome;
}

} // namespace

DeviceConverter::DeviceConverter(ConversionOptions options)
    : m_options(std::move(options))
    , m_rules(m_options.frequencyPlanId)
{
    const QDateTime time
        = m_options.exportTime.isValid() ? m_options.exportTime : QDateTime::currentDateTimeUtc();
    m_startedAt = time.toUTC().toString(Qt::ISODate).toLatin1();
}

QString DeviceConverter::abpWithoutSessionReason()
{
    return QCoreApplication::translate("DeviceConverter",
        "ABP device: cannot be migrated without its session (use with-session, "
        "or migrate it with the Console)");
}

DeviceOutcome DeviceConverter::failed(const QString &v2DeviceId, const QString &reason)
{
    DeviceOutcome outcome;
    outcome.v2DeviceId = v2DeviceId;
    outcome.status = OutcomeStatus::Failed;
    outcome.reason = reason;
    return outcome;
}

DeviceOutcome DeviceConverter::failedParse(const V2ParsedDevice &parsed)
{
    DeviceOutcome outcome = failed(parsed.device.devId, parsed.error);
    if (outcome.reason.isEmpty())
        outcome.reason
            = QCoreApplication::translate("DeviceConverter", "the device could not be read");
    return outcome;
}

DeviceOutcome DeviceConverter::convert(
    const V2ParsedDevice &parsed, const QString &chosenDeviceId) const
{
    if (!parsed.ok())
        return failedParse(parsed);
    DeviceOutcome outcome = convert(parsed.device, chosenDeviceId);
    outcome.warnings = parsed.warnings + outcome.warnings;
    return outcome;
}

QByteArray DeviceConverter::newSessionKeyId() const
{
    QByteArray bytes;
    if (m_options.sessionKeyIdSource)
        bytes = m_options.sessionKeyIdSource();
    if (bytes.size() != 16) {
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        bytes = QByteArray(reinterpret_cast<const char *>(words), sizeof(words));
    }
    return bytes.toBase64();
}

QString DeviceConverter::deviceIdFor(const V2Device &device) const
{
    if (!m_options.deviceIdMap.isEmpty()) {
        const auto mapped = m_options.deviceIdMap.constFind(device.devId);
        if (mapped != m_options.deviceIdMap.constEnd())
            return *mapped;
    }
    return V3Ids::normaliseId(device.devId, m_options.devIdPrefix);
}

DeviceOutcome DeviceConverter::convert(const V2Device &device, const QString &chosenDeviceId) const
{
    DeviceOutcome outcome;
    outcome.v2DeviceId = device.devId;
    outcome.devEui = device.devEui;
    outcome.joinEui = device.appEui.isEmpty() ? QString::fromLatin1(zeroEui) : device.appEui;
    outcome.activation = DeviceClassifier::classify(device);

    V3EndDevice v3;
    v3.deviceIdChosen = !chosenDeviceId.isEmpty() || m_options.deviceIdMap.contains(device.devId);
    v3.deviceId = chosenDeviceId.isEmpty() ? deviceIdFor(device) : chosenDeviceId;
    if (V3Ids::isValidId(v3.deviceId))
        outcome.v3DeviceId = v3.deviceId;

    // Skips first: a template or an ABP device without with-session is skipped even when its
    // ID would also fail, because the skip is what the user has to act on.
    switch (outcome.activation) {
    case Activation::Template:
        return skipped(outcome,
            translated(QT_TRANSLATE_NOOP("DeviceConverter",
                "register-on-join template (no DevEUI): The Things Stack cannot "
                "import a device without DevEUI")));
    case Activation::Unusable:
    case Activation::Unknown: // the classifier always decides; here for completeness
        return skipped(outcome,
            translated(QT_TRANSLATE_NOOP("DeviceConverter",
                "no AppKey and no complete session (DevAddr, NwkSKey, AppSKey): "
                "nothing that could be migrated")));
    case Activation::Abp:
        if (!m_options.withSession)
            return skipped(outcome, abpWithoutSessionReason());
        break;
    case Activation::Otaa:
        break;
    }
    if (!m_rules.planViolation().ok())
        return failedWith(outcome, m_rules.planViolation());
    if (device.appId.isEmpty()) {
        return failedWith(outcome,
            { TtsRule::ApplicationIdFormat,
                translated(
                    QT_TRANSLATE_NOOP("DeviceConverter", "the device has no application ID")) });
    }

    const bool otaa = outcome.activation == Activation::Otaa;
    const bool completeSession = DeviceClassifier::hasCompleteSession(device);
    const bool withSession = m_options.withSession && completeSession; // ABP here implies both
    if (otaa && m_options.withSession && !completeSession) {
        outcome.warnings.append(translated(QT_TRANSLATE_NOOP("DeviceConverter",
            "no session in v2 (the device has not joined): exported without "
            "session, it must re-join")));
    }

    v3.applicationId = V3Ids::normaliseId(device.appId);
    v3.devEui = device.devEui;
    v3.joinEui = outcome.joinEui;
    v3.name = device.devId;
    v3.description = device.description;
    const QString oldId = v3.deviceId != device.devId ? device.devId : QString();
    V3Attributes attributes
        = V3Attributes::build(device.attributes, oldId, m_options.dropInvalidAttributes);
    v3.attributes = std::move(attributes.pairs);
    outcome.droppedAttributes = std::move(attributes.dropped);
    outcome.warnings += attributes.warnings;
    v3.hasLocation = device.latitude != 0 || device.longitude != 0; // NaN too: it fails
    v3.location = { device.latitude, device.longitude, device.altitude };
    v3.frequencyPlanId = m_options.frequencyPlanId;
    v3.phyVersion = QLatin1StringView(TtsBands::exportedPhyVersion);
    v3.supportsJoin = otaa;
    if (otaa)
        v3.appKey = device.appKey;
    v3.supports32BitFCnt = device.uses32BitFCnt;
    v3.resetsFCnt = device.disableFCntCheck;
    v3.hasSession = withSession;
    if (withSession) {
        V3Session &session = v3.session;
        session.devAddr = device.devAddr;
        session.fNwkSIntKey = device.nwkSKey;
        session.appSKey = device.appSKey;
        if (otaa) // TTS's Network Server refuses a session key ID on an ABP device
            session.sessionKeyId = newSessionKeyId();
        session.lastFCntUp = device.fCntUp;
        session.lastNFCntDown = device.fCntDown;
        session.startedAt = m_startedAt;
    }

    const TtsImportRules::Violation violation = m_rules.check(v3);
    if (!violation.ok())
        return failedWith(outcome, violation);

    outcome.json = V3DeviceWriter::toJson(v3);
    outcome.status = OutcomeStatus::Exported;
    outcome.sessionExported = withSession;
    return outcome;
}
