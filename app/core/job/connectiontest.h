#pragma once

#include "v2/v2connection.h"
#include "v2/v2error.h"

#include <QObject>
#include <QUrl>

// "Test connection" on the v2 connect page: V2DeviceSource::testConnection() with its answer
// in v2's words. Finds the handler (directly or through discovery) and asks it for one device
// of the application, which proves the address, the application and the key's "devices"
// right in a single request. Never writes to v2.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(V2Connection connection, QObject *parent = nullptr);
    ~ConnectionTest() override;
    void start();
    void cancel();

signals:
    // On success error.isError() is false, handlerUrl is the handler used and deviceCount the
    // application's total (Grpc-Metadata-Total; -1 if the handler did not say).
    void finished(const V2Error &error, const QUrl &handlerUrl, int deviceCount);
    // A transient fault (e.g. the handler's rate limit) is retried after `delayMs`; a handler
    // that keeps answering 429 can hold the test for a minute (V2ErrorText::retrying words it).
    void retryScheduled(const V2Error &error, qint64 delayMs);

private:
    class Private;
    Private *d;
};
