#pragma once

#include "convert/conversionresult.h"
#include "convert/deviceoutcome.h"
#include "v2/v2device.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <atomic>
#include <functional>

// The CPU-heavy steps of an export, as plain functions that run on a worker thread.
namespace ConversionSteps {

struct ListParse
{
    QList<V2ParsedDevice> devices;
    QString fatalError; // the list as a whole was unreadable
};

// Parses a list answer. With `onlyIds`, keeps those devices in that order and adds a failed
// entry ("device not found in application …") for each one the list does not have; without,
// keeps the handler's order (by dev_id). Devices without app_id get `appId`.
ListParse parseList(const QByteArray &body, const QStringList &onlyIds, const QString &appId,
    const std::atomic_bool &canceled);

// A device whose session would be exported needs the frame counters only a GET returns.
bool needsCounters(const V2ParsedDevice &device);
// Copies what only the per-device GET knows (frame counters, last seen) into a list device.
void mergeCounters(V2ParsedDevice &listDevice, const V2ParsedDevice &fromGet);

// Converts the rest of `result`'s devices in order and hands out the outcomes `batchSize` at a
// time.
using BatchSink = std::function<void(const QList<DeviceOutcome> &batch)>;
void convertAll(ConversionResult &result, int batchSize, const std::atomic_bool &canceled,
    const BatchSink &sink);

} // namespace ConversionSteps
