#include "ttsemufieldmask.h"

#include "ttsemuerror.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ttsemu {

namespace {

const QStringList &idPaths()
{
    static const QStringList paths { u"ids"_s, u"ids.application_ids"_s,
        u"ids.application_ids.application_id"_s, u"ids.dev_eui"_s, u"ids.device_id"_s,
        u"ids.join_eui"_s };
    return paths;
}

QSet<QString> allowed(TtsServer server)
{
    QStringList paths = idPaths();
    switch (server) {
    case TtsServer::Identity: // takes a POST of the whole device, no field mask
        break;
    case TtsServer::Join:
        paths << u"root_keys.app_key.key"_s << u"root_keys.nwk_key.key"_s
              << u"root_keys.root_key_id"_s << u"network_server_address"_s
              << u"application_server_address"_s << u"application_server_id"_s << u"net_id"_s
              << u"resets_join_nonces"_s << u"last_dev_nonce"_s << u"last_join_nonce"_s
              << u"provisioner_id"_s << u"claim_authentication_code.value"_s;
        break;
    case TtsServer::Network:
        paths << u"frequency_plan_id"_s << u"lorawan_version"_s << u"lorawan_phy_version"_s
              << u"supports_join"_s << u"supports_class_b"_s << u"supports_class_c"_s
              << u"multicast"_s << u"mac_settings.rx1_delay"_s
              << u"mac_settings.supports_32_bit_f_cnt"_s << u"mac_settings.resets_f_cnt"_s
              << u"mac_settings.status_time_periodicity"_s
              << u"mac_settings.status_count_periodicity"_s
              << u"mac_settings.factory_preset_frequencies"_s << u"mac_settings.adr_margin"_s
              << u"mac_settings.class_c_timeout"_s << u"session.dev_addr"_s
              << u"session.keys.f_nwk_s_int_key.key"_s << u"session.keys.s_nwk_s_int_key.key"_s
              << u"session.keys.nwk_s_enc_key.key"_s << u"session.keys.session_key_id"_s
              << u"session.last_f_cnt_up"_s << u"session.last_n_f_cnt_down"_s
              << u"session.last_conf_f_cnt_down"_s << u"session.started_at"_s;
        // Every MAC setting (TTS takes each as a path of its own).
        for (const char *name : { "adr", "adr_margin", "beacon_frequency",
                 "class_b_c_downlink_interval", "class_b_timeout", "desired_adr_ack_delay_exponent",
                 "desired_adr_ack_limit_exponent", "desired_beacon_frequency",
                 "desired_max_duty_cycle", "desired_max_eirp", "desired_ping_slot_data_rate_index",
                 "desired_ping_slot_frequency", "desired_relay", "desired_rx1_data_rate_offset",
                 "desired_rx1_delay", "desired_rx2_data_rate_index", "desired_rx2_frequency",
                 "downlink_dwell_time", "max_duty_cycle", "ping_slot_data_rate_index",
                 "ping_slot_frequency", "ping_slot_periodicity", "relay", "rx1_data_rate_offset",
                 "rx2_data_rate_index", "rx2_frequency", "schedule_downlinks", "uplink_dwell_time",
                 "use_adr" })
            paths << u"mac_settings."_s + QString::fromLatin1(name);
        break;
    case TtsServer::Application:
        paths << u"session.dev_addr"_s << u"session.keys.app_s_key.key"_s
              << u"session.keys.session_key_id"_s << u"session.last_a_f_cnt_down"_s
              << u"skip_payload_crypto"_s << u"skip_payload_crypto_override"_s
              << u"formatters.up_formatter"_s << u"formatters.up_formatter_parameter"_s
              << u"formatters.down_formatter"_s << u"formatters.down_formatter_parameter"_s;
        break;
    }
    return QSet<QString>(paths.cbegin(), paths.cend());
}

void insertAt(QJsonObject &object, const QStringList &parts, qsizetype i, const QJsonValue &v)
{
    if (i == parts.size() - 1) {
        if (v.isUndefined())
            object.remove(parts.at(i));
        else
            object.insert(parts.at(i), v);
        return;
    }
    QJsonObject child = object.value(parts.at(i)).toObject();
    insertAt(child, parts, i + 1, v);
    if (child.isEmpty())
        object.remove(parts.at(i));
    else
        object.insert(parts.at(i), child);
}

} // namespace

std::optional<ErrorSpec> FieldMask::check(TtsServer server, const QStringList &paths)
{
    const QSet<QString> ok = allowed(server);
    QStringList forbidden;
    for (const QString &path : paths) {
        if (ok.contains(path))
            continue;
        const QString prefix = path + u'.';
        for (const QString &candidate : ok) {
            if (candidate.startsWith(prefix))
                return Errors::nonZeroPath(path);
        }
        forbidden << path;
    }
    if (!forbidden.isEmpty())
        return Errors::fieldMaskPaths(forbidden);
    return std::nullopt;
}

QJsonValue FieldMask::valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    const QStringList parts = path.split(u'.');
    for (const QString &part : parts) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
}

void FieldMask::apply(QJsonObject &stored, const QJsonObject &body, const QStringList &paths)
{
    for (const QString &path : paths) {
        if (path.startsWith(u"ids"))
            continue; // the URL's IDs win; ids are set by the caller
        QJsonValue value = valueAt(body, path);
        if (value.isNull())
            value = QJsonValue(QJsonValue::Undefined);
        insertAt(stored, path.split(u'.'), 0, value);
    }
}

QJsonObject FieldMask::select(const QJsonObject &object, const QStringList &paths)
{
    QJsonObject out;
    for (const QString &path : paths) {
        const QJsonValue value = valueAt(object, path);
        if (!value.isUndefined() && !value.isNull())
            insertAt(out, path.split(u'.'), 0, value);
    }
    return out;
}

bool FieldMask::needsKeyRights(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (path.endsWith(u".key") || path.contains(u"session_key_id") || path == u"root_keys")
            return true;
    }
    return false;
}

std::optional<ErrorSpec> FieldMask::checkGet(TtsServer registry, const QStringList &paths)
{
    // The top-level EndDevice fields each server keeps (TTS pkg/ttnpb/field_mask_validation.go,
    // the Get paths of the JS, NS and AS registries), as far as the emulator stores them.
    static const QStringList join { u"ids"_s, u"root_keys"_s, u"resets_join_nonces"_s, u"net_id"_s,
        u"network_server_address"_s, u"application_server_address"_s, u"application_server_id"_s,
        u"last_dev_nonce"_s, u"last_join_nonce"_s, u"provisioner_id"_s,
        u"claim_authentication_code"_s, u"created_at"_s, u"updated_at"_s };
    static const QStringList network { u"ids"_s, u"lorawan_version"_s, u"lorawan_phy_version"_s,
        u"frequency_plan_id"_s, u"supports_join"_s, u"supports_class_b"_s, u"supports_class_c"_s,
        u"mac_settings"_s, u"multicast"_s, u"session"_s, u"pending_session"_s, u"mac_state"_s,
        u"pending_mac_state"_s, u"created_at"_s, u"updated_at"_s };
    static const QStringList application { u"ids"_s, u"formatters"_s, u"session"_s,
        u"pending_session"_s, u"skip_payload_crypto"_s, u"skip_payload_crypto_override"_s,
        u"created_at"_s, u"updated_at"_s };
    const QStringList &ok = registry == TtsServer::Join ? join
        : registry == TtsServer::Network                ? network
                                                        : application;
    QStringList forbidden;
    for (const QString &path : paths) {
        if (!ok.contains(path.section(u'.', 0, 0)))
            forbidden << path;
    }
    if (!forbidden.isEmpty())
        return Errors::fieldMaskPaths(forbidden);
    return std::nullopt;
}

bool FieldMask::readsKeys(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (path.startsWith(u"root_keys") || path == u"session" || path == u"pending_session"
            || path.contains(u".keys"))
            return true;
    }
    return false;
}

} // namespace ttsemu
