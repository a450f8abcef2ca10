#include "io/handwrittenlines.h"

#include <QByteArrayView>

using namespace Qt::StringLiterals;

QList<HandwrittenLines::Line> HandwrittenLines::read(const QByteArray &bytes)
{
    QByteArrayView input(bytes);
    if (input.startsWith("\xEF\xBB\xBF"))
        input = input.sliced(3);

    QList<Line> lines;
    int number = 0;
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        QByteArrayView line = input.sliced(start, end - start);
        start = end + 1;
        ++number;

        const qsizetype hash = line.indexOf('#');
        if (hash >= 0)
            line = line.first(hash);
        QString text = QString::fromUtf8(line).trimmed(); // also drops the '\r' of CRLF
        if (!text.isEmpty())
            lines.append({ number, std::move(text) });
    }
    return lines;
}

QString HandwrittenLines::excerpt(const QString &text)
{
    QString result = text.left(40);
    for (QChar &c : result) {
        if (!c.isPrint())
            c = u'?';
    }
    return result.size() < text.size() ? result + u"\u2026"_s : result;
}
