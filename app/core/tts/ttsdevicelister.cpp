#include "tts/ttsdevicelister.h"

#include "tts/ttscall.h"
#include "tts/ttsclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

TtsDeviceLister::TtsDeviceLister(TtsClient *client, QString fieldMask, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_fieldMask(std::move(fieldMask))
{
}

QDateTime TtsDeviceLister::parseTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return QDateTime();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

void TtsDeviceLister::start()
{
    m_listing = TtsListing();
    m_page = 1;
    requestPage();
}

void TtsDeviceLister::abort()
{
    if (m_call)
        m_call->abort();
}

void TtsDeviceLister::requestPage()
{
    ++m_listing.requests;
    m_call = m_client->send(TtsRequests::listDevices(
        m_client->connection().applicationId, m_fieldMask, kPageSize, m_page));
    connect(m_call, &TtsCall::finished, this, &TtsDeviceLister::onPage);
}

void TtsDeviceLister::onPage(const TtsResult &result)
{
    if (!result.ok()) {
        m_listing.error = result.error;
        emit finished(m_listing);
        return;
    }
    const QJsonObject page = QJsonDocument::fromJson(result.body).object();
    const QJsonArray devices = page.value(u"end_devices"_s).toArray();
    for (const QJsonValue &value : devices) {
        const QJsonObject object = value.toObject();
        const QJsonObject ids = object.value(u"ids"_s).toObject();
        TtsListedDevice device;
        device.deviceId = ids.value(u"device_id"_s).toString();
        device.devEui = ids.value(u"dev_eui"_s).toString().toUpper();
        device.joinEui = ids.value(u"join_eui"_s).toString().toUpper();
        device.createdAt = parseTime(object.value(u"created_at"_s));
        device.lastSeenAt = parseTime(object.value(u"last_seen_at"_s));
        device.activatedAt = parseTime(object.value(u"activated_at"_s));
        m_listing.devices.append(device);
        m_listing.records.append(object);
    }
    // A page past the end is {} (no end_devices at all): done, as when the count is reached.
    const bool complete = devices.isEmpty()
        || (result.totalCount >= 0 && m_listing.devices.size() >= result.totalCount)
        || (result.totalCount < 0 && devices.size() < kPageSize);
    if (complete) {
        emit finished(m_listing);
        return;
    }
    ++m_page;
    requestPage();
}

TtsDeviceIdsByEui::TtsDeviceIdsByEui(const QList<TtsListedDevice> &devices)
{
    for (const TtsListedDevice &device : devices) {
        if (device.devEui.isEmpty())
            continue;
        m_byEuis.insert(device.joinEui + u'/' + device.devEui, device.deviceId);
        m_byDevEui.insert(device.devEui, device.deviceId);
    }
}

QString TtsDeviceIdsByEui::find(
    const QString &devEui, const QString &joinEui, const QString &fallback) const
{
    if (joinEui.isEmpty())
        return m_byDevEui.value(devEui.toUpper(), fallback);
    return m_byEuis.value(joinEui.toUpper() + u'/' + devEui.toUpper(), fallback);
}
