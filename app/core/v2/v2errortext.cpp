#include "v2/v2errortext.h"

#include "util/durationtext.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Gives lupdate the "V2Error" context for the sentences below.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(V2Error)
};

// The sentences below say what is wrong. Where the user has to change a setting to fix it,
// V2ErrorText::fix() names the setting and the face adds the advice in its own words (the
// command line names its flags, the wizard the labels of its connect page).
QString connectionSentence(const V2ErrorSubject &s, V2ErrorDetail detail)
{
    switch (detail) {
    case V2ErrorDetail::HostNotFound:
        return Text::tr("Could not find the server %1. Check the spelling of the address and your "
                        "network connection.")
            .arg(s.server);
    case V2ErrorDetail::ConnectionReset:
        return Text::tr(
            "The connection to %1 was closed unexpectedly, even after several attempts. "
            "Check your network connection and try again later.")
            .arg(s.server);
    case V2ErrorDetail::NoServerAddress:
        return Text::tr("No v2 server address is set.");
    default:
        break;
    }
    if (s.discovery)
        return Text::tr("Could not connect to the discovery server %1: the connection was "
                        "refused.")
            .arg(s.server);
    return Text::tr("Could not connect to the v2 handler %1: the connection was refused. Check the "
                    "address and port (the handler's HTTP API usually listens on port 8084).")
        .arg(s.server);
}

QString applicationNotFoundSentence(const V2ErrorSubject &s, V2ErrorDetail detail)
{
    if (detail == V2ErrorDetail::NotAnnounced)
        return Text::tr("No v2 handler on the discovery server %1 announces application “%2”.")
            .arg(s.server, s.appId);
    return Text::tr("Application “%1” is not registered on the v2 handler %2 (wrong handler "
                    "or region).")
        .arg(s.appId, s.server);
}

QString tlsSentence(const V2ErrorSubject &s, V2ErrorDetail detail, const QString &extra)
{
    if (detail == V2ErrorDetail::CaCertUnreadable)
        return Text::tr("The CA certificate file could not be used (%1).").arg(extra);
    return Text::tr("The secure connection to %1 failed (%2).").arg(s.server, extra);
}

QString badResponseSentence(const V2ErrorSubject &s, V2ErrorDetail detail, const QString &extra)
{
    switch (detail) {
    case V2ErrorDetail::TooLarge:
        return Text::tr("The answer from %1 was larger than %2, which is not plausible for a v2 "
                        "handler. Check that the address points to a TTN v2 handler's HTTP API.")
            .arg(s.server, extra);
    case V2ErrorDetail::Redirected:
        return Text::tr("The server %1 redirected the request to another address. Give the final "
                        "address instead.")
            .arg(s.server);
    default:
        break;
    }
    return Text::tr("The answer from %1 could not be read (%2). Check that the address points to a "
                    "TTN v2 %3.")
        .arg(s.server, extra,
            s.discovery ? Text::tr("discovery server's HTTP API") : Text::tr("handler's HTTP API"));
}

// A public v2 server that no longer exists fails at the connection level (no name, no
// answer, or something else answering). Those are the kinds whose usual advice ("check your
// network connection") would send the user the wrong way.
bool failsAsRetired(V2ErrorKind kind, V2ErrorDetail detail)
{
    switch (kind) {
    case V2ErrorKind::ConnectionFailed:
        return detail != V2ErrorDetail::NoServerAddress;
    case V2ErrorKind::Timeout:
    case V2ErrorKind::Unavailable:
    case V2ErrorKind::ServerError:
    case V2ErrorKind::BadResponse:
    case V2ErrorKind::Tls:
        return detail != V2ErrorDetail::CaCertUnreadable;
    default:
        return false;
    }
}

QString retiredSentence(const V2ErrorSubject &s)
{
    return Text::tr("The public TTN v2 server %1 was shut down in December 2021 and no longer "
                    "answers.")
        .arg(s.server);
}

} // namespace

bool V2ErrorText::isRetiredPublicServer(const QString &server)
{
    static const QStringList hosts { u"eu.thethings.network"_s, u"us-west.thethings.network"_s,
        u"asia-se.thethings.network"_s, u"brazil.thethings.network"_s,
        u"discovery.thethingsnetwork.org"_s };
    const QUrl url = QUrl::fromUserInput(server);
    return hosts.contains(url.host().toLower());
}

SettingFix V2ErrorText::fix(V2ErrorKind kind, const V2ErrorSubject &s, V2ErrorDetail detail)
{
    if (failsAsRetired(kind, detail) && isRetiredPublicServer(s.server))
        return SettingFix::LeaveRetiredV2Server;
    switch (kind) {
    case V2ErrorKind::ConnectionFailed:
        switch (detail) {
        case V2ErrorDetail::NoServerAddress:
            return SettingFix::GiveV2Location;
        case V2ErrorDetail::HostNotFound:
        case V2ErrorDetail::ConnectionReset:
            return SettingFix::None;
        default: // refused, as connectionSentence() says
            return s.discovery ? SettingFix::CheckDiscoveryAddress : SettingFix::None;
        }
    case V2ErrorKind::ApplicationNotFound:
        return detail == V2ErrorDetail::NotAnnounced ? SettingFix::GiveAnnouncingHandler
                                                     : SettingFix::GiveRegionHandler;
    case V2ErrorKind::Tls:
        return detail == V2ErrorDetail::CaCertUnreadable ? SettingFix::GiveReadableCaFile
                                                         : SettingFix::GivePrivateCa;
    default:
        return SettingFix::None;
    }
}

QString V2ErrorText::retrying(const V2Error &error, qint64 delayMs)
{
    const QString when = DurationText::rough(delayMs);
    switch (error.kind) {
    case V2ErrorKind::RateLimited:
        return Text::tr("TTN v2 limits how fast it answers (HTTP 429): trying again in %1.")
            .arg(when);
    case V2ErrorKind::Unavailable:
        return Text::tr("The v2 server is unavailable for the moment (HTTP %1): trying again in "
                        "%2.")
            .arg(error.httpStatus)
            .arg(when);
    case V2ErrorKind::Timeout:
        return Text::tr("The v2 server did not answer in time: trying again in %1.").arg(when);
    default:
        break;
    }
    return Text::tr("The connection to the v2 server broke off: trying again in %1.").arg(when);
}

QString V2ErrorText::sentence(V2ErrorKind kind, int httpStatus, const V2ErrorSubject &s,
    V2ErrorDetail detail, const QString &extra)
{
    if (failsAsRetired(kind, detail) && isRetiredPublicServer(s.server))
        return retiredSentence(s);
    switch (kind) {
    case V2ErrorKind::None:
        return QString();
    case V2ErrorKind::BadRequest:
        return Text::tr("The v2 handler %1 rejected the request as invalid (HTTP 400). Check the "
                        "application ID “%2”, the device IDs and that an access key is set.")
            .arg(s.server, s.appId);
    case V2ErrorKind::Unauthenticated:
        return Text::tr(
            "The v2 handler %1 did not accept the access key (HTTP 401). Check that the "
            "key belongs to application “%2” and was copied completely.")
            .arg(s.server, s.appId);
    case V2ErrorKind::PermissionDenied:
        return Text::tr("The access key has no “devices” right for application “%1” "
                        "(HTTP 403). Use a key with the “devices” right.")
            .arg(s.appId);
    case V2ErrorKind::NotFound:
        return Text::tr("Device “%1” does not exist in application “%2” (HTTP 404). "
                        "Check the device ID.")
            .arg(s.deviceId, s.appId);
    case V2ErrorKind::ApplicationNotFound:
        return applicationNotFoundSentence(s, detail);
    case V2ErrorKind::AlreadyExists:
        return Text::tr("The v2 handler reports a conflict for device “%1” (HTTP 409): another "
                        "device already uses the same AppEUI and DevEUI.")
            .arg(s.deviceId);
    case V2ErrorKind::RateLimited:
        return Text::tr("The v2 handler %1 kept refusing requests because of its rate limit (HTTP "
                        "429), even after waiting. Wait a few minutes and try again.")
            .arg(s.server);
    case V2ErrorKind::ServerError:
        return Text::tr(
            "The v2 server %1 reported an internal error (HTTP %2). Try again later; if it "
            "persists, its operator has to check the server.")
            .arg(s.server)
            .arg(httpStatus);
    case V2ErrorKind::Unavailable:
        return Text::tr(
            "The v2 server %1 is unavailable (HTTP %2), even after several attempts. Try "
            "again later.")
            .arg(s.server)
            .arg(httpStatus);
    case V2ErrorKind::Timeout:
        return Text::tr(
            "The v2 server %1 did not answer in time, even after several attempts. Check "
            "the address and your network connection, then try again.")
            .arg(s.server);
    case V2ErrorKind::ConnectionFailed:
        return connectionSentence(s, detail);
    case V2ErrorKind::Tls:
        return tlsSentence(s, detail, extra);
    case V2ErrorKind::BadResponse:
        return badResponseSentence(s, detail, extra);
    case V2ErrorKind::Canceled:
        return Text::tr("Canceled.");
    }
    return QString();
}
