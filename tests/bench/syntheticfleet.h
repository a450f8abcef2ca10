#pragma once

#include "v2/v2device.h"

#include <QByteArray>
#include <QList>

// A deterministic fleet of v2 devices shaped like real applications: mostly OTAA, some ABP
// with sessions, IDs with underscores (renamed, so `old-id` is added), attributes, a
// description and a location on some. Used by the conversion benchmark, which must not depend
// on a server.
namespace SyntheticFleet {

QList<V2Device> devices(const QString &appId, int count);
// The same fleet as the v2 handler's list body ({"devices":[…]}, jsonpb style).
QByteArray listBody(const QList<V2Device> &devices);

} // namespace SyntheticFleet
