#include "accesscontrol.h"

using namespace Qt::StringLiterals;

namespace ttnv2emu {

void AccessControl::addKey(const QString &appId, const QString &key, const QStringList &rights)
{
    auto grant = m_grants.find(key);
    if (grant == m_grants.end())
        grant = m_grants.insert(key, KeyGrant { {}, u"key-%1"_s.arg(m_grants.size() + 1) });
    grant->rightsByApp.insert(appId, rights);
}

QString AccessControl::extractKey(const QByteArray &authorization, const QByteArray &metadataKey)
{
    // core/proxy/proxy.go: "Key " prefix (any case) goes to metadata `key`; a
    // Grpc-Metadata-Key header sets it directly.
    const QByteArray value = authorization.trimmed();
    if (value.size() > 4 && value.left(4).toLower() == "key ")
        return QString::fromUtf8(value.mid(4).trimmed());
    return QString::fromUtf8(metadataKey.trimmed());
}

AuthCheck AccessControl::check(const QByteArray &authorization, const QByteArray &metadataKey,
    const QString &appId, const QString &right) const
{
    AuthCheck result;
    const QString key = extractKey(authorization, metadataKey);
    if (key.isEmpty()) {
        result.httpStatus = 400;
        result.grpcCode = 3; // InvalidArgument
        result.message = u"neither token nor key present"_s;
        return result;
    }
    const auto grant = m_grants.constFind(key);
    if (grant == m_grants.constEnd()) {
        result.httpStatus = 401;
        result.grpcCode = 16; // Unauthenticated
        result.message = u"invalid access key"_s;
        return result;
    }
    result.clientId = grant->clientId;
    result.authenticated = true;
    if (!grant->rightsByApp.value(appId).contains(right)) {
        result.httpStatus = 403;
        result.grpcCode = 7; // PermissionDenied
        result.message = u"No \"%1\" rights to Application \"%2\""_s.arg(right, appId);
    }
    return result;
}

} // namespace ttnv2emu
