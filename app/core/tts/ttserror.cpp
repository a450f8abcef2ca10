#include "tts/ttserror.h"

#include "util/redact.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString qualified(const QJsonObject &details)
{
    const QString ns = details.value(u"namespace"_s).toString();
    const QString name = details.value(u"name"_s).toString();
    if (name.isEmpty())
        return QString();
    return ns.isEmpty() ? name : ns + u':' + name;
}

// The cause chain ends at the most specific error: for pkg/errors:validation the real field
// and reason sit there (§5).
void readCause(const QJsonObject &details, TtsError *error)
{
    QJsonObject cause = details.value(u"cause"_s).toObject();
    for (int depth = 0; !cause.isEmpty() && depth < 16; ++depth) {
        error->causeId = qualified(cause);
        const QJsonObject attributes = cause.value(u"attributes"_s).toObject();
        if (!attributes.isEmpty())
            error->causeAttributes = attributes;
        cause = cause.value(u"cause"_s).toObject();
    }
}

} // namespace

bool TtsError::is(const char *qualifiedName) const
{
    return id == QLatin1String(qualifiedName);
}

bool TtsError::isRateLimited() const
{
    return kind == TtsErrorKind::Http && httpStatus == 429;
}

bool TtsError::isTransient() const
{
    switch (kind) {
    case TtsErrorKind::Timeout:
        return true;
    case TtsErrorKind::ConnectionFailed:
        return connectionReset;
    case TtsErrorKind::Http:
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

bool TtsError::stopsImport() const
{
    if (kind != TtsErrorKind::Http)
        return false;
    if (httpStatus == 401)
        return true;
    return is("pkg/auth:token") || is("pkg/auth/rights:no_application_rights")
        || is("pkg/auth/rights:insufficient_application_rights");
}

QString TtsError::attribute(const QString &name) const
{
    if (attributes.contains(name))
        return attributes.value(name).toVariant().toString();
    return causeAttributes.value(name).toVariant().toString();
}

QString TtsError::validationField() const
{
    const QString field = causeAttributes.value(u"field"_s).toString();
    return field.isEmpty() ? attributes.value(u"field"_s).toString() : field;
}

TtsError TtsError::fromHttp(int httpStatus, const QByteArray &body)
{
    TtsError error;
    error.kind = TtsErrorKind::Http;
    error.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // A proxy's HTML page or nothing at all: the status is all there is.
        const QString text = QString::fromUtf8(body.left(200)).simplified();
        error.message = Redact::text(text);
        return error;
    }
    const QJsonObject object = document.object();
    if (object.value(u"code"_s).isDouble())
        error.grpcCode = object.value(u"code"_s).toInt();
    error.message = Redact::text(object.value(u"message"_s).toString());
    const QJsonArray details = object.value(u"details"_s).toArray();
    if (details.isEmpty())
        return error;
    const QJsonObject first = details.first().toObject();
    error.id = qualified(first);
    error.correlationId = first.value(u"correlation_id"_s).toString();
    error.attributes = first.value(u"attributes"_s).toObject();
    readCause(first, &error);
    return error;
}

TtsError TtsError::transport(TtsErrorKind kind, const QString &text, bool reset)
{
    TtsError error;
    error.kind = kind;
    error.networkText = Redact::text(text);
    error.connectionReset = reset;
    return error;
}
