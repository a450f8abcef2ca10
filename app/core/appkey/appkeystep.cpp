#include "appkey/appkeystep.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppKeyJob)
};

AppKeyDecision fail(const QString &reason)
{
    AppKeyDecision decision;
    decision.kind = AppKeyDecision::Kind::Fail;
    decision.reason = reason;
    return decision;
}

// A fresh random key unlike `old`, or empty when the random source keeps repeating it.
QString freshKey(const QString &old, const AppKeys::RandomSource &random)
{
    QString key;
    for (int attempt = 0; attempt < 8 && (key.isEmpty() || AppKeys::same(key, old)); ++attempt)
        key = AppKeys::generate(random);
    return AppKeys::same(key, old) ? QString() : key;
}

QString rootKey(const QJsonObject &rootKeys, QLatin1StringView name)
{
    return rootKeys.value(name).toObject().value("key"_L1).toString().toUpper();
}
} // namespace

AppKeyDecision AppKeyStep::decide(AppKeyAction action, const AppKeyPlanEntry &entry,
    const QByteArray &getBody, const AppKeys::RandomSource &random)
{
    QJsonParseError parseError;
    QJsonObject device = QJsonDocument::fromJson(getBody, &parseError).object();
    QJsonObject lorawan = device.value("lorawan_device"_L1).toObject();
    if (parseError.error != QJsonParseError::NoError || lorawan.isEmpty())
        return fail(Text::tr("TTN v2 answered with something that is not a device"));
    const QString devId = lorawan.value("dev_id"_L1).toString(device.value("dev_id"_L1).toString());
    if (devId != entry.v2DeviceId)
        return fail(Text::tr("TTN v2 answered with another device (%1)").arg(devId));
    const QString devEui = lorawan.value("dev_eui"_L1).toString();
    if (!entry.devEui.isEmpty() && devEui.compare(entry.devEui, Qt::CaseInsensitive) != 0) {
        return fail(Text::tr("its DevEUI in TTN v2 (%1) is not the one in devices.json (%2): "
                             "left unchanged")
                        .arg(devEui.toUpper(), entry.devEui));
    }

    AppKeyDecision decision;
    decision.currentKey = lorawan.value("app_key"_L1).toString().toUpper();
    const bool original = AppKeys::same(decision.currentKey, entry.appKey);
    if (action == AppKeyAction::Change) {
        if (decision.currentKey.isEmpty() || !AppKeys::isValid(decision.currentKey)) {
            decision.kind = AppKeyDecision::Kind::Already;
            decision.reason = Text::tr("it has no AppKey in TTN v2, so it cannot join there");
            return decision;
        }
        if (!original) {
            decision.kind = AppKeyDecision::Kind::Already;
            decision.reason = Text::tr("its AppKey in TTN v2 was already changed");
            return decision;
        }
        decision.targetKey = freshKey(entry.appKey, random);
        if (decision.targetKey.isEmpty())
            return fail(Text::tr("no new random AppKey could be made"));
    } else {
        if (original) {
            decision.kind = AppKeyDecision::Kind::Already;
            decision.reason = Text::tr("it already has its original AppKey in TTN v2");
            return decision;
        }
        decision.targetKey = entry.appKey;
    }
    lorawan.insert(u"app_key"_s, decision.targetKey);
    device.insert(u"lorawan_device"_s, lorawan);
    decision.body = QJsonDocument(device).toJson(QJsonDocument::Compact);
    decision.kind = AppKeyDecision::Kind::Write;
    return decision;
}

AppKeyDecision AppKeyStep::decideTts(AppKeyAction action, const AppKeyPlanEntry &entry,
    const QByteArray &getBody, const AppKeys::RandomSource &random)
{
    QJsonParseError parseError;
    const QJsonObject device = QJsonDocument::fromJson(getBody, &parseError).object();
    const QJsonObject ids = device.value("ids"_L1).toObject();
    if (parseError.error != QJsonParseError::NoError || ids.isEmpty())
        return fail(Text::tr("the source Join Server answered with something that is not a "
                             "device"));
    const QString devId = ids.value("device_id"_L1).toString();
    if (devId != entry.v2DeviceId)
        return fail(
            Text::tr("the source Join Server answered with another device (%1)").arg(devId));
    const QString devEui = ids.value("dev_eui"_L1).toString();
    if (!entry.devEui.isEmpty() && devEui.compare(entry.devEui, Qt::CaseInsensitive) != 0) {
        return fail(Text::tr("its DevEUI in the source Join Server (%1) is not the one in "
                             "devices.json (%2): left unchanged")
                        .arg(devEui.toUpper(), entry.devEui));
    }
    const QJsonObject rootKeys = device.value("root_keys"_L1).toObject();
    AppKeyDecision decision;
    decision.currentKey = rootKey(rootKeys, "app_key"_L1);
    const QString currentNwkKey = rootKey(rootKeys, "nwk_key"_L1);
    // LoRaWAN 1.1: the NwkKey goes with the AppKey, when both sides have one.
    const bool withNwkKey = !entry.nwkKey.isEmpty() && !currentNwkKey.isEmpty();
    const bool original = AppKeys::same(decision.currentKey, entry.appKey)
        && (!withNwkKey || AppKeys::same(currentNwkKey, entry.nwkKey));
    QString targetNwkKey;
    if (action == AppKeyAction::Change) {
        if (decision.currentKey.isEmpty() || !AppKeys::isValid(decision.currentKey)) {
            decision.kind = AppKeyDecision::Kind::Already;
            decision.reason
                = Text::tr("it has no AppKey in the source Join Server, so it cannot join there");
            return decision;
        }
        if (!AppKeys::same(decision.currentKey, entry.appKey)) {
            decision.kind = AppKeyDecision::Kind::Already;
            decision.reason = Text::tr("its AppKey in the source Join Server was already changed");
            return decision;
        }
        decision.targetKey = freshKey(entry.appKey, random);
        if (withNwkKey)
            targetNwkKey = freshKey(entry.nwkKey, random);
        if (decision.targetKey.isEmpty() || (withNwkKey && targetNwkKey.isEmpty()))
            return fail(Text::tr("no new random AppKey could be made"));
    } else {
        if (original) {
            decision.kind = AppKeyDecision::Kind::Already;
            decision.reason
                = Text::tr("it already has its original AppKey in the source Join Server");
            return decision;
        }
        decision.targetKey = entry.appKey;
        if (withNwkKey)
            targetNwkKey = entry.nwkKey;
    }
    QJsonObject keys { { u"app_key"_s, QJsonObject { { u"key"_s, decision.targetKey } } } };
    QJsonArray paths { u"root_keys.app_key.key"_s };
    if (withNwkKey) {
        keys.insert(u"nwk_key"_s, QJsonObject { { u"key"_s, targetNwkKey } });
        paths.append(u"root_keys.nwk_key.key"_s);
    }
    QJsonObject setIds { { u"device_id"_s, devId },
        { u"application_ids"_s, ids.value("application_ids"_L1) } };
    for (const QLatin1StringView eui : { "dev_eui"_L1, "join_eui"_L1 }) {
        if (ids.contains(eui))
            setIds.insert(eui, ids.value(eui));
    }
    const QJsonObject body {
        { u"end_device"_s, QJsonObject { { u"ids"_s, setIds }, { u"root_keys"_s, keys } } },
        { u"field_mask"_s, QJsonObject { { u"paths"_s, paths } } },
    };
    decision.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    decision.kind = AppKeyDecision::Kind::Write;
    return decision;
}
