#include "convert/ttsimportrules.h"

#include "convert/frequencyplancatalog.h"
#include "convert/ttsbands.h"
#include "convert/ttslimits.h"
#include "convert/ttsreservedids.h"
#include "convert/v3ids.h"

#include <QCoreApplication>
#include <QSet>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// lupdate reads the context from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsImportRules)
};

using Violation = TtsImportRules::Violation;

Violation broken(TtsRule rule, const QString &reason)
{
    return { rule, reason };
}

constexpr std::array<bool, 128> upperHexTable = [] {
    std::array<bool, 128> table {};
    for (char c = '0'; c <= '9'; ++c)
        table[size_t(c)] = true;
    for (char c = 'A'; c <= 'F'; ++c)
        table[size_t(c)] = true;
    return table;
}();

// Upper-case hex of exactly `digits` digits: the product's own contract for EUIs and keys.
bool isHex(const QString &text, int digits)
{
    if (text.size() != digits)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 128 || !upperHexTable[u])
            return false;
    }
    return true;
}

bool isZeroHex(const QString &text)
{
    for (const QChar c : text) {
        if (c != u'0')
            return false;
    }
    return true;
}

// A hex value TTS takes as a key, address or EUI: the right length and, where TTS refuses a
// zero value, not zero.
bool isUsableHex(const QString &text, int digits)
{
    return isHex(text, digits) && !isZeroHex(text);
}

// More than `limit` code points, as TTS counts. A text of at most `limit` UTF-16 units cannot
// be, so the usual short text is not walked at all.
bool longerThan(const QString &text, int limit)
{
    return text.size() > limit && V3Ids::codePointCount(text) > limit;
}

// RFC 3339 in UTC as the converter writes it: YYYY-MM-DDTHH:MM:SS[.fraction]Z.
bool isUtcTimestamp(QByteArrayView text)
{
    static constexpr char shape[] = "dddd-dd-ddTdd:dd:dd";
    constexpr qsizetype shapeLength = sizeof(shape) - 1;
    if (text.size() < shapeLength + 1 || text.back() != 'Z')
        return false;
    for (qsizetype i = 0; i < shapeLength; ++i) {
        const char c = text.at(i);
        if (shape[i] == 'd' ? (c < '0' || c > '9') : c != shape[i])
            return false;
    }
    const QByteArrayView rest = text.sliced(shapeLength, text.size() - shapeLength - 1);
    if (rest.isEmpty())
        return true;
    if (rest.size() < 2 || rest.front() != '.')
        return false;
    for (const char c : rest.sliced(1)) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Attribute keys come from v2 data and may be long or contain control characters: quote them
// shortened.
QString shown(const QString &text)
{
    QString result = text.left(48);
    for (QChar &c : result) {
        if (c.unicode() < 0x20)
            c = u'?';
    }
    return result.size() < text.size() ? result + u"\u2026"_s : result;
}

Violation checkDeviceId(const V3EndDevice &device)
{
    if (device.deviceIdChosen) {
        Violation chosen = TtsImportRules::checkChosenDeviceId(device.deviceId);
        if (!chosen.ok())
            chosen.reason = Text::tr("%1; give the device another ID").arg(chosen.reason);
        return chosen;
    }
    if (!V3Ids::isValidId(device.deviceId)) {
        // Name the v2 ID too when normalising (or the prefix) changed it: that is what the
        // user knows the device by.
        const bool changed = device.name != device.deviceId;
        const bool tooLong = device.deviceId.size() > TtsLimits::maxIdLength;
        QString reason;
        if (tooLong && changed) {
            reason = Text::tr("device ID \"%1\" becomes \"%2\" in The Things Stack, which is "
                              "longer than %3 characters; give the device another ID")
                         .arg(device.name, device.deviceId)
                         .arg(TtsLimits::maxIdLength);
        } else if (tooLong) {
            reason = Text::tr("device ID \"%1\" is longer than %2 characters; give the device "
                              "another ID")
                         .arg(device.deviceId)
                         .arg(TtsLimits::maxIdLength);
        } else if (changed) {
            reason = Text::tr("device ID \"%1\" becomes \"%2\" in The Things Stack, which is not "
                              "a valid ID (at least 3 lowercase letters or digits, single "
                              "hyphens between them); give the device another ID")
                         .arg(device.name, device.deviceId);
        } else {
            reason = Text::tr("device ID \"%1\" is not a valid ID in The Things Stack (at least 3 "
                              "lowercase letters or digits, single hyphens between them); give "
                              "the device another ID")
                         .arg(device.deviceId);
        }
        return broken(TtsRule::DeviceIdFormat, reason);
    }
    if (TtsReservedIds::contains(device.deviceId)) {
        return broken(TtsRule::DeviceIdReserved,
            Text::tr("The Things Stack reserves the device ID \"%1\" (it refuses to register "
                     "it); give the device another ID")
                .arg(device.deviceId));
    }
    return {};
}

Violation checkAttributes(const V3EndDevice &device, const QString &source)
{
    if (device.attributes.size() > TtsLimits::maxAttributes) {
        return broken(TtsRule::AttributeCount,
            Text::tr("the device has %1 attributes; The Things Stack allows at most %2: drop "
                     "the attributes it refuses, or remove some in %3 first")
                .arg(device.attributes.size())
                .arg(TtsLimits::maxAttributes)
                .arg(source));
    }
    for (qsizetype i = 0; i < device.attributes.size(); ++i) {
        const auto &[key, value] = device.attributes.at(i);
        if (!TtsImportRules::isAcceptedAttributeKey(key)) {
            return broken(TtsRule::AttributeKey,
                Text::tr("attribute key \"%1\" is not valid in The Things Stack (3 to 36 "
                         "lowercase letters, digits and single hyphens): drop the attributes it "
                         "refuses, or rename it in %2 first")
                    .arg(shown(key), source));
        }
        for (qsizetype k = 0; k < i; ++k) {
            if (device.attributes.at(k).first == key) {
                return broken(TtsRule::AttributeKey,
                    Text::tr("two attribute keys both become \"%1\" in The Things Stack: drop "
                             "the attributes it refuses, or rename one in %2 first")
                        .arg(key, source));
            }
        }
        if (!TtsImportRules::isAcceptedAttributeValue(value)) {
            return broken(TtsRule::AttributeValueLength,
                Text::tr("the value of attribute \"%1\" is longer than %2 characters: drop the "
                         "attributes The Things Stack refuses, or shorten it in %3 first")
                    .arg(shown(key))
                    .arg(TtsLimits::maxAttributeValueLength)
                    .arg(source));
        }
    }
    return {};
}

Violation checkLocation(const V3EndDevice &device, const QString &source)
{
    if (!device.hasLocation)
        return {};
    const V3Location &l = device.location;
    if (!std::isfinite(l.latitude) || !std::isfinite(l.longitude)
        || std::fabs(l.latitude) > TtsLimits::maxAbsLatitude
        || std::fabs(l.longitude) > TtsLimits::maxAbsLongitude
        || l.altitude < TtsLimits::minAltitude || l.altitude > TtsLimits::maxAltitude) {
        return broken(TtsRule::LocationRange,
            Text::tr("the location is out of range (latitude -90 to 90, longitude -180 to "
                     "180); correct it in %1 first")
                .arg(source));
    }
    return {};
}

Violation checkKeys(const V3EndDevice &device)
{
    // EUIs are written for every device; TTS needs both for OTAA and refuses a zero DevEUI.
    // An all-zero JoinEUI is a value (what v2 devices without AppEUI get), not a missing one.
    if (!isHex(device.devEui, TtsLimits::euiHexDigits)
        || !isHex(device.joinEui, TtsLimits::euiHexDigits)
        || (device.supportsJoin && isZeroHex(device.devEui))) {
        return broken(TtsRule::Identifiers,
            Text::tr("an OTAA device needs a DevEUI that is not zero and a JoinEUI, both 16 "
                     "hexadecimal digits"));
    }
    if (device.supportsJoin && !isUsableHex(device.appKey, TtsLimits::keyHexDigits)) {
        return broken(TtsRule::AppKey,
            Text::tr("an OTAA device needs an AppKey of 32 hexadecimal digits that is not "
                     "zero"));
    }
    return {};
}

Violation checkSession(const V3EndDevice &device)
{
    if (!device.hasSession) {
        if (!device.supportsJoin) {
            return broken(TtsRule::SessionAddress,
                Text::tr("an ABP device needs its session (DevAddr and session keys)"));
        }
        return {};
    }
    const V3Session &s = device.session;
    if (!isUsableHex(s.devAddr, TtsLimits::devAddrHexDigits)) {
        return broken(TtsRule::SessionAddress,
            Text::tr("the session needs a DevAddr of 8 hexadecimal digits that is not zero"));
    }
    if (!isUsableHex(s.fNwkSIntKey, TtsLimits::keyHexDigits)
        || !isUsableHex(s.appSKey, TtsLimits::keyHexDigits)) {
        return broken(TtsRule::SessionKeys,
            Text::tr("the session needs a NwkSKey and an AppSKey of 32 hexadecimal digits that "
                     "are not zero"));
    }
    // The Network Server needs a session key ID for a device that joins, and refuses one for
    // an ABP device (a join-only field). The converter writes it accordingly; this guards it.
    const bool hasKeyId = !s.sessionKeyId.isEmpty();
    if (hasKeyId != device.supportsJoin
        || (hasKeyId
            && QByteArray::fromBase64(s.sessionKeyId).size() != TtsLimits::sessionKeyIdBytes)) {
        return broken(TtsRule::SessionKeyId,
            Text::tr("internal error: the session key ID must be written for OTAA sessions "
                     "only"));
    }
    if (s.lastFCntUp < 0 || s.lastFCntUp > TtsLimits::maxFrameCounter || s.lastNFCntDown < 0
        || s.lastNFCntDown > TtsLimits::maxFrameCounter) {
        return broken(TtsRule::SessionCounters,
            Text::tr("the session's frame counters are out of range (0 to 4294967295)"));
    }
    if (!isUtcTimestamp(s.startedAt)) {
        return broken(TtsRule::SessionStartTime,
            Text::tr("internal error: the session start time is not an RFC 3339 UTC time"));
    }
    return {};
}

} // namespace

TtsImportRules::TtsImportRules(const QString &frequencyPlanId)
    : m_frequencyPlanId(frequencyPlanId)
    , m_plan(checkFrequencyPlan(frequencyPlanId))
{
}

TtsImportRules::Violation TtsImportRules::checkFrequencyPlan(const QString &frequencyPlanId)
{
    const FrequencyPlan *plan = FrequencyPlanCatalog::find(frequencyPlanId);
    if (!plan) {
        return broken(TtsRule::FrequencyPlanUnknown,
            Text::tr("unknown frequency plan \"%1\"").arg(frequencyPlanId));
    }
    const QString version = QLatin1StringView(TtsBands::exportedPhyVersion);
    if (!TtsBands::supports(plan->bandId, version)) {
        return broken(TtsRule::FrequencyPlanBand,
            Text::tr("frequency plan \"%1\" uses band %2, for which The Things Stack has no "
                     "regional parameters %3 (the version v2 devices use): The Things Stack "
                     "would refuse every device; choose another frequency plan")
                .arg(frequencyPlanId, plan->bandId, version));
    }
    return {};
}

TtsImportRules::Violation TtsImportRules::check(const V3EndDevice &device) const
{
    if (!m_plan.ok())
        return m_plan;
    if (device.frequencyPlanId != m_frequencyPlanId)
        return checkFrequencyPlan(device.frequencyPlanId);
    if (device.phyVersion != QLatin1StringView(TtsBands::exportedPhyVersion)) {
        return broken(TtsRule::FrequencyPlanBand,
            Text::tr("internal error: unexpected PHY version \"%1\"")
                .arg(QString(device.phyVersion)));
    }
    return checkFields(device, Text::tr("TTN v2"));
}

TtsImportRules::Violation TtsImportRules::checkFrequencyPlan(
    const QString &frequencyPlanId, const QString &phyVersion)
{
    const FrequencyPlan *plan = FrequencyPlanCatalog::find(frequencyPlanId);
    if (!plan) {
        return broken(TtsRule::FrequencyPlanUnknown,
            Text::tr("unknown frequency plan \"%1\"").arg(frequencyPlanId));
    }
    if (!TtsBands::supports(plan->bandId, phyVersion)) {
        return broken(TtsRule::FrequencyPlanBand,
            Text::tr("frequency plan \"%1\" uses band %2, for which The Things Stack has no "
                     "regional parameters %3")
                .arg(frequencyPlanId, plan->bandId, phyVersion));
    }
    return {};
}

TtsImportRules::Violation TtsImportRules::checkFields(
    const V3EndDevice &device, const QString &source)
{
    if (Violation v = checkDeviceId(device); !v.ok())
        return v;
    if (!V3Ids::isValidId(device.applicationId)) {
        return broken(TtsRule::ApplicationIdFormat,
            Text::tr("application ID \"%1\" is not a valid ID in The Things Stack")
                .arg(device.applicationId));
    }
    if (longerThan(device.name, TtsLimits::maxNameLength)) {
        return broken(TtsRule::NameLength,
            Text::tr("the name is longer than %1 characters").arg(TtsLimits::maxNameLength));
    }
    if (longerThan(device.description, TtsLimits::maxDescriptionLength)) {
        return broken(TtsRule::DescriptionLength,
            Text::tr("the description is longer than %1 characters; shorten it in %2 first")
                .arg(TtsLimits::maxDescriptionLength)
                .arg(source));
    }
    if (Violation v = checkAttributes(device, source); !v.ok())
        return v;
    if (Violation v = checkLocation(device, source); !v.ok())
        return v;
    if (Violation v = checkKeys(device); !v.ok())
        return v;
    return checkSession(device);
}

TtsImportRules::Violation TtsImportRules::checkChosenDeviceId(const QString &deviceId)
{
    if (deviceId.isEmpty())
        return broken(TtsRule::DeviceIdFormat, Text::tr("the device ID is empty"));
    if (deviceId.size() > TtsLimits::maxIdLength) {
        return broken(TtsRule::DeviceIdFormat,
            Text::tr("\"%1\" is longer than %2 characters")
                .arg(shown(deviceId))
                .arg(TtsLimits::maxIdLength));
    }
    if (!V3Ids::isValidId(deviceId)) {
        return broken(TtsRule::DeviceIdFormat,
            Text::tr("\"%1\" is not a valid device ID: use at least 3 lowercase letters or "
                     "digits, with single hyphens between them")
                .arg(shown(deviceId)));
    }
    if (TtsReservedIds::contains(deviceId)) {
        return broken(TtsRule::DeviceIdReserved,
            Text::tr("The Things Stack reserves the device ID \"%1\"").arg(deviceId));
    }
    return {};
}

bool TtsImportRules::isAcceptedAttributeKey(const QString &v3Key)
{
    return V3Ids::isValidId(v3Key);
}

bool TtsImportRules::isAcceptedAttributeValue(const QString &value)
{
    return !longerThan(value, TtsLimits::maxAttributeValueLength);
}

TtsRepair TtsImportRules::repairFor(TtsRule rule)
{
    switch (rule) {
    case TtsRule::DeviceIdFormat:
    case TtsRule::DeviceIdReserved:
    case TtsRule::DuplicateDeviceId:
        return TtsRepair::NewDeviceId;
    case TtsRule::AttributeCount:
    case TtsRule::AttributeKey:
    case TtsRule::AttributeValueLength:
        return TtsRepair::DropAttributes;
    default:
        break;
    }
    return TtsRepair::None;
}

QString TtsImportRules::fieldOf(TtsRule rule)
{
    switch (rule) {
    case TtsRule::None:
        break;
    case TtsRule::FrequencyPlanUnknown:
    case TtsRule::FrequencyPlanBand:
        return u"frequency_plan_id"_s;
    case TtsRule::DeviceIdFormat:
    case TtsRule::DeviceIdReserved:
    case TtsRule::DuplicateDeviceId:
        return u"ids.device_id"_s;
    case TtsRule::ApplicationIdFormat:
        return u"ids.application_ids.application_id"_s;
    case TtsRule::NameLength:
        return u"name"_s;
    case TtsRule::DescriptionLength:
        return u"description"_s;
    case TtsRule::AttributeCount:
    case TtsRule::AttributeKey:
    case TtsRule::AttributeValueLength:
        return u"attributes"_s;
    case TtsRule::LocationRange:
        return u"locations.user"_s;
    case TtsRule::Identifiers:
    case TtsRule::DuplicateEuis:
        return u"ids.dev_eui"_s;
    case TtsRule::AppKey:
        return u"root_keys.app_key.key"_s;
    case TtsRule::SessionAddress:
        return u"session.dev_addr"_s;
    case TtsRule::SessionKeys:
        return u"session.keys"_s;
    case TtsRule::SessionKeyId:
        return u"session.keys.session_key_id"_s;
    case TtsRule::SessionCounters:
        return u"session.last_f_cnt_up"_s;
    case TtsRule::SessionStartTime:
        return u"session.started_at"_s;
    }
    return QString();
}
