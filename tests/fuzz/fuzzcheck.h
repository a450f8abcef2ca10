#pragma once

#include <QByteArray>
#include <QString>

// One fuzz input through everything that reads v2 data: V2DeviceParser::parseList and
// parseDevice, then DeviceConverter (with and without session) on every parsed device.
// Returns an empty string when every invariant held, else what was violated. Shared by the
// libFuzzer target (which aborts on a violation) and the corpus replay test (which fails).
namespace FuzzCheck {
QString run(const QByteArray &input);
}
