#pragma once

#include <QString>

// Numbers as the user's locale writes them ("12,345" in English, "12.345" in German).
//
// tr() with a count puts that count into the text as plain digits where the source says %n.
// %Ln would group them, but it is a different source text: every translation of the string,
// English plural forms included, would be lost until translated again. withGroupedN() groups
// the count in what tr() returned instead, so the source texts stay as they are translated.
namespace LocaleNumbers {
QString number(qint64 value);
// `text` as returned by tr(source, disambiguation, n), before any arg(): the count's digits,
// wherever they stand alone, in the locale's grouping.
QString withGroupedN(QString text, qint64 n);
} // namespace LocaleNumbers
