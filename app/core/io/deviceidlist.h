#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

// v2 device IDs given one per line (stdin or a file; cli.md): a UTF-8 BOM is ignored, CRLF and
// a missing final newline are accepted, whitespace is trimmed, blank lines and '#' comments are
// skipped. Duplicates are kept once and reported; invalid v2 IDs are reported with their line
// number and not kept. `error` is set only when the input as a whole is unusable (too large).
struct DeviceIdList
{
    QStringList ids; // valid, de-duplicated, in input order
    QStringList warnings; // translated, one per problem line
    QString error;

    static constexpr qint64 maxInputBytes = 16 * 1024 * 1024;

    static DeviceIdList parse(const QByteArray &bytes);
    // Reads at most maxInputBytes + 1 bytes, so a huge or endless input is refused.
    static DeviceIdList read(QIODevice *device);
};
