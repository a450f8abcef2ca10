#pragma once

#include "tts/ttserror.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class TtsCall;
class TtsClient;
struct TtsResult;

// One device as the Identity Server lists it (§7): the EUIs are in its ids; created_at and
// updated_at come with every listing; last_seen_at / activated_at only when asked for.
struct TtsListedDevice
{
    QString deviceId;
    QString devEui; // upper case
    QString joinEui;
    QDateTime createdAt; // server time (UTC)
    QDateTime lastSeenAt; // invalid when absent
    QDateTime activatedAt;
};

struct TtsListing
{
    QList<TtsListedDevice> devices; // ordered by device ID
    // The same devices as listed, with every field of the mask (a source reads them so).
    QList<QJsonObject> records;
    TtsError error;
    int requests = 0; // pages asked for
    bool ok() const { return !error.isError(); }
};

// A listing's device IDs by EUI: how a device the export renamed (its file line carries the
// new ID) is found at the source again, by the AppKey change and by the delete at the source.
class TtsDeviceIdsByEui
{
public:
    TtsDeviceIdsByEui() = default;
    explicit TtsDeviceIdsByEui(const QList<TtsListedDevice> &devices);
    // The ID of the listed device with these EUIs (any case); with an empty `joinEui` the
    // DevEUI alone decides. `fallback` when no listed device has them.
    QString find(const QString &devEui, const QString &joinEui, const QString &fallback) const;

private:
    QHash<QString, QString> m_byEuis; // "JOINEUI/DEVEUI" -> device ID
    QHash<QString, QString> m_byDevEui; // "DEVEUI" -> device ID
};

// Lists every device of the application, 1000 per page (§7), until the count reaches
// X-Total-Count or a page comes back empty. One listing per start().
class TtsDeviceLister : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 1000; // TTS's maximum

    TtsDeviceLister(TtsClient *client, QString fieldMask, QObject *parent = nullptr);
    void start();
    void abort();

    static QDateTime parseTime(const QJsonValue &value);

signals:
    void finished(const TtsListing &listing);

private:
    void requestPage();
    void onPage(const TtsResult &result);

    TtsClient *m_client;
    QString m_fieldMask;
    TtsListing m_listing;
    QPointer<TtsCall> m_call;
    int m_page = 1;
};
