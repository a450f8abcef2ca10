#pragma once

#include <QByteArray>
#include <QString>
#include <cstdio>

// The benchmark executable prints one `key=value` line per figure on stdout, so
// run-benchmarks.sh can pick them up with grep; everything for humans goes to stderr.
inline void printFigure(const char *key, const QString &value)
{
    std::printf("%s=%s\n", key, value.toUtf8().constData());
    std::fflush(stdout);
}
inline void printFigure(const char *key, qint64 value)
{
    printFigure(key, QString::number(value));
}
inline void printFigure(const char *key, double value)
{
    printFigure(key, QString::number(value, 'f', 3));
}
inline void printFigure(const char *key, int value)
{
    printFigure(key, QString::number(value));
}
