#pragma once

class GeneratedKeyCheck;

#include "convert/deviceoutcome.h"
#include "convert/ttsimportrules.h"
#include "models/flattablemodel.h"

#include <QList>
#include <memory>

class ConversionResult;

// The preview's result: one row per requested device, appended in batches as the export job
// reports them (one beginInsertRows per batch keeps 100,000 rows fast). Text in DisplayRole,
// the raw sort key in SortRole; secrets (the JSON) never leave through data().
//
// Repairs (issue #10): once the preview is complete the page hands over the ConversionResult
// the rows came from; then the v3 ID cell is editable. A new ID is checked against The Things
// Stack's rules and the other rows (checkDeviceId) and refused unless it passes; on commit the
// result converts that one device again and every row whose outcome changed because of it
// (a duplicate freed or created) is updated in place and reported by rowsRepaired().
class OutcomeTableModel : public FlatTableModel
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
        int refused = 0; // of the failed: by The Things Stack's import rules
        int total() const { return exported + skipped + failed; }
    };

    explicit OutcomeTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EditRole on the v3 ID column: renameDevice(); false when the ID is refused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // DevEUI, JoinEUI and Activation: titled the same wherever a table shows them (the device
    // list of page 2 too).
    static QString sharedColumnTitle(Columns column);
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The ID columns' headers follow the source: "v2 device ID" / "v3 device ID" for TTN v2,
    // "Source device ID" / "New device ID" for another The Things Stack deployment.
    void setFromTts(bool fromTts);

    void append(QList<DeviceOutcome> batch);
    void clear(); // also forgets the result: nothing is editable until the next one
    // Exported devices whose AppKey an AppKey change generated in TTN v2 (the check of the
    // export, GeneratedKeyCheck) get a warning in their notes as they are appended: the export
    // refuses them until the original keys are restored. Null: no check.
    void setGeneratedKeyCheck(std::shared_ptr<const GeneratedKeyCheck> check);
    int generatedKeyCount() const { return m_generatedKeyRows; }

    // --- Repairs ---
    // The complete result of the preview, row for row (null: the table is read-only).
    void setResult(std::shared_ptr<ConversionResult> result);
    bool canRename() const { return m_result != nullptr; }
    // For the editor, as the user types. Empty `deviceId`: back to the ID derived from v2,
    // always allowed.
    TtsImportRules::Violation checkDeviceId(int row, const QString &deviceId) const;
    // Gives `row` the v3 ID `deviceId` (empty: the derived one again) if checkDeviceId()
    // allows it; returns the rows whose outcome changed (empty when refused).
    QList<int> renameDevice(int row, const QString &deviceId);
    // How many rows have an ID the user chose (Copy as command says they are wizard-only).
    int renamedCount() const;
    // The ID the user chose for `row`, empty when derived.
    QString chosenDeviceId(int row) const;

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
    // The reason (with where the wizard repairs it) and the warnings, as one line.
    static QString notesText(const DeviceOutcome &outcome);
    // " (once the preview is complete, double-click its v3 ID …)" for a failed device the user can
    // repair here; else empty.
    static QString repairHint(const DeviceOutcome &outcome);
    static QByteArray buildSearchText(const DeviceOutcome &outcome, const QString &notes);
    static QVariant toolTip(const DeviceOutcome &outcome, int column, const QString &notes);

signals:
    // After a rename: the rows whose outcome changed (ascending), already updated.
    void rowsRepaired(const QList<int> &rows);

private:
    int rows() const override { return int(m_outcomes.size()); }
    void count(const DeviceOutcome &outcome, int delta);

    std::shared_ptr<ConversionResult> m_result;
    std::shared_ptr<const GeneratedKeyCheck> m_generatedKeys;
    int m_generatedKeyRows = 0;
    QList<DeviceOutcome> m_outcomes;
    QList<QString> m_notes; // notesText() per row
    QList<QByteArray> m_searchTexts; // searchText() per row
    QString m_longestV2Id;
    QString m_longestV3Id;
    bool m_hasSessions = false;
    bool m_fromTts = false;
    Counts m_counts;
};
