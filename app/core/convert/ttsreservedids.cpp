#include "convert/ttsreservedids.h"

#include <QFile>
#include <QSet>

namespace {

QSet<QString> load()
{
    QSet<QString> ids;
    QFile file(QStringLiteral(":/tts/reserved-ids.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build gets here; failing loudly beats exporting refused IDs silently.
        qFatal("the resource :/tts/reserved-ids.txt is missing from this build");
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    ids.reserve(lines.size());
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            ids.insert(QString::fromLatin1(line));
    }
    return ids;
}

// Loaded on first use; a function-local static is initialised once even when several
// conversion threads ask at the same time.
const QSet<QString> &reserved()
{
    static const QSet<QString> ids = load();
    return ids;
}

} // namespace

bool TtsReservedIds::contains(const QString &id)
{
    return reserved().contains(id);
}

int TtsReservedIds::count()
{
    return int(reserved().size());
}
