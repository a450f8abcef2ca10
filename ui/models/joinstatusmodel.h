#pragma once

#include "models/flattablemodel.h"
#include "tts/ttstracker.h"

#include <QDateTime>
#include <QList>

// The status page's table: one row per device of the file with its state in The Things Stack
// (waiting / joined, or "seen" for session imports / active / not in TTS), when it was last
// heard, when it became active and when it was created there. Replaced by every refresh.
class JoinStatusModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Columns {
        DeviceColumn,
        StateColumn,
        LastSeenColumn,
        ActiveSinceColumn,
        ImportedColumn,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, FilterRole }; // FilterRole: int(TtsJoinState)

    explicit JoinStatusModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Keeps the rows in place when the devices are the same (selection and scrolling survive
    // the minute's refresh).
    void setSnapshot(const TtsTrackerSnapshot &snapshot);
    const TtsTrackerSnapshot &snapshot() const { return m_snapshot; }
    const TtsTrackedDevice &device(int row) const { return m_snapshot.devices.at(row); }

    // "3 min ago", "2 h ago": how long ago, in the user's language; empty for an invalid time.
    static QString ago(const QDateTime &then, const QDateTime &now);
    // A time in the locale's short format, in local time, with the date before it when it is
    // not today (the table's time columns, "Refreshed at", the chart's axis); empty when invalid.
    static QString whenText(const QDateTime &when, bool withSeconds = false);
    // The locale's clock: short (hours and minutes), or with seconds (no time zone).
    static QString clockText(const QTime &time, bool withSeconds = false);
    // The counts in words as the progress bar shows them: devices that are active have joined
    // too ("16 of 16 devices joined (16 active), 0 waiting."), then those not in The Things
    // Stack when there are any.
    static QString countsText(const TtsJoinCounts &counts);

private:
    int rows() const override { return int(m_snapshot.devices.size()); }
    TtsTrackerSnapshot m_snapshot;
};
