#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Compares exports: two runs of the same export (or the CLI's and the wizard's) differ only in
// the random session.keys.session_key_id and the session.started_at timestamp.
namespace Ndjson {

// One entry per line, each re-serialised compactly with those two fields masked, sorted by
// device ID so the comparison does not depend on arrival order. A line that is not a JSON
// object becomes "<invalid: …>" so the comparison fails visibly.
QStringList canonical(const QByteArray &ndjson);

// Where the two canonical forms first differ, or an empty string when they are equal.
QString firstDifference(const QStringList &expected, const QStringList &actual);

// The same two fields masked in the text itself ("MASKED"), so whole lines or files can be
// compared byte for byte, key order and spacing included.
QByteArray maskVolatile(const QByteArray &ndjson);

// Keys of the top-level JSON object in the order they appear in `line`.
QStringList topLevelKeys(const QByteArray &line);

// Every non-empty line of the file at `path` as a JSON object (empty when it cannot be read).
QList<QJsonObject> readObjects(const QString &path);

} // namespace Ndjson
