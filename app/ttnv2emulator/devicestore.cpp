#include "devicestore.h"

#include "devicejson.h"

namespace ttnv2emu {

void DeviceStore::Application::invalidate()
{
    sortedValid = false;
    sorted.clear();
    fullListBody.clear();
}

const QVector<const Device *> &DeviceStore::Application::sortedDevices() const
{
    if (!sortedValid) {
        sorted.clear();
        sorted.reserve(static_cast<qsizetype>(devices.size()));
        for (const auto &entry : devices)
            sorted.append(&entry.second);
        sortedValid = true;
    }
    return sorted;
}

QByteArray DeviceStore::euiKey(const Device &device)
{
    // Register-on-join templates have no DevEUI and never collide.
    if (device.devEui.isEmpty())
        return {};
    return device.appEui + ':' + device.devEui;
}

void DeviceStore::addApplication(const QString &appId)
{
    m_applications.try_emplace(appId);
}

void DeviceStore::setPayloadFunctions(const QString &appId, const QJsonObject &functions)
{
    m_applications[appId].payloadFunctions = functions;
}

QJsonObject DeviceStore::payloadFunctions(const QString &appId) const
{
    const auto it = m_applications.find(appId);
    return it == m_applications.end() ? QJsonObject() : it->second.payloadFunctions;
}

bool DeviceStore::hasApplication(const QString &appId) const
{
    return m_applications.count(appId) > 0;
}

QStringList DeviceStore::applicationIds() const
{
    QStringList ids;
    for (const auto &entry : m_applications)
        ids.append(entry.first);
    return ids;
}

DeviceStore::PutResult DeviceStore::put(Device device, QString *conflictingDevId)
{
    Application &app = m_applications[device.appId];
    const QByteArray key = euiKey(device);
    if (!key.isEmpty()) {
        const auto owner = app.devIdByEuis.constFind(key);
        if (owner != app.devIdByEuis.constEnd() && owner.value() != device.devId) {
            if (conflictingDevId)
                *conflictingDevId = owner.value();
            return PutResult::Conflict;
        }
    }
    device.cachedListJson.clear();
    const QString devId = device.devId;
    const auto existing = app.devices.find(devId);
    const bool created = existing == app.devices.end();
    if (created) {
        app.devices.emplace(devId, std::move(device));
    } else {
        const QByteArray oldKey = euiKey(existing->second);
        if (!oldKey.isEmpty())
            app.devIdByEuis.remove(oldKey);
        existing->second = std::move(device);
    }
    if (!key.isEmpty())
        app.devIdByEuis.insert(key, devId);
    app.invalidate();
    return created ? PutResult::Created : PutResult::Updated;
}

bool DeviceStore::remove(const QString &appId, const QString &devId)
{
    const auto appIt = m_applications.find(appId);
    if (appIt == m_applications.end())
        return false;
    Application &app = appIt->second;
    const auto it = app.devices.find(devId);
    if (it == app.devices.end())
        return false;
    const QByteArray key = euiKey(it->second);
    if (!key.isEmpty())
        app.devIdByEuis.remove(key);
    app.devices.erase(it);
    app.invalidate();
    return true;
}

const Device *DeviceStore::find(const QString &appId, const QString &devId) const
{
    const auto appIt = m_applications.find(appId);
    if (appIt == m_applications.end())
        return nullptr;
    const auto it = appIt->second.devices.find(devId);
    return it == appIt->second.devices.end() ? nullptr : &it->second;
}

int DeviceStore::count(const QString &appId) const
{
    const auto appIt = m_applications.find(appId);
    return appIt == m_applications.end() ? 0 : static_cast<int>(appIt->second.devices.size());
}

QByteArray DeviceStore::listBody(const QString &appId, int offset, int limit, int *selected) const
{
    *selected = 0;
    const auto appIt = m_applications.find(appId);
    if (appIt == m_applications.end())
        return QByteArrayLiteral("{}");
    const Application &app = appIt->second;
    const QVector<const Device *> &devices = app.sortedDevices();
    const qsizetype total = devices.size();
    // core/storage/util.go: offset and limit only apply when > 0.
    const qsizetype begin = qMax(0, offset);
    const qsizetype end = limit > 0 ? qMin(total, begin + limit) : total;
    if (begin >= end)
        return QByteArrayLiteral("{}");
    *selected = static_cast<int>(end - begin);
    const bool wholeList = begin == 0 && end == total;
    if (wholeList && !app.fullListBody.isEmpty())
        return app.fullListBody;

    qsizetype size = 16;
    for (qsizetype i = begin; i < end; ++i)
        size += listItemJson(*devices.at(i)).size() + 1;
    QByteArray body;
    body.reserve(size);
    body += "{\"devices\":[";
    for (qsizetype i = begin; i < end; ++i) {
        if (i != begin)
            body += ',';
        body += listItemJson(*devices.at(i));
    }
    body += "]}";
    if (wholeList)
        app.fullListBody = body;
    return body;
}

} // namespace ttnv2emu
