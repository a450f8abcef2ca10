#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// What went wrong with one request to The Things Stack (tts-import.md §5). TTS errors are
// identified by "namespace:name" from details[0], never by their text; bodies that are not
// TTS's shape (a 400 without details, a proxy's HTML page) still give an HTTP status.
enum class TtsErrorKind {
    None,
    Http, // an HTTP error status (TTS error body or not)
    ConnectionFailed, // refused, host not found, reset, closed early
    Timeout,
    Tls,
    BadResponse, // a 200 whose body is not the JSON expected, or too large, or a redirect
    Canceled,
};

struct TtsError
{
    TtsErrorKind kind = TtsErrorKind::None;
    int httpStatus = 0;
    int grpcCode = -1; // "code" of the body, -1 when absent
    QString id; // "pkg/util/store:id_taken"; empty when the body is not a TTS error
    QString message; // the server's message (redacted), for logs
    QString correlationId;
    QJsonObject attributes; // details[0].attributes
    QString causeId; // the innermost cause's namespace:name
    QJsonObject causeAttributes; // the innermost cause's attributes (validation: field, reason)
    QString networkText; // Qt's text for transport errors (no secrets)
    bool connectionReset = false; // the peer closed or reset the connection

    bool isError() const { return kind != TtsErrorKind::None; }
    bool is(const char *qualifiedName) const;
    bool isRateLimited() const;
    // Worth repeating after a back-off: 502/503/504, timeouts, broken connections (§6).
    bool isTransient() const;
    bool isNotFound() const { return kind == TtsErrorKind::Http && httpStatus == 404; }
    // Stops the whole import (§5 "Stop"): the key or its rights on the application.
    bool stopsImport() const;
    // The attribute from details[0], or from the innermost cause for validation errors.
    QString attribute(const QString &name) const;
    // The field a validation error is about: the innermost `field` of the cause chain.
    QString validationField() const;

    // Reads an error answer. `body` may be anything: a TTS error, {"code":3,"message":…},
    // HTML, nothing.
    static TtsError fromHttp(int httpStatus, const QByteArray &body);
    static TtsError transport(TtsErrorKind kind, const QString &text, bool reset = false);
};

Q_DECLARE_METATYPE(TtsError)
