#pragma once

#include "chirpstack/chirpstackconnection.h"
#include "chirpstack/chirpstackdisabler.h"

#include <QStringList>
#include <functional>

// ChirpStackDisabler for a face that does not link gRPC (the wizard): the gRPC library
// registers the runs (ChirpStackDeviceSource::registerSource()), as it registers the source.
// Blocking, like ChirpStackDisabler itself: the caller runs them off the GUI thread.
namespace ChirpStackDisabling {

using Disable = std::function<ChirpStackDisabler::Result(
    const ChirpStackConnection &, const QStringList &devEuis, const QString &journalPath)>;
using Enable = std::function<ChirpStackDisabler::Result(
    const ChirpStackConnection &, const QString &journalPath)>;

void setRuns(Disable disable, Enable enable);
bool isAvailable();

ChirpStackDisabler::Result disable(
    const ChirpStackConnection &connection, const QStringList &devEuis, const QString &journalPath);
ChirpStackDisabler::Result enable(
    const ChirpStackConnection &connection, const QString &journalPath);

} // namespace ChirpStackDisabling
