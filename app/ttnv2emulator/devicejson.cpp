#include "devicejson.h"

#include "jsonpb.h"

namespace ttnv2emu {

namespace {

QByteArray attributesJson(const std::map<QString, QString> &attributes)
{
    QByteArray out;
    emukit::jsonpb::ObjectWriter map(out);
    for (const auto &[key, value] : attributes)
        map.mapEntry(key, value);
    map.finish();
    return out;
}

QByteArray lorawanJson(const Device &d, DeviceView view)
{
    QByteArray out;
    out.reserve(400); // a joined device with all keys fits without regrowing
    emukit::jsonpb::ObjectWriter w(out);
    w.hex("app_eui", d.appEui);
    w.hex("dev_eui", d.devEui);
    w.stringOmitEmpty("app_id", d.appId);
    w.stringOmitEmpty("dev_id", d.devId);
    w.hex("dev_addr", d.devAddr);
    w.hex("nwk_s_key", d.nwkSKey);
    w.hex("app_s_key", d.appSKey);
    w.hex("app_key", d.appKey);
    if (view == DeviceView::Full) {
        w.integerOmitZero("f_cnt_up", d.fCntUp);
        w.integerOmitZero("f_cnt_down", d.fCntDown);
    }
    w.trueOrOmit("disable_f_cnt_check", d.disableFCntCheck);
    w.trueOrOmit("uses32_bit_f_cnt", d.uses32BitFCnt);
    w.stringOmitEmpty("activation_constraints", d.activationConstraints);
    if (view == DeviceView::Full)
        w.quotedInt64OmitZero("last_seen", d.lastSeenNs);
    w.finish();
    return out;
}

} // namespace

void appendDeviceJson(QByteArray &out, const Device &d, DeviceView view)
{
    out.reserve(out.size() + 640);
    emukit::jsonpb::ObjectWriter w(out);
    w.stringOmitEmpty("app_id", d.appId);
    w.stringOmitEmpty("dev_id", d.devId);
    w.raw("lorawan_device", lorawanJson(d, view));
    w.numberOmitZero("latitude", d.latitude);
    w.numberOmitZero("longitude", d.longitude);
    w.integerOmitZero("altitude", d.altitude);
    if (!d.attributes.empty())
        w.raw("attributes", attributesJson(d.attributes));
    w.stringOmitEmpty("description", d.description);
    w.finish();
}

const QByteArray &listItemJson(const Device &device)
{
    if (device.cachedListJson.isEmpty()) {
        appendDeviceJson(device.cachedListJson, device, DeviceView::ListItem);
        device.cachedListJson.squeeze(); // 100,000 of these stay in memory
    }
    return device.cachedListJson;
}

QByteArray deviceJson(const Device &device, DeviceView view)
{
    QByteArray out;
    appendDeviceJson(out, device, view);
    return out;
}

} // namespace ttnv2emu
