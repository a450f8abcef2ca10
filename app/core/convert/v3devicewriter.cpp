#include "convert/v3devicewriter.h"

#include "convert/compactjsonwriter.h"

namespace {

void writeKey(CompactJsonWriter &json, QByteArrayView objectKey, const QString &hex)
{
    json.beginObject(objectKey);
    json.field("key", hex);
    json.endObject();
}

} // namespace

QByteArray V3DeviceWriter::toJson(const V3EndDevice &device)
{
    CompactJsonWriter json(device.hasSession ? 1024 : 640);
    json.beginObject();
    json.beginObject("ids");
    json.field("device_id", device.deviceId);
    json.beginObject("application_ids");
    json.field("application_id", device.applicationId);
    json.endObject();
    json.field("dev_eui", device.devEui);
    json.field("join_eui", device.joinEui);
    json.endObject();
    json.field("name", device.name);
    if (!device.description.isEmpty())
        json.field("description", device.description);
    if (!device.attributes.isEmpty()) {
        json.beginObject("attributes");
        for (const auto &pair : device.attributes) {
            json.userKey(pair.first);
            json.value(pair.second);
        }
        json.endObject();
    }
    if (device.hasLocation) {
        json.beginObject("locations");
        json.beginObject("user");
        json.field("latitude", device.location.latitude);
        json.field("longitude", device.location.longitude);
        json.field("altitude", device.location.altitude);
        json.key("source");
        json.rawValue("\"SOURCE_REGISTRY\"");
        json.endObject();
        json.endObject();
    }
    json.key("lorawan_version");
    json.rawValue("\"MAC_V1_0_2\"");
    json.key("lorawan_phy_version");
    json.valueUtf8(QByteArrayView(device.phyVersion.data(), device.phyVersion.size()));
    json.field("frequency_plan_id", device.frequencyPlanId);
    if (device.supportsJoin) {
        json.field("supports_join", true);
        json.beginObject("root_keys");
        writeKey(json, "app_key", device.appKey);
        json.endObject();
    }
    // MACSettings keys in proto field order (what The Things Stack itself writes).
    json.beginObject("mac_settings");
    if (device.hasSession)
        json.field("rx1_delay", qint64(1)); // v2 used RX1 delay 1 s; only with the session
    if (device.supports32BitFCnt)
        json.field("supports_32_bit_f_cnt", true);
    if (device.resetsFCnt)
        json.field("resets_f_cnt", true);
    json.key("status_time_periodicity");
    json.rawValue("\"0s\"");
    json.field("status_count_periodicity", qint64(0));
    json.endObject();
    if (device.hasSession) {
        const V3Session &session = device.session;
        json.beginObject("session");
        json.field("dev_addr", session.devAddr);
        json.beginObject("keys");
        // Only for a device that joins: TTS's Network Server refuses a session key ID on an
        // ABP device (tts-import-rules.md).
        if (!session.sessionKeyId.isEmpty()) {
            json.key("session_key_id");
            json.valueUtf8(session.sessionKeyId);
        }
        writeKey(json, "f_nwk_s_int_key", session.fNwkSIntKey);
        writeKey(json, "app_s_key", session.appSKey);
        json.endObject();
        json.field("last_f_cnt_up", session.lastFCntUp);
        json.field("last_n_f_cnt_down", session.lastNFCntDown);
        json.key("started_at");
        json.valueUtf8(session.startedAt);
        json.endObject();
    }
    json.endObject();
    return json.take();
}
