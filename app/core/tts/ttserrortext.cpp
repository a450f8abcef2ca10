#include "tts/ttserrortext.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsError)
};

QString listAttribute(const TtsError &error, const QString &name)
{
    const QJsonValue value = error.attributes.value(name);
    if (value.isArray()) {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items << item.toString();
        return items.join(u", "_s);
    }
    return error.attribute(name);
}

QString transportSentence(const TtsError &e, const TtsErrorContext &c)
{
    switch (e.kind) {
    case TtsErrorKind::Timeout:
        return Text::tr("The Things Stack at %1 did not answer in time, even after several "
                        "attempts. Try again later.")
            .arg(c.server);
    case TtsErrorKind::ConnectionFailed:
        if (e.connectionReset)
            return Text::tr("The connection to %1 broke, even after several attempts (%2). Try "
                            "again later.")
                .arg(c.server, e.networkText);
        return Text::tr("Could not connect to %1 (%2).").arg(c.server, e.networkText);
    case TtsErrorKind::Tls:
        return Text::tr("The secure connection to %1 failed (%2).").arg(c.server, e.networkText);
    case TtsErrorKind::BadResponse:
        return Text::tr("The answer from %1 could not be read (%2).").arg(c.server, e.networkText);
    case TtsErrorKind::Canceled:
        return Text::tr("Canceled.");
    default:
        return QString();
    }
}

// Errors about the key, the rights or the application: they stop the import.
QString accessSentence(const TtsError &e, const TtsErrorContext &c)
{
    if (e.httpStatus == 401)
        return Text::tr("The API key is not valid (or expired).");
    if (e.is("pkg/auth:token"))
        return Text::tr("That is not an API key.");
    if (e.is("pkg/auth/rights:no_application_rights")) {
        const QString uid = e.attribute(u"uid"_s);
        return TtsErrorText::noAccess(uid.isEmpty() ? c.applicationId : uid);
    }
    if (e.is("pkg/auth/rights:insufficient_application_rights"))
        return TtsErrorText::missingRights(
            listAttribute(e, u"missing"_s).split(u", "_s, Qt::SkipEmptyParts));
    return QString();
}

QString deviceSentence(const TtsError &e, const TtsErrorContext &c)
{
    if (e.is("pkg/util/store:id_taken"))
        return Text::tr("ID already in use in this application.");
    if (e.is("pkg/identityserver:end_device_euis_taken"))
        return Text::tr("JoinEUI/DevEUI already registered as “%1” in application “%2”.")
            .arg(e.attribute(u"device_id"_s), e.attribute(u"application_id"_s));
    if (e.is("pkg/internal/registry:end_device_euis_taken"))
        return Text::tr("JoinEUI/DevEUI already registered as “%1” in application “%2”: a "
                        "leftover of an incompletely deleted device.")
            .arg(e.attribute(u"device_id"_s), e.attribute(u"application_id"_s));
    if (e.is("pkg/identityserver/blocklist:forbidden_id")
        || e.is("pkg/identityserver/blacklist:blacklisted_id"))
        return Text::tr("TTS reserves the ID “%1”; rename the device.")
            .arg(e.attribute(u"id"_s).isEmpty() ? c.deviceId : e.attribute(u"id"_s));
    if (e.is("pkg/errors:validation"))
        return Text::tr("TTS refused the value of “%1” (%2).")
            .arg(e.validationField(),
                e.causeAttributes.value(u"reason"_s).toString().isEmpty()
                    ? e.attribute(u"reason"_s)
                    : e.causeAttributes.value(u"reason"_s).toString());
    if (e.id.endsWith(u":field_mask_paths") || e.id.endsWith(u":non_zero_path"))
        return Text::tr("Internal error: the product sent a field TTS does not take there (%1). "
                        "Please report it.")
            .arg(e.id);
    if (e.id.endsWith(u":field_value"))
        return Text::tr("TTS refused the field “%1”%2.")
            .arg(e.attribute(u"field"_s),
                e.causeId.endsWith(u"field_is_zero") ? Text::tr(": it must not be empty or zero")
                    : e.causeId.endsWith(u"field_not_zero") ? Text::tr(": it must be absent")
                                                            : QString());
    if (e.is("pkg/joinserver:no_join_eui") || e.is("pkg/joinserver:no_dev_eui"))
        return Text::tr("An OTAA device needs a JoinEUI and a DevEUI.");
    if (e.is("pkg/frequencyplans:not_found"))
        return Text::tr("This server has no frequency plan “%1”.").arg(e.attribute(u"id"_s));
    if (e.is("pkg/networkserver/internal:no_band_version"))
        return Text::tr("The frequency plan's band does not support this LoRaWAN PHY version (%1).")
            .arg(e.message);
    if (e.id.endsWith(u"_server_address_mismatch"))
        return Text::tr("This application belongs to the cluster “%1”; use that host as the "
                        "cluster address.")
            .arg(e.attribute(u"expected"_s));
    if (e.isNotFound() && !c.deviceId.isEmpty())
        return Text::tr("Device “%1” is not in The Things Stack.").arg(c.deviceId);
    return QString();
}

} // namespace

QString TtsErrorText::noAccess(const QString &applicationId)
{
    return Text::tr("Application “%1” does not exist or this key has no access to it.")
        .arg(applicationId);
}

QString TtsErrorText::missingRights(const QStringList &rights)
{
    return Text::tr("The API key lacks the rights %1 on this application.")
        .arg(rights.join(u", "_s));
}

SettingFix TtsErrorText::fix(const TtsError &e, TtsSide side)
{
    const bool source = side == TtsSide::Source;
    switch (e.kind) {
    case TtsErrorKind::ConnectionFailed:
        if (e.connectionReset)
            return SettingFix::None;
        return source ? SettingFix::CheckTtsSourceAddress : SettingFix::CheckTtsAddress;
    case TtsErrorKind::BadResponse:
        return source ? SettingFix::CheckTtsSourceAddressIsTts : SettingFix::CheckTtsAddressIsTts;
    case TtsErrorKind::Http:
        break;
    default:
        return SettingFix::None;
    }
    if (e.httpStatus == 401 || e.is("pkg/auth:token"))
        return source ? SettingFix::CheckTtsSourceApiKey : SettingFix::CheckTtsApiKey;
    if (e.is("pkg/auth/rights:no_application_rights"))
        return source ? SettingFix::CheckTtsSourceApplicationAndKey
                      : SettingFix::CheckTtsApplicationAndKey;
    if (e.is("pkg/auth/rights:insufficient_application_rights"))
        return source ? SettingFix::UseTtsSourceKeyWithRights : SettingFix::UseTtsKeyWithRights;
    return SettingFix::None;
}

QString TtsErrorText::sentence(const TtsError &e, const TtsErrorContext &c)
{
    if (!e.isError())
        return QString();
    if (e.kind != TtsErrorKind::Http)
        return transportSentence(e, c);
    QString sentence = accessSentence(e, c);
    if (sentence.isEmpty())
        sentence = deviceSentence(e, c);
    if (!sentence.isEmpty())
        return sentence;
    if (e.isRateLimited())
        return Text::tr("The Things Stack kept throttling the requests (HTTP 429). Try again "
                        "later.");
    if (e.httpStatus == 502 || e.httpStatus == 503 || e.httpStatus == 504)
        return Text::tr("TTS unavailable (HTTP %1 from %2), even after several attempts. Try "
                        "again later.")
            .arg(e.httpStatus)
            .arg(c.server);
    const QString what = e.id.isEmpty() ? e.message : u"%1: %2"_s.arg(e.id, e.message);
    return Text::tr("The Things Stack refused the request (HTTP %1: %2).")
        .arg(e.httpStatus)
        .arg(what.isEmpty() ? Text::tr("no details") : what);
}
