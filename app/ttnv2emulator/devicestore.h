#pragma once

#include "emudevice.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>
#include <map>

namespace ttnv2emu {

// The handler's device registry: applications registered to this handler and their devices,
// ordered by dev_id like the Redis key scan the real handler does. Serves a 100,000-device
// list without quadratic work: list items are serialized once per device, the full list body
// once per change, and pages are cut from a sorted index.
class DeviceStore
{
public:
    enum class PutResult { Created, Updated, Conflict };

    void addApplication(const QString &appId);
    bool hasApplication(const QString &appId) const;
    QStringList applicationIds() const;
    // The application's payload functions as GET /applications/{app_id} returns them
    // (payload_format, decoder, converter, validator, encoder; empty ones left out).
    void setPayloadFunctions(const QString &appId, const QJsonObject &functions);
    QJsonObject payloadFunctions(const QString &appId) const;

    // Creates or replaces the device. Conflict: another device of the application has the same
    // AppEUI+DevEUI (its dev_id in `conflictingDevId`).
    PutResult put(Device device, QString *conflictingDevId = nullptr);
    bool remove(const QString &appId, const QString &devId);
    const Device *find(const QString &appId, const QString &devId) const;
    int count(const QString &appId) const;

    // `{"devices":[…]}` for the page, or `{}` when the page is empty; `selected` = page size.
    QByteArray listBody(const QString &appId, int offset, int limit, int *selected) const;

private:
    struct Application
    {
        std::map<QString, Device> devices; // node-based: pointers below stay valid
        QJsonObject payloadFunctions;
        QHash<QByteArray, QString> devIdByEuis;
        mutable QVector<const Device *> sorted;
        mutable bool sortedValid = false;
        mutable QByteArray fullListBody;
        void invalidate();
        const QVector<const Device *> &sortedDevices() const;
    };

    static QByteArray euiKey(const Device &device);

    std::map<QString, Application> m_applications;
};

} // namespace ttnv2emu
