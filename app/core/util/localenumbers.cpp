#include "util/localenumbers.h"

#include <QLocale>

QString LocaleNumbers::number(qint64 value)
{
    return QLocale().toString(value);
}

QString LocaleNumbers::withGroupedN(QString text, qint64 n)
{
    const QString plain = QString::number(n);
    const QString grouped = number(n);
    if (plain == grouped)
        return text;
    const auto isDigit
        = [&text](qsizetype at) { return at >= 0 && at < text.size() && text.at(at).isDigit(); };
    qsizetype from = 0;
    while ((from = text.indexOf(plain, from)) >= 0) {
        // Only the count itself, not the same digits inside a longer number.
        if (isDigit(from - 1) || isDigit(from + plain.size())) {
            from += plain.size();
            continue;
        }
        text.replace(from, plain.size(), grouped);
        from += grouped.size();
    }
    return text;
}
