#include "sessioncheck.h"

#include "devicesfilecheck.h"
#include "officialpattern.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QThread>

using namespace Qt::StringLiterals;

SessionCheckResult checkSessionCounters(const QString &devicesFile, const QUrl &handlerUrl,
    const QString &appId, const QByteArray &accessKey, int sample)
{
    SessionCheckResult result;
    const DevicesFileCheck file = DevicesFileCheck::read(devicesFile);
    result.sessionsInFile = int(file.sessionCounters.size());
    if (!file.ok()) {
        result.error = file.firstProblem;
        return result;
    }
    OfficialPattern v2(handlerUrl, appId, accessKey);
    QNetworkAccessManager nam;
    OfficialPatternResult requests;
    for (auto it = file.sessionCounters.cbegin();
         it != file.sessionCounters.cend() && result.checked < sample; ++it) {
        QThread::msleep(200); // stay under the handler's 5 requests/s
        QByteArray body;
        if (!v2.get(nam, u"/applications/%1/devices/%2"_s.arg(appId, it.key()), &body, requests)) {
            result.error = requests.error;
            return result;
        }
        const QJsonObject lorawan
            = QJsonDocument::fromJson(body).object().value("lorawan_device"_L1).toObject();
        const qint64 up = lorawan.value("f_cnt_up"_L1).toInteger();
        const qint64 down = lorawan.value("f_cnt_down"_L1).toInteger();
        ++result.checked;
        if (up != it.value().first || down != it.value().second)
            ++result.mismatches;
    }
    return result;
}
