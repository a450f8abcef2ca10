#include "syntheticfleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
QString hex(QRandomGenerator &random, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &b : raw)
        b = char(random.bounded(256));
    return QString::fromLatin1(raw.toHex().toUpper());
}
} // namespace

QList<V2Device> SyntheticFleet::devices(const QString &appId, int count)
{
    QRandomGenerator random(20200812);
    QList<V2Device> fleet;
    fleet.reserve(count);
    for (int i = 0; i < count; ++i) {
        V2Device d;
        d.appId = appId;
        d.devId = (i % 3 == 0 ? u"sensor_%1"_s : u"sensor-%1"_s).arg(i, 6, 10, QLatin1Char('0'));
        d.appEui = u"70B3D57ED0001234"_s;
        d.devEui = u"0004A30B%1"_s.arg(i, 8, 16, QLatin1Char('0')).toUpper();
        if (i % 4 == 0)
            d.description = u"Pump room %1, floor %2"_s.arg(i).arg(i % 7);
        if (i % 2 == 0) {
            d.latitude = 52.3676 + (i % 1000) / 1e4;
            d.longitude = 4.9041 - (i % 500) / 1e4;
            d.altitude = i % 30;
        }
        d.attributes = { { u"building"_s, u"b%1"_s.arg(i % 13) }, { u"model"_s, u"lht65"_s } };
        const bool abp = i % 5 == 4;
        if (!abp)
            d.appKey = hex(random, 16);
        if (abp || i % 3 == 1) { // ABP, or an OTAA device that has joined
            d.devAddr = hex(random, 4);
            d.nwkSKey = hex(random, 16);
            d.appSKey = hex(random, 16);
        }
        d.uses32BitFCnt = true;
        d.disableFCntCheck = abp;
        d.activationConstraints = abp ? u"local,abp"_s : u"local"_s;
        fleet.append(d);
    }
    return fleet;
}

QByteArray SyntheticFleet::listBody(const QList<V2Device> &devices)
{
    QJsonArray list;
    for (const V2Device &d : devices) {
        QJsonObject lorawan { { u"app_eui"_s, d.appEui }, { u"dev_eui"_s, d.devEui },
            { u"app_id"_s, d.appId }, { u"dev_id"_s, d.devId }, { u"dev_addr"_s, d.devAddr },
            { u"nwk_s_key"_s, d.nwkSKey }, { u"app_s_key"_s, d.appSKey },
            { u"app_key"_s, d.appKey }, { u"activation_constraints"_s, d.activationConstraints } };
        if (d.uses32BitFCnt)
            lorawan.insert(u"uses32_bit_f_cnt"_s, true);
        if (d.disableFCntCheck)
            lorawan.insert(u"disable_f_cnt_check"_s, true);
        QJsonObject device { { u"app_id"_s, d.appId }, { u"dev_id"_s, d.devId },
            { u"lorawan_device"_s, lorawan } };
        if (!d.description.isEmpty())
            device.insert(u"description"_s, d.description);
        if (d.latitude != 0 || d.longitude != 0) {
            device.insert(u"latitude"_s, d.latitude);
            device.insert(u"longitude"_s, d.longitude);
            if (d.altitude != 0)
                device.insert(u"altitude"_s, d.altitude);
        }
        QJsonObject attributes;
        for (const auto &[key, value] : d.attributes)
            attributes.insert(key, value);
        device.insert(u"attributes"_s, attributes);
        list.append(device);
    }
    return QJsonDocument(QJsonObject { { u"devices"_s, list } }).toJson(QJsonDocument::Compact);
}
