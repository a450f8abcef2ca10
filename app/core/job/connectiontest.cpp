#include "job/connectiontest.h"

#include "v2/v2call.h"
#include "v2/v2client.h"
#include "v2/v2errormapper.h"

#include <QJsonDocument>
#include <QTimer>
#include <limits>

class ConnectionTest::Private
{
public:
    explicit Private(ConnectionTest *test, V2Connection connection)
        : q(test)
        , client(new V2Client(std::move(connection), test))
    {
        QObject::connect(client, &V2Client::retryScheduled, q, &ConnectionTest::retryScheduled);
    }

    void onResolved(const V2Result &result);
    void onListed(const V2Result &result);
    void finish(const V2Error &error, const QUrl &handler = QUrl(), int deviceCount = -1);

    ConnectionTest *q;
    V2Client *client;
    bool started = false;
    bool done = false;
};

void ConnectionTest::Private::onResolved(const V2Result &result)
{
    if (!result.ok()) {
        finish(result.error, result.handlerUrl);
        return;
    }
    // limit=1: one small answer proves address, application and the key's "devices" right.
    V2Call *call = client->send(V2Request::listDevices(1));
    QObject::connect(call, &V2Call::finished, q, [this](const V2Result &r) { onListed(r); });
}

void ConnectionTest::Private::onListed(const V2Result &result)
{
    if (!result.ok()) {
        finish(result.error, result.handlerUrl);
        return;
    }
    // A 200 from something that is not a v2 handler (a web page, a proxy) is not a success.
    if (!QJsonDocument::fromJson(result.body).isObject()) {
        V2ErrorSubject subject;
        subject.server = result.handlerUrl.toDisplayString();
        subject.appId = client->connection().appId;
        finish(V2ErrorMapper::make(V2ErrorKind::BadResponse, subject, result.httpStatus,
                   V2ErrorDetail::None, ConnectionTest::tr("not a JSON object")),
            result.handlerUrl);
        return;
    }
    const int total = result.total >= 0 && result.total <= std::numeric_limits<int>::max()
        ? int(result.total)
        : -1;
    finish(V2Error(), result.handlerUrl, total);
}

void ConnectionTest::Private::finish(const V2Error &error, const QUrl &handler, int deviceCount)
{
    if (done)
        return;
    done = true;
    emit q->finished(error, handler, deviceCount);
}

ConnectionTest::ConnectionTest(V2Connection connection, QObject *parent)
    : QObject(parent)
    , d(new Private(this, std::move(connection)))
{
}

ConnectionTest::~ConnectionTest()
{
    delete d;
}

void ConnectionTest::start()
{
    if (d->started)
        return;
    d->started = true;
    V2Call *call = d->client->send(V2Request::findHandler());
    connect(call, &V2Call::finished, this, [this](const V2Result &r) { d->onResolved(r); });
}

void ConnectionTest::cancel()
{
    if (d->done)
        return;
    d->client->abortAll();
    // finished() still follows (with kind Canceled), like ExportJob, so callers have one end.
    QTimer::singleShot(0, this, [this] {
        V2Error canceled;
        canceled.kind = V2ErrorKind::Canceled;
        canceled.message = tr("Canceled.");
        d->finish(canceled);
    });
}
