#include "tts/ttsconnection.h"

#include "convert/v3ids.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QUrl TtsConnection::cluster() const
{
    return clusterUrl.isValid() && !clusterUrl.host().isEmpty() ? clusterUrl : identityServerUrl;
}

QString TtsConnection::serverAddress() const
{
    const QUrl url = cluster();
    const int defaultPort = url.scheme() == u"http" ? 80 : 443;
    const int port = url.port(defaultPort);
    return port == defaultPort ? url.host() : u"%1:%2"_s.arg(url.host()).arg(port);
}

QString TtsConnection::apiKeyId() const
{
    const QStringList parts = apiKey.trimmed().split(u'.');
    return parts.size() == 3 ? parts.at(1) : QString();
}

bool TtsConnectionCheck::apiKeyShapeOk(const QString &key)
{
    const QStringList parts = key.trimmed().split(u'.');
    return parts.size() == 3 && parts.at(0) == u"NNSXS" && !parts.at(1).isEmpty()
        && !parts.at(2).isEmpty();
}

QString TtsConnectionCheck::baseUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("TtsConnection", "not a URL with a host name");
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return QCoreApplication::translate("TtsConnection", "use http:// or https://");
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.isEmpty() && path != u"/api/v3")
        return QCoreApplication::translate(
            "TtsConnection", "give the server's address without a path (the product adds /api/v3)");
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return QCoreApplication::translate(
            "TtsConnection", "give the server's address without a query, fragment or user");
    return QString();
}

bool TtsConnectionCheck::idOk(const QString &id)
{
    return V3Ids::isValidId(id);
}
