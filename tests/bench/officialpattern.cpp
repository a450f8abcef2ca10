#include "officialpattern.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPaceMs = 200; // ttn-lw-migrate: one v2 call per 200 ms
constexpr int kMaxRetries = 10; // ... retried up to 10 times
constexpr int kBackoffStepMs = 1000; // ... waiting 1 s × attempt
} // namespace

OfficialPattern::OfficialPattern(QUrl handlerUrl, QString appId, QByteArray accessKey)
    : m_handlerUrl(std::move(handlerUrl))
    , m_appId(std::move(appId))
    , m_accessKey(std::move(accessKey))
{
}

bool OfficialPattern::get(QNetworkAccessManager &nam, const QString &path, QByteArray *body,
    OfficialPatternResult &result)
{
    QUrl url = m_handlerUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Key " + m_accessKey);
    for (int attempt = 1;; ++attempt) {
        ++result.requests;
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        *body = reply->readAll();
        reply->deleteLater();
        if (status >= 200 && status < 300)
            return true;
        if (status == 429)
            ++result.rateLimited;
        if ((status == 429 || status == 503) && attempt <= kMaxRetries) {
            QThread::msleep(ulong(kBackoffStepMs) * ulong(attempt));
            continue;
        }
        result.error = u"GET %1 answered HTTP %2"_s.arg(path).arg(status);
        return false;
    }
}

OfficialPatternResult OfficialPattern::run(int sampleSize)
{
    OfficialPatternResult result;
    QNetworkAccessManager nam;
    const QString devicesPath = u"/applications/%1/devices"_s.arg(m_appId);

    QElapsedTimer clock;
    clock.start();
    QByteArray body;
    if (!get(nam, devicesPath, &body, result))
        return result;
    const QJsonArray devices = QJsonDocument::fromJson(body).object().value("devices"_L1).toArray();
    QStringList ids;
    ids.reserve(devices.size());
    for (const QJsonValue &device : devices)
        ids.append(device.toObject().value("dev_id"_L1).toString());
    result.listedDevices = int(ids.size());
    result.listMs = clock.elapsed();

    const int sample = std::min(sampleSize, int(ids.size()));
    QElapsedTimer sampleClock;
    sampleClock.start();
    qint64 nextSlot = 0; // the official tool sends on a 200 ms ticker
    for (int i = 0; i < sample; ++i) {
        const qint64 wait = nextSlot - sampleClock.elapsed();
        if (wait > 0)
            QThread::msleep(ulong(wait));
        nextSlot = sampleClock.elapsed() + kPaceMs;
        if (!get(nam, devicesPath + u'/' + ids.at(i), &body, result))
            return result;
        ++result.sampleGets;
    }
    // The device after the last sampled one could start only at the next slot: count it, so
    // the sample's per-device time is the steady pace and not flattered by the last response.
    result.sampleMs = std::max(sampleClock.elapsed(), nextSlot);
    return result;
}
