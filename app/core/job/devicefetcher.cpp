#include "job/devicefetcher.h"

#include "job/fetchplan.h"
#include "v2/v2call.h"
#include "v2/v2client.h"
#include "v2/v2deviceparser.h"

DeviceFetcher::DeviceFetcher(V2Client *client, QStringList ids, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ids(std::move(ids))
{
    m_devices.resize(m_ids.size());
}

void DeviceFetcher::start()
{
    if (m_ids.isEmpty()) {
        emit finished(V2Error());
        return;
    }
    for (int i = 0; i < kInFlight; ++i)
        sendNext();
}

void DeviceFetcher::sendNext()
{
    if (m_stopped || m_next >= m_ids.size())
        return;
    const int index = m_next++;
    m_calls.removeAll(QPointer<V2Call>());
    V2Call *call = m_client->send(V2Request::getDevice(m_ids.at(index)));
    m_calls.append(call);
    connect(call, &V2Call::finished, this,
        [this, index](const V2Result &result) { onResult(index, result); });
}

void DeviceFetcher::onResult(int index, const V2Result &result)
{
    if (m_stopped)
        return;
    const QString &id = m_ids.at(index);
    const QString appId = m_client->connection().appId;
    V2ParsedDevice parsed;
    if (result.ok()) {
        parsed = V2DeviceParser::parseDevice(result.body);
    } else if (result.error.isFatalForRun()) {
        stop();
        emit finished(result.error);
        return;
    } else if (result.error.kind == V2ErrorKind::NotFound) {
        parsed.error = FetchPlan::deviceNotFoundReason(appId);
    } else {
        parsed.error = result.error.message;
    }
    // Keep the ID the user asked for, even when the body had none or failed to parse.
    if (parsed.device.devId.isEmpty())
        parsed.device.devId = id;
    if (parsed.device.appId.isEmpty())
        parsed.device.appId = appId;
    m_devices[index] = parsed;
    emit deviceRead(index);
    if (m_stopped)
        return; // a receiver stopped the fetch

    ++m_done;
    emit progress(m_done, int(m_ids.size()));
    if (m_done == m_ids.size()) {
        m_calls.clear();
        emit finished(V2Error());
        return;
    }
    sendNext();
}

void DeviceFetcher::cancel()
{
    stop();
}

void DeviceFetcher::stop()
{
    m_stopped = true;
    const QList<QPointer<V2Call>> calls = std::exchange(m_calls, {});
    for (const QPointer<V2Call> &call : calls) {
        if (call)
            call->abort();
    }
}
