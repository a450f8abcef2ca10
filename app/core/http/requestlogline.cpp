#include "http/requestlogline.h"

#include "util/redact.h"

using namespace Qt::StringLiterals;

QString RequestLogLine::compose(const QString &method, const QString &target,
    const QString &outcome, qint64 elapsedMs, const QString &attemptNote, const QString &detail)
{
    QString timing = u"%1 ms"_s.arg(elapsedMs);
    if (!attemptNote.isEmpty())
        timing += u", "_s + attemptNote;
    QString line = u"%1 %2 \u2192 %3 (%4)"_s.arg(method, target, outcome, timing);
    if (!detail.isEmpty())
        line += u": %1"_s.arg(detail);
    return Redact::text(line);
}
