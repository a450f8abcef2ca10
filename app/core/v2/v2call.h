#pragma once

#include "http/httpcall.h"
#include "v2/v2errortext.h"
#include "v2/v2request.h"

class V2Client;

// One V2Request in flight: the v2 protocol on the HTTP layer's engine (HttpCall). It builds
// the URL (discovery or handler) and puts the access key on requests to the handler only, maps
// each answer with V2ErrorMapper, retries transient faults after RetryPolicy's back-off (a
// Retry-After holds the whole client), reads discovery's announcement, and finally emits
// finished() exactly once (unless abort() was called). Created by V2Client::send(); deletes
// itself when done.
class V2Call : public HttpCall
{
    Q_OBJECT
public:
    const V2Request &request() const { return m_result.request; }

signals:
    void finished(const V2Result &result);

private:
    friend class V2Client;
    V2Call(V2Client *client, const V2Request &request);
    void start();

    Attempt prepare(QNetworkRequest &request) override;
    qint64 sizeCap() const override;
    bool throttled() const override;
    HttpVerdict judge(const HttpReply &reply) override;
    void emitFinished() override;

    bool isList() const;
    QUrl targetUrl() const;
    V2ErrorSubject subject() const;
    void handleSuccess(const HttpReply &reply);

    V2Client *m_client;
    V2Result m_result;
};
