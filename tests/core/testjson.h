#pragma once

#include <QByteArray>

// JSON with ' for " keeps test data readable (moc cannot parse raw string literals, so the
// test files avoid them).
inline QByteArray j(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}
