#include "source/sourcereadrequest.h"

#include <QSet>

SourceReadRequest SourceReadRequest::application(bool withSession)
{
    SourceReadRequest request;
    request.withSession = withSession;
    return request;
}

SourceReadRequest SourceReadRequest::devices(const QStringList &ids, bool withSession)
{
    SourceReadRequest request;
    request.wholeApplication = false;
    request.withSession = withSession;
    QSet<QString> seen;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            request.deviceIds.append(id);
        }
    }
    return request;
}
