#include "chirpstack/chirpstackconverter.h"

#include "convert/deviceconverter.h"
#include "convert/ttsimportrules.h"
#include "convert/ttslimits.h"
#include "convert/v3attributes.h"
#include "convert/v3ids.h"
#include "ttssource/ttssourceconverter.h"
#include "util/localenumbers.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChirpStackConverter)
};

const QString kZeroEui = u"0000000000000000"_s;

bool isZeroHex(const QString &hex)
{
    for (const QChar c : hex) {
        if (c != u'0')
            return false;
    }
    return true;
}

// A key or EUI ChirpStack left unset (empty or all zeros).
bool isUnset(const QString &hex)
{
    return hex.isEmpty() || isZeroHex(hex);
}

QJsonObject keyEnvelope(const QString &hex)
{
    return { { u"key"_s, hex.toUpper() } };
}

QJsonObject valueOf(qint64 value)
{
    return { { u"value"_s, value } };
}

QString seconds(quint32 s)
{
    return QString::number(s) + u's';
}

bool isV11(int macVersion)
{
    return macVersion == ChirpStack::Mac110;
}

QString revisionName(int revision)
{
    if (revision == ChirpStack::RevA)
        return u"A"_s;
    if (revision == ChirpStack::RevB)
        return u"B"_s;
    return u"RP002-1.0.%1"_s.arg(revision - ChirpStack::Rp002_100);
}

QByteArray sessionKeyId(const ChirpStackConverter::Options &options)
{
    QByteArray bytes;
    if (options.sessionKeyIdSource) {
        bytes = options.sessionKeyIdSource();
    } else {
        bytes.resize(16);
        QRandomGenerator::system()->fillRange(
            reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
    }
    return bytes.toBase64();
}

// The payload codec of the profile as TTS formatters, with what to know about it.
QJsonObject formatters(const ChirpStackProfile &profile, QStringList *warnings)
{
    if (profile.codecRuntime == ChirpStack::CodecCayenneLpp) {
        return { { u"up_formatter"_s, u"FORMATTER_CAYENNELPP"_s },
            { u"down_formatter"_s, u"FORMATTER_CAYENNELPP"_s } };
    }
    if (profile.codecRuntime != ChirpStack::CodecJs || profile.codecScript.trimmed().isEmpty())
        return {};
    // ChirpStack v4's decodeUplink(input)/encodeDownlink(input) run in TTS as they are.
    const QString &script = profile.codecScript;
    QJsonObject out { { u"up_formatter"_s, u"FORMATTER_JAVASCRIPT"_s },
        { u"up_formatter_parameter"_s, script } };
    if (script.contains(u"encodeDownlink"_s)) {
        out.insert(u"down_formatter"_s, u"FORMATTER_JAVASCRIPT"_s);
        out.insert(u"down_formatter_parameter"_s, script);
    }
    if (script.contains(u"input.variables"_s))
        *warnings << Text::tr("the payload codec reads input.variables, which only ChirpStack "
                              "passes: check the formatter in The Things Stack");
    if (script.contains(u"Buffer"_s))
        *warnings << Text::tr("the payload codec uses Buffer, which only ChirpStack's "
                              "JavaScript engine has: check the formatter in The Things Stack");
    if (script.toUtf8().size() > 16 * 1024)
        *warnings << Text::tr("the payload codec is larger than 16 KB: The Things Stack may "
                              "refuse it as a per-device formatter");
    return out;
}

} // namespace

QString ChirpStackConverter::lorawanVersion(int macVersion)
{
    switch (macVersion) {
    case ChirpStack::Mac100:
        return u"MAC_V1_0"_s;
    case ChirpStack::Mac101:
        return u"MAC_V1_0_1"_s;
    case ChirpStack::Mac102:
        return u"MAC_V1_0_2"_s;
    case ChirpStack::Mac103:
        return u"MAC_V1_0_3"_s;
    case ChirpStack::Mac104:
        return u"MAC_V1_0_4"_s;
    case ChirpStack::Mac110:
        return u"MAC_V1_1"_s;
    default:
        return {};
    }
}

ChirpStackConverter::PhyVersion ChirpStackConverter::phyVersion(
    int macVersion, int revision, bool failRp002_105)
{
    PhyVersion out;
    if (lorawanVersion(macVersion).isEmpty() || revision < ChirpStack::RevA
        || revision > ChirpStack::Rp002_105) {
        out.failure = Text::tr("the device profile's LoRaWAN version or regional parameters "
                               "revision is not one ChirpStack defines");
        return out;
    }
    if (revision >= ChirpStack::Rp002_100) {
        const int x = revision - ChirpStack::Rp002_100;
        if (x <= 4) {
            out.id = u"RP002_V1_0_%1"_s.arg(x);
            return out;
        }
        // RP002-1.0.5 has no TTS name yet.
        if (failRp002_105) {
            out.failure = Text::tr("regional parameters RP002-1.0.5 have no equivalent in The "
                                   "Things Stack");
            return out;
        }
        out.id = u"RP002_V1_0_4"_s;
        out.warning = Text::tr("regional parameters RP002-1.0.5 have no equivalent in The Things "
                               "Stack: exported as RP002-1.0.4");
        return out;
    }
    const bool b = revision == ChirpStack::RevB;
    switch (macVersion) {
    case ChirpStack::Mac100:
        out.id = u"PHY_V1_0"_s;
        break;
    case ChirpStack::Mac101:
        out.id = u"PHY_V1_0_1"_s;
        break;
    case ChirpStack::Mac102:
        out.id = b ? u"PHY_V1_0_2_REV_B"_s : u"PHY_V1_0_2_REV_A"_s;
        break;
    case ChirpStack::Mac103:
        out.id = u"PHY_V1_0_3_REV_A"_s;
        if (b)
            out.warning = Text::tr("LoRaWAN 1.0.3 with revision B does not exist in The Things "
                                   "Stack: exported as 1.0.3 revision A");
        break;
    case ChirpStack::Mac104:
        // LoRaWAN 1.0.4 goes with RP002 only: the profile's pair is not a real one.
        out.failure = Text::tr("LoRaWAN 1.0.4 with regional parameters revision %1 is not a "
                               "real pair: set the device profile's revision to the RP002 "
                               "version the device implements")
                          .arg(revisionName(revision));
        break;
    case ChirpStack::Mac110:
        out.id = b ? u"PHY_V1_1_REV_B"_s : u"PHY_V1_1_REV_A"_s;
        break;
    }
    return out;
}

QString ChirpStackConverter::suggestedFrequencyPlan(int region, const QString &regionConfigId)
{
    // "us915_1" (ChirpStack counts sub-bands from 0) hints FSB 2.
    auto subBand = [&regionConfigId](const QString &prefix, const QString &plan) {
        const QString lower = regionConfigId.toLower();
        if (lower.startsWith(prefix)) {
            bool ok = false;
            const int n = lower.mid(prefix.size()).toInt(&ok);
            if (ok && n >= 0 && n <= 7)
                return u"%1_FSB_%2"_s.arg(plan).arg(n + 1);
        }
        return plan + u"_FSB_2"_s;
    };
    switch (region) {
    case ChirpStack::EU868:
        return u"EU_863_870"_s; // SF12 RX2, as ChirpStack configures its devices
    case ChirpStack::US915:
        return subBand(u"us915_"_s, u"US_902_928"_s);
    case ChirpStack::AU915:
        return subBand(u"au915_"_s, u"AU_915_928"_s);
    case ChirpStack::CN470:
        return u"CN_470_510_FSB_11"_s;
    case ChirpStack::AS923:
        return u"AS_923"_s;
    case ChirpStack::AS923_2:
        return u"AS_923_2"_s;
    case ChirpStack::AS923_3:
        return u"AS_923_3"_s;
    case ChirpStack::AS923_4:
        return u"AS_923_4"_s;
    case ChirpStack::KR920:
        return u"KR_920_923_TTN"_s;
    case ChirpStack::IN865:
        return u"IN_865_867"_s;
    case ChirpStack::RU864:
        return u"RU_864_870_TTN"_s;
    case ChirpStack::EU433:
        return u"EU_433"_s;
    case ChirpStack::ISM2400:
        return u"ISM_2400_3CH_DRAFT2"_s;
    default: // CN779: none in TTS
        return {};
    }
}

QString ChirpStackConverter::pingSlotPeriod(quint32 periodicity)
{
    if (periodicity > 7)
        return {};
    return u"PING_EVERY_%1S"_s.arg(1u << periodicity);
}

QString ChirpStackConverter::statusTimePeriodicity(quint32 timesPerDay)
{
    if (timesPerDay == 0)
        return u"0s"_s;
    if (86400 % timesPerDay == 0)
        return seconds(86400 / timesPerDay);
    // A fraction of a second: milliseconds are exact enough.
    return QString::number(86400.0 / timesPerDay, 'f', 3) + u's';
}

QString ChirpStackConverter::deviceId(const ChirpStackDevice &device, bool fromName)
{
    const QString euiId = u"eui-"_s + device.devEui.toLower();
    if (!fromName)
        return euiId;
    const QString id = sanitisedId(device.name);
    return id.isEmpty() ? euiId : id;
}

QString ChirpStackConverter::sanitisedId(const QString &name)
{
    // Lowercase, every run of other characters one hyphen, trimmed to the length limit.
    QString id;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    id.truncate(TtsLimits::maxIdLength);
    while (id.endsWith(u'-'))
        id.chop(1);
    return V3Ids::isValidId(id) ? id : QString();
}

DeviceOutcome ChirpStackConverter::convert(
    const ChirpStackRecord &record, const Options &options, const QString &newDeviceId)
{
    const ChirpStackDevice &d = record.device;
    const ChirpStackProfile &p = record.profile;
    DeviceOutcome outcome;
    outcome.v2DeviceId = d.devEui.toLower(); // the source's ID: the DevEUI
    outcome.v3DeviceId
        = newDeviceId.isEmpty() ? deviceId(d, options.deviceIdFromName) : newDeviceId;
    outcome.devEui = d.devEui.toUpper();
    const QString joinEui = !isUnset(d.joinEui) ? d.joinEui.toUpper()
        : !options.joinEui.isEmpty()            ? options.joinEui.toUpper()
                                                : kZeroEui;
    outcome.joinEui = joinEui;
    outcome.name = d.name;
    outcome.profile = p.name;
    const bool otaa = p.supportsOtaa;
    outcome.activation = otaa ? Activation::Otaa : Activation::Abp;
    const bool v11 = isV11(p.macVersion);

    // What there is to migrate.
    if (otaa) {
        const QString rootKey = v11 ? record.keys.appKey : record.keys.nwkKey;
        if (!record.keys.present || isUnset(rootKey)) {
            return DeviceOutcome::ended(outcome, OutcomeStatus::Skipped,
                Text::tr("OTAA device without keys in ChirpStack: it could not join The Things "
                         "Stack; set its keys in ChirpStack first"));
        }
    } else {
        if (!options.exportSession)
            return DeviceOutcome::ended(
                outcome, OutcomeStatus::Skipped, DeviceConverter::abpWithoutSessionReason());
        if (!record.activation.present || isUnset(record.activation.devAddr))
            return DeviceOutcome::ended(outcome, OutcomeStatus::Skipped,
                Text::tr("ABP device without a session in ChirpStack (never activated): "
                         "nothing to migrate"));
        if (record.activation.appSKey.isEmpty())
            return DeviceOutcome::ended(outcome, OutcomeStatus::Failed,
                Text::tr("the AppSKey is kept by a join server, not by ChirpStack: the session "
                         "cannot be exported"),
                TtsRule::SessionKeys);
    }

    const QString macVersion = lorawanVersion(p.macVersion);
    const PhyVersion phy = phyVersion(p.macVersion, p.regParamsRevision, options.failRp002_105);
    if (!phy.failure.isEmpty())
        return DeviceOutcome::ended(outcome, OutcomeStatus::Failed, phy.failure);
    if (!phy.warning.isEmpty())
        outcome.warnings << phy.warning;
    const QString plan = !options.frequencyPlanId.isEmpty()
        ? options.frequencyPlanId
        : suggestedFrequencyPlan(p.region, p.regionConfigId);
    if (plan.isEmpty())
        return DeviceOutcome::ended(outcome, OutcomeStatus::Failed,
            Text::tr("ChirpStack's region CN779 has no frequency plan in The Things Stack"));
    outcome.mapping = Text::tr("Device profile “%1”: %2, %3, frequency plan %4")
                          .arg(p.name, macVersion, phy.id, plan);

    QJsonObject device;
    device.insert(u"ids"_s,
        QJsonObject { { u"device_id"_s, outcome.v3DeviceId },
            { u"application_ids"_s,
                QJsonObject { { u"application_id"_s, options.applicationId } } },
            { u"dev_eui"_s, outcome.devEui }, { u"join_eui"_s, joinEui } });
    QString name = d.name;
    if (V3Ids::codePointCount(name) > TtsLimits::maxNameLength) {
        name.truncate(TtsLimits::maxNameLength);
        outcome.warnings << Text::tr("name shortened to %1 characters (The Things Stack's limit)")
                                .arg(TtsLimits::maxNameLength);
    }
    if (!name.isEmpty())
        device.insert(u"name"_s, name);
    if (!d.description.isEmpty())
        device.insert(u"description"_s, d.description);

    // Tags (and, when asked, variables) under TTS's attribute rules.
    QList<QPair<QString, QString>> pairs;
    for (auto it = d.tags.constBegin(); it != d.tags.constEnd(); ++it)
        pairs.append({ it.key(), it.value() });
    if (options.exportVariables) {
        for (auto it = d.variables.constBegin(); it != d.variables.constEnd(); ++it)
            pairs.append({ u"var-"_s + it.key(), it.value() });
    }
    const V3Attributes attributes
        = V3Attributes::build(pairs, QString(), options.dropInvalidAttributes);
    outcome.warnings << attributes.warnings;
    outcome.droppedAttributes = attributes.dropped;
    if (!attributes.pairs.isEmpty()) {
        QJsonObject object;
        for (const auto &pair : attributes.pairs)
            object.insert(pair.first, pair.second);
        device.insert(u"attributes"_s, object);
    }
    if (!options.exportVariables && !d.variables.isEmpty()) {
        const int n = int(d.variables.size());
        outcome.warnings << LocaleNumbers::withGroupedN(
            Text::tr("%n device variable(s) not exported (they may hold secrets)", nullptr, n), n);
    }

    device.insert(u"lorawan_version"_s, macVersion);
    device.insert(u"lorawan_phy_version"_s, phy.id);
    device.insert(u"frequency_plan_id"_s, plan);
    if (otaa)
        device.insert(u"supports_join"_s, true);
    if (p.supportsClassB)
        device.insert(u"supports_class_b"_s, true);
    if (p.supportsClassC)
        device.insert(u"supports_class_c"_s, true);

    // Root keys: LoRaWAN 1.0.x keeps the AppKey in nwk_key (app_key is zero there).
    if (otaa) {
        QJsonObject rootKeys;
        if (v11) {
            rootKeys.insert(u"app_key"_s, keyEnvelope(record.keys.appKey));
            if (!isUnset(record.keys.nwkKey))
                rootKeys.insert(u"nwk_key"_s, keyEnvelope(record.keys.nwkKey));
        } else {
            rootKeys.insert(u"app_key"_s, keyEnvelope(record.keys.nwkKey));
        }
        device.insert(u"root_keys"_s, rootKeys);
        if (!isUnset(record.keys.genAppKey))
            outcome.warnings << Text::tr("the GenAppKey (multicast key generation) has no field "
                                         "in The Things Stack: not exported");
    }

    QJsonObject mac;
    const bool withSession = options.exportSession && record.activation.present
        && !isUnset(record.activation.devAddr) && !record.activation.appSKey.isEmpty();
    if (!otaa) {
        mac.insert(u"rx1_delay"_s, qint64(qMax<quint32>(p.abpRx1Delay, 1)));
        mac.insert(u"rx1_data_rate_offset"_s, valueOf(p.abpRx1DrOffset));
        mac.insert(u"rx2_data_rate_index"_s, valueOf(p.abpRx2Dr));
        if (p.abpRx2Freq > 0)
            mac.insert(u"rx2_frequency"_s, valueOf(p.abpRx2Freq));
    } else if (withSession) {
        mac.insert(u"rx1_delay"_s, qint64(1)); // ChirpStack's regions' default RX1 delay
    }
    if (d.skipFcntCheck)
        mac.insert(u"resets_f_cnt"_s, true);
    if (p.supportsClassB) {
        const QString period = pingSlotPeriod(p.classBPingSlotPeriodicity);
        if (period.isEmpty())
            return DeviceOutcome::ended(outcome, OutcomeStatus::Failed,
                Text::tr("the device profile's class B ping slot periodicity is not 0-7"));
        mac.insert(u"ping_slot_periodicity"_s, QJsonObject { { u"value"_s, period } });
        mac.insert(u"ping_slot_data_rate_index"_s, valueOf(p.classBPingSlotDr));
        if (p.classBPingSlotFreq > 0)
            mac.insert(u"ping_slot_frequency"_s, valueOf(p.classBPingSlotFreq));
        mac.insert(u"class_b_timeout"_s, seconds(p.classBTimeout));
    }
    if (p.supportsClassC)
        mac.insert(u"class_c_timeout"_s, seconds(p.classCTimeout));
    mac.insert(u"status_time_periodicity"_s, statusTimePeriodicity(p.deviceStatusReqInterval));
    mac.insert(u"status_count_periodicity"_s, 0);
    device.insert(u"mac_settings"_s, mac);

    const QJsonObject codec = formatters(p, &outcome.warnings);
    if (!codec.isEmpty())
        device.insert(u"formatters"_s, codec);

    if (withSession) {
        const ChirpStackActivation &a = record.activation;
        QJsonObject keys { { u"app_s_key"_s, keyEnvelope(a.appSKey) },
            { u"f_nwk_s_int_key"_s, keyEnvelope(a.fNwkSIntKey) } };
        if (v11) {
            keys.insert(u"s_nwk_s_int_key"_s, keyEnvelope(a.sNwkSIntKey));
            keys.insert(u"nwk_s_enc_key"_s, keyEnvelope(a.nwkSEncKey));
        }
        if (otaa) // TTS refuses a session key ID on an ABP device
            keys.insert(u"session_key_id"_s, QString::fromLatin1(sessionKeyId(options)));
        QJsonObject session { { u"dev_addr"_s, a.devAddr.toUpper() }, { u"keys"_s, keys } };
        // ChirpStack keeps the next counters, TTS the last ones.
        if (a.fCntUp > 0)
            session.insert(u"last_f_cnt_up"_s, qint64(a.fCntUp) - 1);
        if (a.nFCntDown > 0)
            session.insert(u"last_n_f_cnt_down"_s, qint64(a.nFCntDown) - 1);
        if (v11 && a.aFCntDown > 0)
            session.insert(u"last_a_f_cnt_down"_s, qint64(a.aFCntDown) - 1);
        const QDateTime started
            = options.exportTime.isValid() ? options.exportTime : QDateTime::currentDateTimeUtc();
        session.insert(u"started_at"_s, started.toUTC().toString(Qt::ISODate));
        device.insert(u"session"_s, session);
        outcome.warnings << Text::tr("exported with its session (DevAddr %1): it keeps working "
                                     "only where the device's uplinks for that DevAddr arrive")
                                .arg(a.devAddr.toUpper());
    } else if (otaa && options.exportSession && record.activation.present
        && record.activation.appSKey.isEmpty()) {
        outcome.warnings << Text::tr("the session's AppSKey is kept by a join server: exported "
                                     "without session, the device must re-join");
    }
    if (d.isDisabled)
        outcome.warnings << Text::tr("disabled in ChirpStack: The Things Stack will serve it");

    V3EndDevice v3 = TtsSourceConverter::projection(device);
    v3.deviceIdChosen = !newDeviceId.isEmpty();
    TtsImportRules::Violation violation = TtsImportRules::checkFrequencyPlan(plan, phy.id);
    if (violation.ok())
        violation = TtsImportRules::checkFields(v3, Text::tr("ChirpStack"));
    if (!violation.ok())
        return DeviceOutcome::ended(
            outcome, OutcomeStatus::Failed, violation.reason, violation.rule);
    outcome.json = TtsSourceConverter::compact(device);
    outcome.status = OutcomeStatus::Exported;
    outcome.sessionExported = withSession;
    return outcome;
}
