#pragma once

#include "source/sourceerror.h"

#include <QMetaType>
#include <QString>

// One failed ChirpStack v4 gRPC call, without gRPC types (the faces never include gRPC): the
// status code as gRPC numbers it, and ChirpStack's message (redacted, often empty).
struct ChirpStackError
{
    enum Code {
        Ok = 0,
        Cancelled = 1,
        Unknown = 2,
        InvalidArgument = 3,
        DeadlineExceeded = 4,
        NotFound = 5,
        AlreadyExists = 6,
        PermissionDenied = 7,
        ResourceExhausted = 8,
        FailedPrecondition = 9,
        Aborted = 10,
        OutOfRange = 11,
        Unimplemented = 12,
        Internal = 13,
        Unavailable = 14,
        DataLoss = 15,
        Unauthenticated = 16,
    };
    int code = Ok;
    QString message;
    bool tls = false; // the channel failed its TLS handshake
    // Plaintext, and the server closed the connection at once: what a TLS reverse proxy does
    // with a plaintext client.
    bool closedAtOnce = false;
    QString method; // "DeviceService.Get", for logs

    bool ok() const { return code == Ok; }
    bool isTransient() const { return code == Unavailable || code == DeadlineExceeded; }
};

Q_DECLARE_METATYPE(ChirpStackError)

// The seam's words for a ChirpStack error (chirpstack-source.md §a): ChirpStack answers every
// refusal with UNAUTHENTICATED, often without a message, so that sentence says what it can
// mean and what to check. `subject` names what the call was about (a DevEUI, an application).
namespace ChirpStackErrors {

QString sentence(const ChirpStackError &error, const QString &subject = QString());
SourceError toSourceError(const ChirpStackError &error, const QString &subject = QString());

} // namespace ChirpStackErrors
