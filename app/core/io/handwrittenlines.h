#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A small text file a person writes by hand (device_ids.txt, a --dev-id-map file): UTF-8 with
// or without a BOM, LF or CRLF line ends, '#' starts a comment (it cannot be part of a
// device ID), blank lines ignored. One reader, so both files follow the same rules.
namespace HandwrittenLines {

struct Line
{
    int number = 0; // from 1, counting every line of the file, for messages
    QString text; // without comment and surrounding white space; never empty
};

// The lines that say something, with their numbers.
QList<Line> read(const QByteArray &bytes);

// A short, printable excerpt of what was on a line, for a message: never the whole line
// (it may be huge or hold control characters).
QString excerpt(const QString &text);

} // namespace HandwrittenLines
