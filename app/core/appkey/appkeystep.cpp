#include "appkey/appkeystep.h"

#include <QCoreApplication>
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
        for (int attempt = 0; attempt < 8
             && (decision.targetKey.isEmpty() || AppKeys::same(decision.targetKey, entry.appKey));
             ++attempt)
            decision.targetKey = AppKeys::generate(random);
        if (AppKeys::same(decision.targetKey, entry.appKey))
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
