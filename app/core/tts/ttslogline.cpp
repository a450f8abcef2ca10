#include "tts/ttslogline.h"

#include "http/requestlogline.h"
#include "util/redact.h"

using namespace Qt::StringLiterals;

QString TtsLogLine::format(
    const TtsRequest &request, int httpStatus, const TtsError &error, qint64 elapsedMs, int attempt)
{
    QString outcome = httpStatus > 0 ? QString::number(httpStatus) : QString();
    if (!error.id.isEmpty())
        outcome += u' ' + error.id;
    else if (httpStatus > 0 && error.isError() && error.kind != TtsErrorKind::Http)
        outcome += u' ' + error.networkText;
    else if (httpStatus == 0 && error.isError())
        outcome = error.networkText;
    else if (httpStatus == 0)
        outcome = u"ok"_s;
    QString line = RequestLogLine::compose(QString::fromLatin1(request.method),
        ttsServerName(request.server) + u' ' + request.path, outcome.trimmed(), elapsedMs,
        attempt > 1 ? u"attempt %1"_s.arg(attempt) : QString(),
        error.isError() ? error.message : QString());
    // TTS's correlation IDs are 32 hex digits, which the redaction takes for a key; in UUID
    // form (what they are) they survive every later redaction and still find the server log.
    if (!error.correlationId.isEmpty()) {
        const QString id = error.correlationId;
        line += u" correlation_id=%1"_s.arg(id.size() == 32
                ? u"%1-%2-%3-%4-%5"_s.arg(
                    id.left(8), id.mid(8, 4), id.mid(12, 4), id.mid(16, 4), id.mid(20))
                : Redact::text(id));
    }
    return line;
}
