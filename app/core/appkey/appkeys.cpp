#include "appkey/appkeys.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <cctype>

namespace {
QByteArray systemRandom16()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
        reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return bytes;
}
} // namespace

QString AppKeys::generate(const RandomSource &source)
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QByteArray bytes = source ? source() : systemRandom16();
        if (bytes.size() == 16 && bytes.count('\0') != bytes.size())
            return QString::fromLatin1(bytes.toHex().toUpper());
    }
    // A broken injected source; the system generator never gets here.
    return QString::fromLatin1(systemRandom16().toHex().toUpper());
}

bool AppKeys::isValid(const QString &key)
{
    if (key.size() != 32)
        return false;
    bool nonZero = false;
    for (const QChar c : key) {
        if (!std::isxdigit(static_cast<unsigned char>(c.toLatin1())) || c.unicode() > 0x7f)
            return false;
        nonZero = nonZero || c != u'0';
    }
    return nonZero;
}

bool AppKeys::same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString AppKeys::fingerprint(const QString &key)
{
    if (key.isEmpty())
        return QString();
    const QByteArray bytes = QByteArray::fromHex(key.toLatin1());
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(8));
}
