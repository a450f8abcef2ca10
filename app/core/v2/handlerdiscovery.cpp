#include "v2/handlerdiscovery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HandlerDiscovery)
};

bool announcesApp(const QJsonObject &announcement, const QString &appId)
{
    const QJsonArray metadata = announcement.value("metadata"_L1).toArray();
    for (const QJsonValue &entry : metadata) {
        if (entry.toObject().value("app_id"_L1).toString() == appId)
            return true;
    }
    return false;
}

} // namespace

HandlerDiscovery::Lookup HandlerDiscovery::find(const QByteArray &body, const QString &appId)
{
    Lookup lookup;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        lookup.problem = parseError.error != QJsonParseError::NoError
            ? Text::tr("not JSON: %1").arg(parseError.errorString())
            : Text::tr("not a JSON object");
        return lookup;
    }
    const QJsonValue services = doc.object().value("services"_L1);
    if (!services.isUndefined() && !services.isArray()) {
        lookup.problem = Text::tr("\u201cservices\u201d is not a list");
        return lookup;
    }
    // jsonpb omits empty lists: {} means no handler announced anything.
    for (const QJsonValue &value : services.toArray()) {
        const QJsonObject announcement = value.toObject();
        if (!announcesApp(announcement, appId))
            continue;
        const QString address = announcement.value("api_address"_L1).toString().trimmed();
        const QUrl url(address, QUrl::StrictMode);
        lookup.handlerId = announcement.value("id"_L1).toString();
        if (address.isEmpty() || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
            lookup.problem = Text::tr("handler \u201c%1\u201d announces no usable api_address")
                                 .arg(lookup.handlerId);
            return lookup;
        }
        lookup.status = Lookup::Status::Found;
        lookup.handlerUrl = url;
        return lookup;
    }
    lookup.status = Lookup::Status::NotAnnounced;
    return lookup;
}
