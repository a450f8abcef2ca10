#include "convert/deviceconverter.h"

#include "convert/compactjsonwriter.h"
#include "convert/deviceclassifier.h"
#include "convert/frequencyplancatalog.h"
#include "convert/v3attributes.h"
#include "convert/v3ids.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cmath>

namespace {

constexpr char zeroEui[] = "0000000000000000";

QString translate(const char *text)
{
    return QCoreApplication::translate("DeviceConverter", text);
}

DeviceOutcome skipped(DeviceOutcome outcome, const QString &reason)
{
    outcome.status = OutcomeStatus::Skipped;
    outcome.reason = reason;
    return outcome;
}

DeviceOutcome failedWith(DeviceOutcome outcome, const QString &reason)
{
    outcome.status = OutcomeStatus::Failed;
    outcome.reason = reason;
    outcome.json.clear();
    return outcome;
}

void writeKey(CompactJsonWriter &json, QByteArrayView objectKey, const QString &hex)
{
    json.beginObject(objectKey);
    json.field("key", hex);
    json.endObject();
}

} // namespace

DeviceConverter::DeviceConverter(ConversionOptions options)
    : m_options(std::move(options))
{
    const QDateTime time
        = m_options.exportTime.isValid() ? m_options.exportTime : QDateTime::currentDateTimeUtc();
    m_startedAt = time.toUTC().toString(Qt::ISODate).toLatin1();
    if (!FrequencyPlanCatalog::contains(m_options.frequencyPlanId)) {
        m_planProblem
            = QCoreApplication::translate("DeviceConverter", "unknown frequency plan \"%1\"")
                  .arg(m_options.frequencyPlanId);
    }
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

DeviceOutcome DeviceConverter::convert(const V2ParsedDevice &parsed) const
{
    if (!parsed.ok())
        return failedParse(parsed);
    DeviceOutcome outcome = convert(parsed.device);
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

DeviceOutcome DeviceConverter::convert(const V2Device &device) const
{
    DeviceOutcome outcome;
    outcome.v2DeviceId = device.devId;
    outcome.devEui = device.devEui;
    outcome.joinEui = device.appEui.isEmpty() ? QString::fromLatin1(zeroEui) : device.appEui;
    outcome.activation = DeviceClassifier::classify(device);

    const QString deviceId = V3Ids::normaliseId(device.devId, m_options.devIdPrefix);
    if (V3Ids::isValidId(deviceId))
        outcome.v3DeviceId = deviceId;

    // Skips first: a template or an ABP device without with-session is skipped even when its
    // ID would also fail, because the skip is what the user has to act on.
    switch (outcome.activation) {
    case Activation::Template:
        return skipped(outcome,
            translate(QT_TRANSLATE_NOOP("DeviceConverter",
                "register-on-join template (no DevEUI): The Things Stack cannot "
                "import a device without DevEUI")));
    case Activation::Unusable:
    case Activation::Unknown: // the classifier always decides; here for completeness
        return skipped(outcome,
            translate(QT_TRANSLATE_NOOP("DeviceConverter",
                "no AppKey and no complete session (DevAddr, NwkSKey, AppSKey): "
                "nothing that could be migrated")));
    case Activation::Abp:
        if (!m_options.withSession)
            return skipped(outcome, abpWithoutSessionReason());
        break;
    case Activation::Otaa:
        break;
    }

    if (!m_planProblem.isEmpty())
        return failedWith(outcome, m_planProblem);
    if (outcome.v3DeviceId.isEmpty())
        return failedWith(outcome, V3Ids::idProblem(device.devId, deviceId));
    const QString applicationId = V3Ids::normaliseId(device.appId);
    if (device.appId.isEmpty())
        return failedWith(outcome,
            translate(QT_TRANSLATE_NOOP("DeviceConverter", "the device has no application ID")));
    if (!V3Ids::isValidId(applicationId)) {
        return failedWith(outcome,
            QCoreApplication::translate("DeviceConverter",
                "application ID \"%1\" is not a valid ID in "
                "The Things Stack")
                .arg(device.appId));
    }
    if (V3Ids::codePointCount(device.description) > maxDescriptionLength) {
        return failedWith(outcome,
            QCoreApplication::translate(
                "DeviceConverter", "the description is longer than %1 characters")
                .arg(maxDescriptionLength));
    }
    const bool hasLocation = device.latitude != 0 || device.longitude != 0;
    if (!std::isfinite(device.latitude) || !std::isfinite(device.longitude)
        || std::fabs(device.latitude) > 90 || std::fabs(device.longitude) > 180) {
        return failedWith(outcome,
            translate(QT_TRANSLATE_NOOP("DeviceConverter", "the location is out of range")));
    }

    const QString oldId = deviceId != device.devId ? device.devId : QString();
    V3Attributes attributes = V3Attributes::build(device.attributes, oldId);
    if (!attributes.error.isEmpty())
        return failedWith(outcome, attributes.error);
    outcome.warnings += attributes.warnings;

    const bool otaa = outcome.activation == Activation::Otaa;
    const bool completeSession = DeviceClassifier::hasCompleteSession(device);
    const bool withSession = m_options.withSession && completeSession; // ABP here implies both
    if (otaa && m_options.withSession && !completeSession) {
        outcome.warnings.append(translate(QT_TRANSLATE_NOOP("DeviceConverter",
            "no session in v2 (the device has not joined): exported without "
            "session, it must re-join")));
    }

    CompactJsonWriter json(withSession ? 1024 : 640);
    json.beginObject();
    json.beginObject("ids");
    json.field("device_id", deviceId);
    json.beginObject("application_ids");
    json.field("application_id", applicationId);
    json.endObject();
    json.field("dev_eui", device.devEui);
    json.field("join_eui", outcome.joinEui);
    json.endObject();
    json.field("name", device.devId);
    if (!device.description.isEmpty())
        json.field("description", device.description);
    if (!attributes.pairs.isEmpty()) {
        json.beginObject("attributes");
        for (const auto &pair : std::as_const(attributes.pairs)) {
            json.userKey(pair.first);
            json.value(pair.second);
        }
        json.endObject();
    }
    if (hasLocation) {
        json.beginObject("locations");
        json.beginObject("user");
        json.field("latitude", device.latitude);
        json.field("longitude", device.longitude);
        json.field("altitude", qint64(device.altitude));
        json.key("source");
        json.rawValue("\"SOURCE_REGISTRY\"");
        json.endObject();
        json.endObject();
    }
    json.key("lorawan_version");
    json.rawValue("\"MAC_V1_0_2\"");
    json.key("lorawan_phy_version");
    json.rawValue("\"PHY_V1_0_2_REV_B\"");
    json.field("frequency_plan_id", m_options.frequencyPlanId);
    if (otaa) {
        json.field("supports_join", true);
        json.beginObject("root_keys");
        writeKey(json, "app_key", device.appKey);
        json.endObject();
    }
    // MACSettings keys in proto field order (what The Things Stack itself writes).
    json.beginObject("mac_settings");
    if (withSession)
        json.field("rx1_delay", qint64(1)); // v2 used RX1 delay 1 s; only with the session
    if (device.uses32BitFCnt)
        json.field("supports_32_bit_f_cnt", true);
    if (device.disableFCntCheck)
        json.field("resets_f_cnt", true);
    json.key("status_time_periodicity");
    json.rawValue("\"0s\"");
    json.field("status_count_periodicity", qint64(0));
    json.endObject();
    if (withSession) {
        json.beginObject("session");
        json.field("dev_addr", device.devAddr);
        json.beginObject("keys");
        json.key("session_key_id");
        json.valueUtf8(newSessionKeyId());
        writeKey(json, "f_nwk_s_int_key", device.nwkSKey);
        writeKey(json, "app_s_key", device.appSKey);
        json.endObject();
        json.field("last_f_cnt_up", qint64(device.fCntUp));
        json.field("last_n_f_cnt_down", qint64(device.fCntDown));
        json.key("started_at");
        json.valueUtf8(m_startedAt);
        json.endObject();
    }
    json.endObject();

    outcome.json = json.take();
    outcome.status = OutcomeStatus::Exported;
    outcome.sessionExported = withSession;
    return outcome;
}
