#include "tts/ttsdevicebodies.h"

#include "util/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

void insertAt(QJsonObject &object, const QStringList &parts, qsizetype index, const QJsonValue &v)
{
    if (index == parts.size() - 1) {
        object.insert(parts.at(index), v);
        return;
    }
    QJsonObject child = object.value(parts.at(index)).toObject();
    insertAt(child, parts, index + 1, v);
    object.insert(parts.at(index), child);
}

// Copies every listed path the device has into `body` and lists it in `paths`.
void copyPaths(
    const QJsonObject &device, const QStringList &candidates, QJsonObject &body, QStringList &paths)
{
    for (const QString &path : candidates) {
        const QJsonValue value = JsonPath::valueAt(device, path);
        if (value.isUndefined() || value.isNull())
            continue;
        insertAt(body, path.split(u'.'), 0, value);
        paths << path;
    }
}

QByteArray setBody(const QJsonObject &endDevice, const QStringList &paths)
{
    QJsonObject mask { { u"paths"_s, QJsonArray::fromStringList(paths) } };
    return QJsonDocument(QJsonObject { { u"end_device"_s, endDevice }, { u"field_mask"_s, mask } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

TtsDeviceBodies TtsDeviceBodies::forDevice(
    const QJsonObject &device, const QString &applicationId, const QString &serverAddress)
{
    TtsDeviceBodies bodies;
    const QJsonObject fileIds = device.value(u"ids"_s).toObject();
    QJsonObject ids { { u"device_id"_s, fileIds.value(u"device_id"_s) },
        { u"application_ids"_s, QJsonObject { { u"application_id"_s, applicationId } } } };
    for (const QString &eui : { u"dev_eui"_s, u"join_eui"_s }) {
        if (fileIds.contains(eui))
            ids.insert(eui, fileIds.value(eui));
    }
    bodies.ids = ids;
    const bool otaa = device.value(u"supports_join"_s).toBool();

    // Step 1, IS: descriptive fields and where the other parts live; never a key.
    QJsonObject identity { { u"ids"_s, ids } };
    QStringList unused;
    copyPaths(device,
        { u"name"_s, u"description"_s, u"attributes"_s, u"locations"_s, u"version_ids"_s,
            u"serial_number"_s, u"lora_alliance_profile_ids"_s },
        identity, unused);
    identity.insert(u"network_server_address"_s, serverAddress);
    identity.insert(u"application_server_address"_s, serverAddress);
    if (otaa)
        identity.insert(u"join_server_address"_s, serverAddress);
    bodies.identity = QJsonDocument(
        QJsonObject { { u"end_device"_s,
            identity } }).toJson(QJsonDocument::Compact);

    // Step 2, JS (OTAA only): the AppKey and the servers the JS hands the session to.
    if (otaa) {
        QJsonObject join { { u"ids"_s, ids } };
        // nwk_key: LoRaWAN 1.1 devices (read from another The Things Stack).
        copyPaths(device, { u"root_keys.app_key.key"_s, u"root_keys.nwk_key.key"_s }, join,
            bodies.joinPaths);
        join.insert(u"network_server_address"_s, serverAddress);
        join.insert(u"application_server_address"_s, serverAddress);
        bodies.joinPaths << u"network_server_address"_s << u"application_server_address"_s;
        bodies.join = setBody(join, bodies.joinPaths);
    }

    // Step 3, NS: radio settings and the network half of a session. supports_join always,
    // also when false; explicit zeros in mac_settings are values and are sent.
    QJsonObject network { { u"ids"_s, ids } };
    copyPaths(device, { u"frequency_plan_id"_s, u"lorawan_version"_s, u"lorawan_phy_version"_s },
        network, bodies.networkPaths);
    network.insert(u"supports_join"_s, otaa);
    bodies.networkPaths << u"supports_join"_s;
    copyPaths(device,
        { u"mac_settings.rx1_delay"_s, u"mac_settings.supports_32_bit_f_cnt"_s,
            u"mac_settings.resets_f_cnt"_s, u"mac_settings.status_time_periodicity"_s,
            u"mac_settings.status_count_periodicity"_s,
            u"mac_settings.factory_preset_frequencies"_s, u"session.dev_addr"_s,
            u"session.keys.f_nwk_s_int_key.key"_s, u"session.keys.session_key_id"_s,
            u"session.last_f_cnt_up"_s, u"session.last_n_f_cnt_down"_s, u"session.started_at"_s },
        network, bodies.networkPaths);
    // What a device read from another The Things Stack may carry besides (a v2 export has
    // none of it): classes, multicast, the other MAC settings, LoRaWAN 1.1 session keys.
    QStringList more { u"supports_class_b"_s, u"supports_class_c"_s, u"multicast"_s };
    const QJsonObject macSettings = device.value(u"mac_settings"_s).toObject();
    for (auto it = macSettings.constBegin(); it != macSettings.constEnd(); ++it) {
        const QString path = u"mac_settings."_s + it.key();
        if (!bodies.networkPaths.contains(path))
            more << path;
    }
    more << u"session.keys.s_nwk_s_int_key.key"_s << u"session.keys.nwk_s_enc_key.key"_s
         << u"session.last_conf_f_cnt_down"_s;
    copyPaths(device, more, network, bodies.networkPaths);
    bodies.network = setBody(network, bodies.networkPaths);

    // Step 4, AS: the application half of a session; an empty mask still creates the record.
    QJsonObject application { { u"ids"_s, ids } };
    copyPaths(device,
        { u"session.dev_addr"_s, u"session.keys.app_s_key.key"_s, u"session.keys.session_key_id"_s,
            u"session.last_a_f_cnt_down"_s, u"formatters.up_formatter"_s,
            u"formatters.up_formatter_parameter"_s, u"formatters.down_formatter"_s,
            u"formatters.down_formatter_parameter"_s, u"skip_payload_crypto_override"_s },
        application, bodies.applicationPaths);
    bodies.application = setBody(application, bodies.applicationPaths);
    return bodies;
}
