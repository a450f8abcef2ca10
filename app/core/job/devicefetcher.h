#pragma once

#include "v2/v2device.h"
#include "v2/v2error.h"
#include "v2/v2request.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class V2Call;
class V2Client;

// Reads devices with one GET each (the client paces them), a few in flight so the handler's
// rate is used even when answers are slow, keeping the order of `ids`. A problem with one
// device (404, unreadable JSON) becomes a failed V2ParsedDevice; an error that makes the
// handler unusable (auth, rights, unreachable, retries exhausted) stops the whole fetch.
class DeviceFetcher : public QObject
{
    Q_OBJECT
public:
    DeviceFetcher(V2Client *client, QStringList ids, QObject *parent = nullptr);

    void start();
    void cancel(); // stops every GET; finished() is not emitted
    // In the order of ids; valid after finished() without a fatal error.
    const QList<V2ParsedDevice> &devices() const { return m_devices; }
    // The device of ids[index], valid from deviceRead(index) on.
    const V2ParsedDevice &device(int index) const { return m_devices.at(index); }

    static constexpr int kInFlight = 4;

signals:
    // ids[index] was read (or failed on its own, e.g. 404): device(index) holds it. Answers
    // arrive in about the order of ids, a few may overtake each other.
    void deviceRead(int index);
    void progress(int done, int total);
    void finished(const V2Error &fatal);

private:
    void sendNext();
    void onResult(int index, const V2Result &result);
    void stop();

    V2Client *m_client;
    QStringList m_ids;
    QList<V2ParsedDevice> m_devices;
    QList<QPointer<V2Call>> m_calls;
    int m_next = 0;
    int m_done = 0;
    bool m_stopped = false;
};
