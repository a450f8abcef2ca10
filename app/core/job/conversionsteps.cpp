#include "job/conversionsteps.h"

#include "job/fetchplan.h"
#include "v2/v2deviceparser.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace {
// A real handler cannot list a dev_id twice. A broken proxy or cache can; exporting both would
// make the second one clash on import, so only the first is kept and the other fails with a
// reason. (Two devices with the same EUIs, or IDs that become the same v3 ID, are caught by
// ConversionResult on what is written.)
void failDuplicates(QList<V2ParsedDevice> &devices)
{
    for (qsizetype i = 1; i < devices.size(); ++i) {
        V2ParsedDevice &device = devices[i];
        if (device.ok() && devices.at(i - 1).device.devId == device.device.devId) {
            device.error = QCoreApplication::translate("ConversionSteps",
                "the handler listed this device more than once; only the first is exported");
        }
    }
}
} // namespace

ConversionSteps::ListParse ConversionSteps::parseList(const QByteArray &body,
    const QStringList &onlyIds, const QString &appId, const std::atomic_bool &canceled)
{
    ListParse result;
    V2DeviceListParse parsed = V2DeviceParser::parseList(body);
    if (!parsed.ok()) {
        result.fatalError = parsed.fatalError;
        return result;
    }
    for (V2ParsedDevice &device : parsed.devices) {
        if (device.device.appId.isEmpty())
            device.device.appId = appId;
    }
    if (onlyIds.isEmpty()) {
        // The handler sorts by dev_id already; sorting again keeps the output stable even
        // behind a proxy or cache that does not. Checked first: moving 100,000 devices
        // through a merge sort that changes nothing cost a quarter of the wizard's parse.
        const auto byId = [](const V2ParsedDevice &a, const V2ParsedDevice &b) {
            return a.device.devId < b.device.devId;
        };
        if (!std::is_sorted(parsed.devices.cbegin(), parsed.devices.cend(), byId))
            std::stable_sort(parsed.devices.begin(), parsed.devices.end(), byId);
        failDuplicates(parsed.devices);
        result.devices = std::move(parsed.devices);
        return result;
    }

    QHash<QString, qsizetype> indexById;
    indexById.reserve(parsed.devices.size());
    for (qsizetype i = 0; i < parsed.devices.size(); ++i)
        indexById.insert(parsed.devices.at(i).device.devId, i);
    result.devices.reserve(onlyIds.size());
    for (const QString &id : onlyIds) {
        if (canceled)
            return result;
        const auto found = indexById.constFind(id);
        if (found != indexById.constEnd()) {
            result.devices.append(parsed.devices.at(*found));
            continue;
        }
        V2ParsedDevice missing;
        missing.device.devId = id;
        missing.device.appId = appId;
        missing.error = FetchPlan::deviceNotFoundReason(appId);
        result.devices.append(missing);
    }
    return result;
}

bool ConversionSteps::needsCounters(const V2ParsedDevice &d)
{
    return d.ok() && !d.device.devAddr.isEmpty() && !d.device.nwkSKey.isEmpty()
        && !d.device.appSKey.isEmpty();
}

void ConversionSteps::mergeCounters(V2ParsedDevice &listDevice, const V2ParsedDevice &fromGet)
{
    if (!fromGet.ok()) {
        listDevice.error = fromGet.error;
        return;
    }
    listDevice.device.fCntUp = fromGet.device.fCntUp;
    listDevice.device.fCntDown = fromGet.device.fCntDown;
    listDevice.device.lastSeenNs = fromGet.device.lastSeenNs;
}

void ConversionSteps::convertAll(ConversionResult &result, int batchSize,
    const std::atomic_bool &canceled, const BatchSink &sink)
{
    QList<DeviceOutcome> batch;
    batch.reserve(batchSize);
    while (!result.atEnd()) {
        if (canceled)
            return;
        batch.append(result.convertNext());
        if (batch.size() >= batchSize) {
            sink(batch);
            batch.clear();
        }
    }
    if (!batch.isEmpty() && !canceled)
        sink(batch);
}
