#pragma once

#include "convert/deviceoutcome.h"
#include "formatters/formatterplan.h"
#include "formatters/ttsformatterapply.h"
#include "tts/ttsimportoutcome.h"
#include "tts/ttstracker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

// The plain-text (Markdown) record of one migration: what was exported, what was left behind
// and why, the import into The Things Stack and which devices joined it, and how far the
// checklist got. Built only from safe fields: never a key.
class MigrationReport
{
    Q_DECLARE_TR_FUNCTIONS(MigrationReport)
public:
    QString applicationId;
    QString sourceName; // "ChirpStack", "The Things Stack"; empty: TTN v2
    QString v2Address; // the source's address
    QString frequencyPlanId;
    bool withSession = false;
    QStringList savedPaths; // the file, or every part of a split export
    int readBack = -1; // over every part
    QDateTime createdAt;
    QList<DeviceOutcome> outcomes; // only the safe fields are read
    QList<QPair<QString, bool>> checklist; // item title, done
    // The import into The Things Stack and the latest migration status (empty: not done).
    QString ttsApplicationId;
    QList<TtsImportOutcome> importResults; // only the safe fields are read
    TtsTrackerSnapshot status; // total() == 0: never refreshed
    QList<TtsJoinCounts> statusHistory; // each refresh's counts, oldest first (the chart's)
    // The application's payload formatters (formatters.md): read from v2 or not, the plan,
    // the file saved beside the export, and what the import did with them.
    struct Formatters
    {
        bool read = false;
        QString notRead; // translated, when the read was tried and failed
        QString missingRight;
        FormatterPlan plan;
        QString file;
        std::optional<TtsFormatterOutcome> outcome;
        QString appliedFile;
        FormatterPlan appliedPlan; // the plan of appliedFile
    };
    Formatters formatters;

    QString toMarkdown() const;
    // Writes atomically (QSaveFile); on failure returns false and a translated reason.
    bool save(const QString &path, QString *error) const;

private:
    QString importSection() const;
    QString statusSection() const;
    QString statusHistorySection() const;
    QString formatterSection() const;
};
