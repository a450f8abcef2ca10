#include "ttssource/ttssourceconverter.h"

#include "convert/compactjsonwriter.h"
#include "convert/deviceconverter.h"
#include "convert/ttsimportrules.h"
#include "convert/v3enddevice.h"
#include "convert/v3ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsSourceConverter)
};

// Copies the listed top-level fields of `from` that are present.
void copyFields(QJsonObject &to, const QJsonObject &from, const QStringList &fields)
{
    for (const QString &field : fields) {
        const QJsonValue value = from.value(field);
        if (!value.isUndefined() && !value.isNull())
            to.insert(field, value);
    }
}

// A KeyEnvelope with a plain key, upper case; an envelope holding only an encrypted key (a
// KEK label at the source) cannot be moved and comes back empty.
QJsonObject plainKey(const QJsonValue &envelope, bool *encrypted)
{
    const QJsonObject object = envelope.toObject();
    const QString key = object.value(u"key"_s).toString();
    if (key.isEmpty()) {
        if (!object.value(u"encrypted_key"_s).toString().isEmpty())
            *encrypted = true;
        return {};
    }
    return { { u"key"_s, key.toUpper() } };
}

// The keys object with only plain keys; `names` are the envelopes to keep.
QJsonObject plainKeys(const QJsonObject &keys, const QStringList &names, bool *encrypted)
{
    QJsonObject out;
    for (const QString &name : names) {
        if (!keys.contains(name))
            continue;
        const QJsonObject key = plainKey(keys.value(name), encrypted);
        if (!key.isEmpty())
            out.insert(name, key);
    }
    return out;
}

QJsonObject mergedSession(const QJsonObject &ns, const QJsonObject &as, bool *encrypted)
{
    QJsonObject session;
    copyFields(session, ns,
        { u"dev_addr"_s, u"last_f_cnt_up"_s, u"last_n_f_cnt_down"_s, u"last_conf_f_cnt_down"_s,
            u"started_at"_s });
    copyFields(session, as, { u"last_a_f_cnt_down"_s });
    if (session.contains(u"dev_addr"_s))
        session.insert(u"dev_addr"_s, session.value(u"dev_addr"_s).toString().toUpper());
    const QJsonObject nsKeys = ns.value(u"keys"_s).toObject();
    QJsonObject keys = plainKeys(
        nsKeys, { u"f_nwk_s_int_key"_s, u"s_nwk_s_int_key"_s, u"nwk_s_enc_key"_s }, encrypted);
    const QJsonObject asKeys = as.value(u"keys"_s).toObject();
    const QJsonObject appKeys = plainKeys(asKeys, { u"app_s_key"_s }, encrypted);
    for (auto it = appKeys.constBegin(); it != appKeys.constEnd(); ++it)
        keys.insert(it.key(), it.value());
    const QJsonValue keyId = nsKeys.contains(u"session_key_id"_s)
        ? nsKeys.value(u"session_key_id"_s)
        : asKeys.value(u"session_key_id"_s);
    if (keyId.isString() && !keyId.toString().isEmpty())
        keys.insert(u"session_key_id"_s, keyId);
    if (!keys.isEmpty())
        session.insert(u"keys"_s, keys);
    return session;
}

// Numbers as integers where they are (counters, periods), the rest as doubles.
void writeValue(CompactJsonWriter &json, const QJsonValue &value);

void writeObject(CompactJsonWriter &json, const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        json.userKey(it.key());
        writeValue(json, it.value());
    }
}

void writeValue(CompactJsonWriter &json, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        json.value(value.toBool());
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::fabs(number) < 9007199254740992.0)
            json.value(qint64(number));
        else
            json.value(number);
        break;
    }
    case QJsonValue::String:
        json.value(value.toString());
        break;
    case QJsonValue::Array: {
        // Written whole: the writer's comma logic is for object members.
        QByteArray text = "[";
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            CompactJsonWriter element(64);
            writeValue(element, array.at(i));
            if (i > 0)
                text += ',';
            text += element.take();
        }
        text += ']';
        json.rawValue(text);
        break;
    }
    case QJsonValue::Object:
        json.beginObject();
        writeObject(json, value.toObject());
        json.endObject();
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        json.rawValue("null");
        break;
    }
}

} // namespace

QByteArray TtsSourceConverter::compact(const QJsonObject &device)
{
    CompactJsonWriter json(1024);
    json.beginObject();
    writeObject(json, device);
    json.endObject();
    return json.take();
}

V3EndDevice TtsSourceConverter::projection(const QJsonObject &device)
{
    V3EndDevice v3;
    const QJsonObject ids = device.value(u"ids"_s).toObject();
    v3.deviceId = ids.value(u"device_id"_s).toString();
    v3.deviceIdChosen = true; // the source's own ID, used as it is
    v3.applicationId
        = ids.value(u"application_ids"_s).toObject().value(u"application_id"_s).toString();
    v3.devEui = ids.value(u"dev_eui"_s).toString();
    v3.joinEui = ids.value(u"join_eui"_s).toString();
    if (v3.joinEui.isEmpty())
        v3.joinEui = u"0000000000000000"_s;
    v3.name = device.value(u"name"_s).toString();
    v3.description = device.value(u"description"_s).toString();
    const QJsonObject attributes = device.value(u"attributes"_s).toObject();
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
        v3.attributes.append({ it.key(), it.value().toString() });
    const QJsonObject locations = device.value(u"locations"_s).toObject();
    if (!locations.isEmpty()) {
        const QJsonObject location = locations.contains(u"user"_s)
            ? locations.value(u"user"_s).toObject()
            : locations.constBegin().value().toObject();
        v3.hasLocation = true;
        v3.location
            = { location.value(u"latitude"_s).toDouble(), location.value(u"longitude"_s).toDouble(),
                  qint64(location.value(u"altitude"_s).toDouble()) };
    }
    v3.frequencyPlanId = device.value(u"frequency_plan_id"_s).toString();
    v3.supportsJoin = device.value(u"supports_join"_s).toBool();
    v3.appKey = device.value(u"root_keys"_s)
                    .toObject()
                    .value(u"app_key"_s)
                    .toObject()
                    .value(u"key"_s)
                    .toString();
    const QJsonObject session = device.value(u"session"_s).toObject();
    v3.hasSession = !session.isEmpty();
    if (v3.hasSession) {
        const QJsonObject keys = session.value(u"keys"_s).toObject();
        V3Session &s = v3.session;
        s.devAddr = session.value(u"dev_addr"_s).toString();
        s.fNwkSIntKey = keys.value(u"f_nwk_s_int_key"_s).toObject().value(u"key"_s).toString();
        s.appSKey = keys.value(u"app_s_key"_s).toObject().value(u"key"_s).toString();
        s.sessionKeyId = keys.value(u"session_key_id"_s).toString().toLatin1();
        s.lastFCntUp = qint64(session.value(u"last_f_cnt_up"_s).toDouble());
        s.lastNFCntDown = qint64(session.value(u"last_n_f_cnt_down"_s).toDouble());
        s.startedAt = session.value(u"started_at"_s).toString().toLatin1();
    }
    return v3;
}

QJsonObject TtsSourceConverter::merge(const TtsSourceRecord &record, bool withSession)
{
    QJsonObject device;
    // The identifiers, without ids.dev_addr: the session's address is the session's.
    const QJsonObject sourceIds = record.identity.value(u"ids"_s).toObject();
    QJsonObject ids;
    copyFields(ids, sourceIds, { u"device_id"_s, u"application_ids"_s });
    for (const QString &eui : { u"dev_eui"_s, u"join_eui"_s }) {
        const QString value = sourceIds.value(eui).toString();
        if (!value.isEmpty())
            ids.insert(eui, value.toUpper());
    }
    device.insert(u"ids"_s, ids);
    // The Identity Server's descriptive fields; never its server addresses (the target's
    // import writes its own).
    copyFields(device, record.identity,
        { u"name"_s, u"description"_s, u"attributes"_s, u"version_ids"_s, u"locations"_s,
            u"serial_number"_s, u"lora_alliance_profile_ids"_s });
    copyFields(device, record.network,
        { u"lorawan_version"_s, u"lorawan_phy_version"_s, u"frequency_plan_id"_s,
            u"supports_join"_s, u"supports_class_b"_s, u"supports_class_c"_s, u"mac_settings"_s,
            u"multicast"_s });
    copyFields(device, record.join, { u"resets_join_nonces"_s, u"net_id"_s });
    bool encrypted = false;
    const QJsonObject rootKeys = plainKeys(
        record.join.value(u"root_keys"_s).toObject(), { u"app_key"_s, u"nwk_key"_s }, &encrypted);
    if (!rootKeys.isEmpty())
        device.insert(u"root_keys"_s, rootKeys);
    copyFields(device, record.application, { u"formatters"_s, u"skip_payload_crypto_override"_s });
    if (withSession) {
        const QJsonObject session = mergedSession(record.network.value(u"session"_s).toObject(),
            record.application.value(u"session"_s).toObject(), &encrypted);
        if (!session.isEmpty())
            device.insert(u"session"_s, session);
    }
    return device;
}

DeviceOutcome TtsSourceConverter::convert(
    const TtsSourceRead &read, const Options &options, const QString &newDeviceId)
{
    DeviceOutcome outcome;
    outcome.v2DeviceId = read.deviceId; // the source's device ID
    const QString deviceId = newDeviceId.isEmpty() ? read.deviceId : newDeviceId;
    if (V3Ids::isValidId(deviceId))
        outcome.v3DeviceId = deviceId;
    outcome.devEui = read.devEui;
    outcome.joinEui = read.joinEui;
    switch (read.state) {
    case TtsSourceReadState::Skipped:
        return DeviceOutcome::ended(outcome, OutcomeStatus::Skipped, read.reason);
    case TtsSourceReadState::Failed:
        return DeviceOutcome::ended(outcome, OutcomeStatus::Failed, read.reason);
    case TtsSourceReadState::Read:
        break;
    }
    const TtsSourceRecord &record = read.record;
    const bool otaa = record.network.value(u"supports_join"_s).toBool();
    outcome.activation = otaa ? Activation::Otaa : Activation::Abp;
    const QJsonObject nsSession = record.network.value(u"session"_s).toObject();
    const bool hasSession
        = options.withSession && !nsSession.value(u"dev_addr"_s).toString().isEmpty();
    if (!otaa && !hasSession) {
        if (!options.withSession)
            return DeviceOutcome::ended(
                outcome, OutcomeStatus::Skipped, DeviceConverter::abpWithoutSessionReason());
        return DeviceOutcome::ended(outcome, OutcomeStatus::Skipped,
            Text::tr("ABP device without a session at the source: nothing to migrate"));
    }
    // Keys the source keeps encrypted (a KEK label) cannot be moved.
    bool rootEncrypted = false;
    plainKeys(record.join.value(u"root_keys"_s).toObject(), { u"app_key"_s, u"nwk_key"_s },
        &rootEncrypted);
    if (otaa && rootEncrypted) {
        return DeviceOutcome::ended(outcome, OutcomeStatus::Failed,
            Text::tr("the source's Join Server keeps the root keys encrypted (with a KEK "
                     "label): they cannot be exported"),
            TtsRule::AppKey);
    }
    QJsonObject device = merge(record, hasSession);
    if (!newDeviceId.isEmpty()) {
        QJsonObject ids = device.value(u"ids"_s).toObject();
        ids.insert(u"device_id"_s, newDeviceId);
        device.insert(u"ids"_s, ids);
    }
    if (hasSession) {
        // TTS needs a start time with a session; an old server may not have kept one.
        QJsonObject session = device.value(u"session"_s).toObject();
        if (session.value(u"started_at"_s).toString().isEmpty()) {
            session.insert(u"started_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            device.insert(u"session"_s, session);
        }
    }
    if (hasSession) {
        bool sessionEncrypted = false;
        mergedSession(
            nsSession, record.application.value(u"session"_s).toObject(), &sessionEncrypted);
        if (sessionEncrypted) {
            return DeviceOutcome::ended(outcome, OutcomeStatus::Failed,
                Text::tr("the source keeps the session keys encrypted (with a KEK label): "
                         "export it without session"),
                TtsRule::SessionKeys);
        }
        outcome.warnings << Text::tr(
            "exported with its session (DevAddr %1): it keeps working only if the target "
            "receives the device's uplinks for that DevAddr (the same network; Packet Broker "
            "routes by DevAddr to the network that owns it); otherwise let the device re-join")
                                .arg(nsSession.value(u"dev_addr"_s).toString().toUpper());
    } else if (otaa && options.withSession) {
        outcome.warnings << Text::tr(
            "no session at the source (the device has not joined): exported without session, "
            "it must re-join");
    }
    if (!read.formattersRead) {
        outcome.warnings << Text::tr("per-device payload formatters not read: the API key lacks "
                                     "RIGHT_APPLICATION_SETTINGS_BASIC");
    }

    // The target's Network Server refuses class B without a ping slot periodicity (an older
    // source may have taken it).
    if (device.value(u"supports_class_b"_s).toBool()
        && !device.value(u"mac_settings"_s).toObject().contains(u"ping_slot_periodicity"_s)) {
        return DeviceOutcome::ended(outcome, OutcomeStatus::Failed,
            Text::tr("a class B device needs a ping slot periodicity, which The Things Stack "
                     "requires; set it at the source first"));
    }
    const V3EndDevice v3 = projection(device);
    TtsImportRules::Violation violation = TtsImportRules::checkFrequencyPlan(
        v3.frequencyPlanId, device.value(u"lorawan_phy_version"_s).toString());
    if (violation.ok())
        violation = TtsImportRules::checkFields(v3, Text::tr("the source application"));
    if (!violation.ok())
        return DeviceOutcome::ended(
            outcome, OutcomeStatus::Failed, violation.reason, violation.rule);
    outcome.json = compact(device);
    outcome.status = OutcomeStatus::Exported;
    outcome.sessionExported = hasSession;
    return outcome;
}
