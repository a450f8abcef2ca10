#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Reads a discovery server's `GET /announcements/handler` answer
// ({"services":[Announcement,…]}) and finds the handler whose metadata lists
// {"app_id": appId}; its `api_address` is the handler's HTTP API base URL.
namespace HandlerDiscovery {

struct Lookup
{
    enum class Status { Found, NotAnnounced, Unreadable };
    Status status = Status::Unreadable;
    QUrl handlerUrl; // when Found
    QString handlerId; // announcement id, for --verbose
    QString problem; // when Unreadable: what was wrong (safe to show)
};

Lookup find(const QByteArray &body, const QString &appId);

} // namespace HandlerDiscovery
