#include "discoveryroutes.h"

#include "jsonpb.h"

using namespace Qt::StringLiterals;

namespace ttnv2emu {

QByteArray DiscoveryRoutes::announcementJson(const Announcement &a)
{
    QByteArray metadata = QByteArrayLiteral("[");
    for (const QString &appId : a.appIds) {
        if (metadata.size() > 1)
            metadata += ',';
        emukit::jsonpb::ObjectWriter entry(metadata);
        entry.string("app_id", appId);
        entry.finish();
    }
    metadata += ']';

    QByteArray out;
    emukit::jsonpb::ObjectWriter w(out);
    w.stringOmitEmpty("id", a.id);
    w.string("service_name", u"handler"_s);
    w.stringOmitEmpty("service_version", a.serviceVersion);
    w.stringOmitEmpty("description", a.description);
    w.trueOrOmit("public", true);
    w.stringOmitEmpty("net_address", a.netAddress);
    w.stringOmitEmpty("api_address", a.apiAddress);
    w.stringOmitEmpty("mqtt_address", a.mqttAddress);
    if (!a.appIds.isEmpty())
        w.raw("metadata", metadata);
    w.finish();
    return out;
}

emukit::Reply DiscoveryRoutes::handle(const emukit::IncomingRequest &request,
    const QStringList &segments, const QList<Announcement> &handlers)
{
    if (request.method != "GET")
        return emukit::Reply::error(405, 12, u"Method Not Allowed"_s);
    if (segments.size() < 2 || segments.size() > 3)
        return emukit::Reply::error(404, 5, u"Not Found"_s);
    const QString &serviceName = segments.at(1);
    const bool known
        = serviceName == "handler"_L1 || serviceName == "router"_L1 || serviceName == "broker"_L1;
    if (!known)
        return emukit::Reply::error(400, 3, u"invalid argument: service_name not valid"_s);
    const QList<Announcement> services
        = serviceName == "handler"_L1 ? handlers : QList<Announcement>();

    if (segments.size() == 3) {
        for (const Announcement &announcement : services) {
            if (announcement.id == segments.at(2))
                return emukit::Reply::json(announcementJson(announcement));
        }
        return emukit::Reply::error(404, 5, u"Announcement \"%1\" not found"_s.arg(segments.at(2)));
    }

    const int offset = qMax(0, request.query.queryItemValue(u"offset"_s).toInt());
    const int limit = request.query.queryItemValue(u"limit"_s).toInt();
    QByteArray list;
    int written = 0;
    for (qsizetype i = offset; i < services.size() && (limit <= 0 || written < limit); ++i) {
        if (written++ > 0)
            list += ',';
        list += announcementJson(services.at(i));
    }
    if (written == 0)
        return emukit::Reply::json(QByteArrayLiteral("{}"));
    return emukit::Reply::json("{\"services\":[" + list + "]}");
}

} // namespace ttnv2emu
