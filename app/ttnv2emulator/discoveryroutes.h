#pragma once

#include "reply.h"

#include <QList>
#include <QStringList>

namespace ttnv2emu {

// One handler announcement (TheThingsNetwork/api discovery/discovery.proto Announcement).
struct Announcement
{
    QString id;
    QString serviceVersion;
    QString description;
    QString netAddress;
    QString apiAddress;
    QString mqttAddress;
    QStringList appIds; // metadata: one {"app_id": …} entry each
};

// The discovery server's HTTP API: GET /announcements/{service_name}[/{id}]. Only handlers
// are announced; routers and brokers answer with an empty list.
class DiscoveryRoutes
{
public:
    // `segments` is the path split at '/', starting with "announcements".
    static emukit::Reply handle(const emukit::IncomingRequest &request, const QStringList &segments,
        const QList<Announcement> &handlers);

    static QByteArray announcementJson(const Announcement &announcement);
};

} // namespace ttnv2emu
