#include "http/httpurl.h"

using namespace Qt::StringLiterals;

namespace {
int defaultPort(const QUrl &url)
{
    return url.scheme() == "https"_L1 ? 443 : 80;
}
} // namespace

bool HttpUrl::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QUrl HttpUrl::withPath(QUrl base, const QString &encodedSuffix)
{
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    base.setPath(path + encodedSuffix, QUrl::TolerantMode);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

QString HttpUrl::segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString HttpUrl::serverDisplay(const QUrl &url)
{
    return url
        .adjusted(
            QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}
