#pragma once

#include "v2/v2error.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

// One logical call to TTN v2, as a value. V2Client turns it into HTTP (with pacing, retries
// and the access key where it belongs) and answers with a V2Result.
enum class V2Operation {
    FindHandler, // discovery (or the configured handler address, without a request)
    ListDevices, // GET /applications/{app}/devices[?limit=&offset=]
    GetDevice, // GET /applications/{app}/devices/{dev}
    SetDevice, // PUT /applications/{app}/devices/{dev} with the full device
    GetApplication, // GET /applications/{app}: payload functions, needs the "settings" right
    DeleteDevice, // DELETE /applications/{app}/devices/{dev}: needs the "devices" right
};

struct V2Request
{
    V2Operation operation = V2Operation::ListDevices;
    QString deviceId; // GetDevice / SetDevice
    int limit = 0; // ListDevices: 0 = all
    int offset = 0;
    QByteArray body; // SetDevice: the complete v2 device JSON ("all fields must be supplied")

    static V2Request findHandler() { return { V2Operation::FindHandler, {}, 0, 0, {} }; }
    static V2Request listDevices(int limit = 0, int offset = 0)
    {
        return { V2Operation::ListDevices, {}, limit, offset, {} };
    }
    static V2Request getDevice(const QString &id)
    {
        return { V2Operation::GetDevice, id, 0, 0, {} };
    }
    static V2Request getApplication() { return { V2Operation::GetApplication, {}, 0, 0, {} }; }
    static V2Request setDevice(const QString &id, const QByteArray &json)
    {
        return { V2Operation::SetDevice, id, 0, 0, json };
    }
    static V2Request deleteDevice(const QString &id)
    {
        return { V2Operation::DeleteDevice, id, 0, 0, {} };
    }
};

struct V2Result
{
    V2Request request;
    V2Error error; // kind None on success
    int httpStatus = 0;
    QByteArray body; // the response body (2xx only)
    qint64 total = -1; // ListDevices: Grpc-Metadata-Total, -1 when absent
    QUrl handlerUrl; // the handler that was used (FindHandler: the one found)
    int attempts = 0; // HTTP attempts made (0: answered without a request)

    bool ok() const { return !error.isError(); }
};

Q_DECLARE_METATYPE(V2Result)
