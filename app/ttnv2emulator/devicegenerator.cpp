#include "devicegenerator.h"

#include <QRandomGenerator>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ttnv2emu {

namespace {

QByteArray randomHex(QRandomGenerator &random, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = static_cast<char>(random.bounded(256));
    if (raw.count('\0') == bytes)
        raw[0] = 1; // all-zero would read as "unset"
    return raw.toHex().toUpper();
}

QByteArray hex32(quint32 value)
{
    return QByteArray::number(value, 16).rightJustified(8, '0').toUpper();
}

constexpr qint64 kLastSeenBaseNs = 1596787200000000000LL; // 2020-08-07, v2's last summer

} // namespace

QList<Device> generateDevices(const QString &appId, int count, quint32 seed, double abpRatio)
{
    QRandomGenerator random(seed);
    const QByteArray appEui = "70B3D57ED000" + hex32(seed & 0xFFFF).right(4);
    const int idDigits = qMax(6, static_cast<int>(QString::number(count).size()));
    const double ratio = qBound(0.0, abpRatio, 1.0);
    static const char *const models[] = { "lht65", "ers-co2", "rak7204", "elsys-ems" };

    QList<Device> devices;
    devices.reserve(count);
    for (int i = 1; i <= count; ++i) {
        Device d;
        d.appId = appId;
        d.devId = u"dev-"_s + QString::number(i).rightJustified(idDigits, u'0');
        d.appEui = appEui;
        d.devEui = "0004A30B" + hex32(static_cast<quint32>(i) + seed * 0x01000000u);
        d.activationConstraints = u"local"_s;
        const bool abp = std::floor(i * ratio) != std::floor((i - 1) * ratio);
        const bool joined = !abp && i % 5 == 0;
        if (!abp)
            d.appKey = randomHex(random, 16);
        if (abp || joined) {
            d.devAddr = "26" + randomHex(random, 3);
            d.nwkSKey = randomHex(random, 16);
            d.appSKey = randomHex(random, 16);
            d.fCntUp = random.bounded(20000u);
            d.fCntDown = random.bounded(500u);
            d.lastSeenNs = kLastSeenBaseNs + static_cast<qint64>(i) * 1000000000LL;
            d.uses32BitFCnt = true;
        }
        if (abp)
            d.activationConstraints = u"local,abp"_s;
        if (i % 3 == 0) {
            d.attributes[u"model"_s] = QString::fromLatin1(models[i % 4]);
            d.attributes[u"floor"_s] = QString::number(i % 7);
        }
        if (i % 4 == 0) {
            // Five decimals, as people type them; written back unchanged.
            d.latitude = std::round((52.0 + random.bounded(1.0)) * 1e5) / 1e5;
            d.longitude = std::round((4.5 + random.bounded(1.0)) * 1e5) / 1e5;
            d.altitude = random.bounded(100);
        }
        if (i % 2 == 0)
            d.description = u"Generated sensor %1"_s.arg(i);
        devices.append(std::move(d));
    }
    return devices;
}

} // namespace ttnv2emu
