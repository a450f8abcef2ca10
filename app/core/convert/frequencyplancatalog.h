#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct FrequencyPlan
{
    QString id; // e.g. EU_863_870_TTN
    QString bandId; // e.g. EU_863_870
    QString name; // e.g. "Europe 863-870 MHz (SF9 for RX2 - recommended)"
    QString description;
};

// The frequency plans The Things Stack knows, shipped with the program (generated from
// lorawan-frequency-plans' frequency-plans.yml by scripts/update-frequency-plans.py).
class FrequencyPlanCatalog
{
public:
    static const QList<FrequencyPlan> &all(); // in the file's order
    static bool contains(const QString &id);
    static const FrequencyPlan *find(const QString &id);
    static QStringList bands(); // distinct band IDs, in order
    // Up to `count` known IDs closest to a mistyped one (case-insensitive edit distance,
    // prefix matches first), for "did you mean" messages.
    static QStringList closestMatches(const QString &id, int count = 3);
};
