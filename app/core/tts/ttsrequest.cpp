#include "tts/ttsrequest.h"

#include "http/httpurl.h"

using namespace Qt::StringLiterals;
using HttpUrl::segment;

namespace {

QString prefix(TtsServer server)
{
    const QString segment = ttsServerPathSegment(server);
    return segment.isEmpty() ? QString() : u'/' + segment;
}

QString devicePath(TtsServer server, const QString &app, const QString &dev)
{
    return u"%1/applications/%2/devices/%3"_s.arg(prefix(server), segment(app), segment(dev));
}

} // namespace

TtsRequest TtsRequests::rights(const QString &applicationId)
{
    return { "GET", TtsServer::Identity, u"/applications/%1/rights"_s.arg(segment(applicationId)),
        {}, {} };
}

TtsRequest TtsRequests::listDevices(
    const QString &applicationId, const QString &fieldMask, int limit, int page)
{
    // The field mask is one comma-separated query value (§7); commas stay literal.
    QString path = u"/applications/%1/devices?"_s.arg(segment(applicationId));
    if (!fieldMask.isEmpty())
        path += u"field_mask=%1&"_s.arg(segment(fieldMask).replace(u"%2C"_s, u","_s));
    path += u"limit=%1&page=%2&order=device_id"_s.arg(limit).arg(page);
    return { "GET", TtsServer::Identity, path, {}, {} };
}

TtsRequest TtsRequests::getDevice(
    const QString &applicationId, const QString &deviceId, const QString &fieldMask)
{
    return getServerDevice(TtsServer::Identity, applicationId, deviceId, fieldMask);
}

TtsRequest TtsRequests::getServerDevice(TtsServer server, const QString &applicationId,
    const QString &deviceId, const QString &fieldMask)
{
    QString path = devicePath(server, applicationId, deviceId);
    if (!fieldMask.isEmpty())
        path += u"?field_mask=%1"_s.arg(segment(fieldMask).replace(u"%2C"_s, u","_s));
    return { "GET", server, path, {}, deviceId };
}

TtsRequest TtsRequests::createDevice(
    const QString &applicationId, const QString &deviceId, QByteArray body)
{
    return { "POST", TtsServer::Identity, u"/applications/%1/devices"_s.arg(segment(applicationId)),
        std::move(body), deviceId };
}

TtsRequest TtsRequests::setDevice(
    TtsServer server, const QString &applicationId, const QString &deviceId, QByteArray body)
{
    return { "PUT", server, devicePath(server, applicationId, deviceId), std::move(body),
        deviceId };
}

TtsRequest TtsRequests::deleteDevice(
    TtsServer server, const QString &applicationId, const QString &deviceId)
{
    return { "DELETE", server, devicePath(server, applicationId, deviceId), {}, deviceId };
}

TtsRequest TtsRequests::getNsDevice(
    const QString &applicationId, const QString &deviceId, const QString &fieldMask)
{
    return getServerDevice(TtsServer::Network, applicationId, deviceId, fieldMask);
}

TtsRequest TtsRequests::getLink(const QString &applicationId, const QString &fieldMask)
{
    return { "GET", TtsServer::Application,
        u"/as/applications/%1/link?field_mask=%2"_s.arg(segment(applicationId), fieldMask), {},
        {} };
}

TtsRequest TtsRequests::setLink(const QString &applicationId, QByteArray body)
{
    return { "PUT", TtsServer::Application,
        u"/as/applications/%1/link"_s.arg(segment(applicationId)), std::move(body), {} };
}
