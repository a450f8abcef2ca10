#pragma once

#include "models/flattablemodel.h"
#include "tts/ttsdevicefile.h"
#include "tts/ttsimportoutcome.h"

#include <QHash>
#include <QList>
#include <optional>

// The import page's table: one row per line of devices.json, in file order, with the latest
// result of the import (or of the check) for that device. Rows change in place as results
// arrive; a row without a result yet is "pending". Only safe fields: never the device JSON.
class ImportResultModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Columns { LineColumn, DeviceColumn, ResultColumn, ReasonColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, FilterRole };
    // FilterRole values (the page's "Show" filter).
    enum class Group { Pending, InTts, Failed };

    struct Row
    {
        QString deviceId;
        QString where; // devices.json:12 (the key of the row)
        int line = 0;
        bool usable = true; // the line can be imported
        bool checkOnly = false; // the result came from Check (dry run), not an import
        bool retryCanFix = true; // TtsImportOutcome::retryCanFix() of the latest result
        std::optional<TtsImportStatus> status; // nullopt: no result yet
        QString reason;
    };

    struct Counts
    {
        int total = 0;
        int imported = 0;
        int alreadyInTts = 0;
        int failed = 0; // failed, partly created, not imported
        int pending = 0;
        int wouldImport = 0;
        int inTts() const { return imported + alreadyInTts; }
    };

    explicit ImportResultModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDevices(const QList<TtsFileDevice> &devices);
    // A result of the run in progress; `checkOnly` for Check's dry run.
    void setOutcome(const TtsImportOutcome &outcome, bool checkOnly);
    // A new run starts for these devices: their rows are pending again.
    void markPending(const QList<TtsFileDevice> &devices);

    const Row &row(int index) const { return m_rows.at(index); }
    Counts counts() const;
    // Usable devices that failed or were not imported for a reason a retry can fix (the core
    // classifies it: not an ID or EUIs taken, not a device TTS refuses): what "Retry failed"
    // runs again.
    QList<int> rowsToRetry() const;
    // Every device that an import left out of TTS (failed, partly created, not imported, and
    // the lines that cannot be imported): what "Save failed devices…" writes.
    QList<int> rowsNotInTts() const;
    // Every device of the file is in The Things Stack (imported now or before).
    bool allInTts() const;
    // The latest import result per device, in file order (the report), check results left out.
    QList<TtsImportOutcome> outcomes() const;

    static Group group(const Row &row);
    static QString resultText(const Row &row);
    // Every text the Result column can show, in the current language (its width).
    static QStringList allResultTexts();

private:
    int rows() const override { return int(m_rows.size()); }
    QList<Row> m_rows;
    QHash<QString, int> m_rowByWhere;
};
