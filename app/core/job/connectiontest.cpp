#include "job/connectiontest.h"

#include "source/v2devicesource.h"

#include <QTimer>

class ConnectionTest::Private
{
public:
    explicit Private(ConnectionTest *test, V2Connection connection)
        : q(test)
        , source(new V2DeviceSource(std::move(connection), test))
    {
        QObject::connect(source, &DeviceSource::retryScheduled, q,
            [this](const SourceError &error, qint64 delayMs) {
                emit q->retryScheduled(error.detail.value<V2Error>(), delayMs);
            });
        QObject::connect(source, &DeviceSource::connectionTested, q,
            [this](const SourceError &error, const DeviceSource::ConnectionInfo &info) {
                finish(error.detail.value<V2Error>(), info.server, info.deviceCount);
            });
    }

    void finish(const V2Error &error, const QUrl &handler = QUrl(), int deviceCount = -1);

    ConnectionTest *q;
    V2DeviceSource *source;
    bool started = false;
    bool done = false;
};

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
    d->source->testConnection();
}

void ConnectionTest::cancel()
{
    if (d->done)
        return;
    d->source->abort();
    // finished() still follows (with kind Canceled), like ExportJob, so callers have one end.
    QTimer::singleShot(0, this, [this] {
        V2Error canceled;
        canceled.kind = V2ErrorKind::Canceled;
        canceled.message = tr("Canceled.");
        d->finish(canceled);
    });
}
