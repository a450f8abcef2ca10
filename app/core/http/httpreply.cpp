#include "http/httpreply.h"

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

HttpLoad HttpLoadOf::reply(const HttpReply &reply)
{
    if (reply.tooLarge)
        return HttpLoad::Answered;
    switch (reply.httpStatus) {
    case 429:
        return HttpLoad::Throttled;
    case 502:
    case 503:
    case 504:
        return HttpLoad::Overloaded;
    default:
        break;
    }
    if (reply.httpStatus > 0)
        return HttpLoad::Answered;
    switch (reply.networkError) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout aborts the reply
        return HttpLoad::Overloaded;
    default:
        return HttpLoad::None;
    }
}
