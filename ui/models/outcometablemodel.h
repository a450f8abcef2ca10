#pragma once

#include "convert/deviceoutcome.h"

#include <QAbstractTableModel>
#include <QList>

// The preview's result: one row per requested device, appended in batches as the export job
// reports them (one beginInsertRows per batch keeps 100,000 rows fast). Text in DisplayRole,
// the raw sort key in SortRole; secrets (the JSON) never leave through data().
class OutcomeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        StatusColumn,
        V2IdColumn,
        V3IdColumn,
        DevEuiColumn,
        JoinEuiColumn,
        ActivationColumn,
        NotesColumn,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, StatusRole };

    struct Counts
    {
        int exported = 0;
        int skipped = 0;
        int failed = 0;
        int total() const { return exported + skipped + failed; }
    };

    explicit OutcomeTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(QList<DeviceOutcome> batch);
    void clear();

    const DeviceOutcome &outcome(int row) const { return m_outcomes.at(row); }
    const QList<DeviceOutcome> &outcomes() const { return m_outcomes; }
    const Counts &counts() const { return m_counts; }
    // The longest v2 and v3 IDs so far (in characters), so the view can size its ID columns
    // without looking at every row.
    const QString &longestV2Id() const { return m_longestV2Id; }
    const QString &longestV3Id() const { return m_longestV3Id; }
    // Whether any row says "… with session" (the activation column needs that width then).
    bool hasSessions() const { return m_hasSessions; }
    // notesText() precomputed when the row is appended (most rows have none), so filtering
    // and sorting 100,000 rows never joins strings per row.
    const QString &notes(int row) const { return m_notes.at(row); }
    // The texts of the ID, EUI and notes columns, case-folded, as UTF-8, separated by
    // kSearchFieldSeparator: what the text filter searches, built once per row
    // (buildSearchText()).
    const QByteArray &searchText(int row) const { return m_searchTexts.at(row); }
    static constexpr char16_t kSearchFieldSeparator = u'\x1f';
    enum class SearchField { V2Id, V3Id, DevEui, JoinEui, Notes }; // their order in it
    // One field of a search text (case-folded UTF-8, without the separator).
    static QByteArrayView searchField(const QByteArray &searchText, SearchField field);

    static QString statusText(OutcomeStatus status);
    static QString activationText(const DeviceOutcome &outcome);
    static QString notesText(const DeviceOutcome &outcome);
    static QByteArray buildSearchText(const DeviceOutcome &outcome, const QString &notes);
    static QVariant toolTip(const DeviceOutcome &outcome, int column, const QString &notes);

private:
    QList<DeviceOutcome> m_outcomes;
    QList<QString> m_notes; // notesText() per row
    QList<QByteArray> m_searchTexts; // searchText() per row
    QString m_longestV2Id;
    QString m_longestV3Id;
    bool m_hasSessions = false;
    Counts m_counts;
};
