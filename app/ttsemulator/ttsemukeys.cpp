#include "ttsemukeys.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ttsemu {

QStringList ApiKeys::allApplicationRights()
{
    return { u"RIGHT_APPLICATION_INFO"_s, u"RIGHT_APPLICATION_SETTINGS_BASIC"_s,
        u"RIGHT_APPLICATION_SETTINGS_API_KEYS"_s, u"RIGHT_APPLICATION_SETTINGS_COLLABORATORS"_s,
        u"RIGHT_APPLICATION_SETTINGS_PACKAGES"_s, u"RIGHT_APPLICATION_DELETE"_s,
        u"RIGHT_APPLICATION_DEVICES_READ"_s, u"RIGHT_APPLICATION_DEVICES_WRITE"_s,
        u"RIGHT_APPLICATION_DEVICES_READ_KEYS"_s, u"RIGHT_APPLICATION_DEVICES_WRITE_KEYS"_s,
        u"RIGHT_APPLICATION_TRAFFIC_READ"_s, u"RIGHT_APPLICATION_TRAFFIC_UP_WRITE"_s,
        u"RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE"_s, u"RIGHT_APPLICATION_LINK"_s };
}

bool ApiKeys::shapeOk(const QString &key)
{
    const QStringList parts = key.split(u'.');
    return parts.size() == 3 && parts.at(0) == u"NNSXS" && !parts.at(1).isEmpty()
        && !parts.at(2).isEmpty();
}

void ApiKeys::add(const QString &key, const QString &applicationId, const QStringList &rights)
{
    const QStringList parts = key.split(u'.');
    if (parts.size() != 3)
        return;
    Key &entry = m_keys[parts.at(1)];
    entry.secret = parts.at(2);
    entry.rights.insert(applicationId, rights);
}

ApiKeys::Check ApiKeys::check(const QByteArray &authorization, QString *keyId) const
{
    if (authorization.isEmpty())
        return Check::Missing;
    if (!authorization.startsWith("Bearer "))
        return Check::BadToken;
    const QString token = QString::fromUtf8(authorization.mid(7)).trimmed();
    if (!shapeOk(token))
        return Check::BadToken;
    const QStringList parts = token.split(u'.');
    *keyId = parts.at(1);
    const auto key = m_keys.constFind(parts.at(1));
    if (key == m_keys.constEnd())
        return Check::UnknownKey;
    return key->secret == parts.at(2) ? Check::Ok : Check::WrongSecret;
}

QStringList ApiKeys::rights(const QString &keyId, const QString &applicationId) const
{
    const QStringList granted = m_keys.value(keyId).rights.value(applicationId);
    if (granted.contains(u"RIGHT_APPLICATION_ALL"))
        return allApplicationRights();
    return granted;
}

void RateLimit::set(int perMinute, int burst)
{
    m_perMinute = std::max(0, perMinute);
    m_burst = burst > 0 ? burst : m_perMinute;
    m_buckets.clear();
}

RateLimit::Decision RateLimit::take(const QString &key, qint64 nowMs)
{
    Decision d;
    if (m_perMinute <= 0)
        return d;
    d.enabled = true;
    d.limit = m_burst;
    const double perMs = m_perMinute / 60000.0;
    auto found = m_buckets.find(key);
    if (found == m_buckets.end())
        found = m_buckets.insert(key, { double(m_burst), nowMs });
    Bucket &b = *found;
    b.tokens = std::min<double>(m_burst, b.tokens + double(nowMs - b.updatedMs) * perMs);
    b.updatedMs = nowMs;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
    } else {
        d.allowed = false;
        d.retrySeconds = int((1.0 - b.tokens) / perMs / 1000.0); // truncated, so 0 is possible
    }
    d.available = int(std::floor(b.tokens));
    d.resetSeconds = int((m_burst - b.tokens) / perMs / 1000.0);
    return d;
}

} // namespace ttsemu
