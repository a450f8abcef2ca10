#pragma once

#include "tts/ttserror.h"
#include "tts/ttsserver.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One HTTP call to TTS, as a value. The path is relative to <base>/api/v3 and already
// percent-encoded; TtsRequests builds every one the product makes.
struct TtsRequest
{
    QByteArray method = "GET";
    TtsServer server = TtsServer::Identity;
    QString path; // e.g. "/applications/app1/devices?field_mask=name&limit=1000&page=1"
    QByteArray body; // JSON for POST/PUT
    QString deviceId; // for messages; empty for application-level calls
};

struct TtsResult
{
    TtsRequest request;
    TtsError error; // kind None on success
    int httpStatus = 0;
    QByteArray body; // the response body (successes only)
    qint64 totalCount = -1; // X-Total-Count, -1 when absent
    int attempts = 0; // HTTP attempts, 429 repeats and retries included
    // An earlier attempt may have reached TTS and taken effect (a timeout, a broken
    // connection or 502/503/504 after the request was sent): §4's ambiguous step 1.
    bool maybeApplied = false;

    bool ok() const { return !error.isError(); }
};

Q_DECLARE_METATYPE(TtsResult)

// The requests of tts-import.md §2–§8 for one application.
namespace TtsRequests {
TtsRequest rights(const QString &applicationId);
TtsRequest listDevices(const QString &applicationId, const QString &fieldMask, int limit, int page);
TtsRequest getDevice(
    const QString &applicationId, const QString &deviceId, const QString &fieldMask = QString());
// GET on one server's registry (the JS, NS and AS answer 404 when they lack the device).
TtsRequest getServerDevice(TtsServer server, const QString &applicationId, const QString &deviceId,
    const QString &fieldMask = QString());
TtsRequest createDevice(const QString &applicationId, const QString &deviceId, QByteArray body);
// Set on the JS, NS or AS (PUT with a field mask in the body).
TtsRequest setDevice(
    TtsServer server, const QString &applicationId, const QString &deviceId, QByteArray body);
TtsRequest deleteDevice(TtsServer server, const QString &applicationId, const QString &deviceId);
// The AS's link of the application (formatters.md "Where they go"; right
// RIGHT_APPLICATION_SETTINGS_BASIC): GET with a field mask, PUT {"link":…,"field_mask":…}.
TtsRequest getLink(const QString &applicationId, const QString &fieldMask);
TtsRequest setLink(const QString &applicationId, QByteArray body);
TtsRequest getNsDevice(
    const QString &applicationId, const QString &deviceId, const QString &fieldMask);
} // namespace TtsRequests
