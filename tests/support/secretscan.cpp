#include "secretscan.h"

using namespace Qt::StringLiterals;

void SecretScan::add(const QString &label, const QString &value)
{
    if (!value.isEmpty())
        m_secrets.append({ label, value });
}

QStringList SecretScan::leaks(const QByteArray &text, const QString &where) const
{
    QStringList found;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines.at(n));
        for (const Secret &secret : m_secrets) {
            QStringList forms { secret.value };
            const QByteArray bytes = QByteArray::fromHex(secret.value.toLatin1());
            if (bytes.size() * 2 == secret.value.size()) {
                forms << QString::fromLatin1(bytes.toBase64())
                      << QString::fromLatin1(bytes.toBase64(QByteArray::OmitTrailingEquals));
            }
            for (const QString &form : std::as_const(forms)) {
                if (line.contains(form, Qt::CaseInsensitive)) {
                    found.append(u"%1 line %2: %3"_s.arg(where).arg(n + 1).arg(secret.label));
                    break;
                }
            }
        }
    }
    return found;
}
