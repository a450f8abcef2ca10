#pragma once

#include "convert/deviceconverter.h"
#include "convert/rowindex.h"

#include <QHash>
#include <QList>
#include <memory>

// The rows of a source that converts its devices itself (every source but TTN v2, whose
// V2ParsedDevice rows DeviceConverter converts): one outcome per row, with its JSON when
// exported. ConversionResult applies the rules that need the whole export on top.
class ConversionRows
{
public:
    virtual ~ConversionRows();
    virtual qsizetype size() const = 0;
    // `chosenDeviceId`: the ID the user gave the row (empty: the source's own).
    virtual DeviceOutcome convert(qsizetype row, const QString &chosenDeviceId) const = 0;
    virtual QString sourceDeviceId(qsizetype row) const = 0; // for the duplicate reasons
};

// Every device of one export, converted, with what it was converted from: the place where the
// rules that need the whole export are applied, and where the user repairs one device without
// fetching or converting the others again.
//
// Duplicates (tts-import-rules.md "whole file"): TTS refuses the later of two devices with the
// same device ID, or the same JoinEUI + DevEUI. Here the first device (in export order) keeps
// its place and a later one fails, naming the first. Only devices that pass every other rule
// take part: a device that fails anyway is not written, so it cannot collide.
//
// The export job fills a result on its worker thread (convertNext) and hands it over when it
// finishes; from then on it belongs to one thread (the wizard's GUI thread).
class ConversionResult
{
public:
    using EuiKey = std::pair<quint64, quint64>; // (JoinEUI, DevEUI)

    explicit ConversionResult(
        ConversionOptions options, QList<V2ParsedDevice> sources = QList<V2ParsedDevice>());
    // Rows another source converts (ConversionRows); source() is then not available.
    ConversionResult(ConversionOptions options, std::shared_ptr<ConversionRows> rows);

    // --- Filling (in order) ---
    bool atEnd() const { return m_converted == rowCount(); }
    qsizetype rowCount() const { return m_rows ? m_rows->size() : m_sources.size(); }
    // Converts the next source, applies the duplicate rule and returns the outcome (with JSON).
    DeviceOutcome convertNext();
    // Filling as devices are read one by one (the wizard's with-session preview): the device
    // of a `row` not converted yet, read after the result was made (with its frame counters).
    void setSource(qsizetype row, V2ParsedDevice source);
    // The next device was never read (a stopped run): `outcome`, skipped and without JSON,
    // stands for it; it takes no part in the duplicate rule. Returns it.
    DeviceOutcome skipNext(DeviceOutcome outcome);
    // Before the first convertNext(): false keeps no outcomes, only what the duplicate rule
    // needs (the command line streams each line to its output and never repairs; at 100,000
    // devices this saves tens of MB and their page faults). outcomes() then stays empty and
    // repairs are not possible; the verdicts are the same.
    void setKeepOutcomes(bool keep);

    // --- Reading ---
    qsizetype size() const { return m_outcomes.size(); } // 0 without kept outcomes
    const DeviceOutcome &outcome(qsizetype row) const { return m_outcomes.at(row); }
    const QList<DeviceOutcome> &outcomes() const { return m_outcomes; }
    const V2ParsedDevice &source(qsizetype row) const { return m_sources.at(row); }
    // The rows of a source other than v2 (null for v2), for that source to update.
    ConversionRows *rows() const { return m_rows.get(); }
    const ConversionOptions &options() const { return m_converter.options(); }
    int count(OutcomeStatus status) const { return m_counts[int(status)]; }
    int readyForImport() const { return count(OutcomeStatus::Exported); }

    // --- Repairing: a new v3 device ID for one row ---
    // The ID the user gave `row` (empty: derived, or from the mapping file).
    QString chosenDeviceId(qsizetype row) const { return m_chosenIds.value(row); }
    // For checking as the user types: ok() when `deviceId` is a valid, unreserved ID that no
    // other device of this export has (exported, or failing only as a duplicate); else the rule
    // and the sentence. Fast enough per keystroke at 100,000 devices (hash lookups).
    TtsImportRules::Violation checkDeviceId(qsizetype row, const QString &deviceId) const;
    // Gives `row` the ID `deviceId` (empty: back to the ID it would get without a choice),
    // converts that one device again and updates the rows whose duplicate status changes
    // because of it. Returns every row whose outcome changed, ascending (always `row` itself).
    QList<qsizetype> setDeviceId(qsizetype row, const QString &deviceId);

private:
    DeviceOutcome convertRow(qsizetype row) const;
    QString sourceDeviceId(qsizetype row) const;
    static bool takesPart(const DeviceOutcome &outcome);
    static void markDuplicate(DeviceOutcome &outcome, TtsRule rule, const QString &firstV2DeviceId);
    void settleStreaming(qsizetype row, DeviceOutcome &outcome);
    bool addToIndexes(qsizetype row); // true: no other row shares its ID or EUIs
    void removeFromIndexes(qsizetype row);
    // Applies the duplicate rule to `row` (which takes part) given the rows before it;
    // returns true when its status changed.
    bool settleDuplicates(qsizetype row, bool *outcomeChanged);
    void store(qsizetype row, DeviceOutcome outcome);
    qsizetype exportedBefore(const QList<qsizetype> &rows, qsizetype row) const;

    DeviceConverter m_converter;
    QList<V2ParsedDevice> m_sources;
    std::shared_ptr<ConversionRows> m_rows;
    QList<DeviceOutcome> m_outcomes;
    QHash<qsizetype, QString> m_chosenIds;
    RowIndex<QString> m_rowsById;
    RowIndex<EuiKey> m_rowsByEuis;
    // Without kept outcomes: the first exported row + 1 of each ID and EUI pair.
    QHash<QString, qsizetype> m_exportedById;
    QHash<EuiKey, qsizetype> m_exportedByEuis;
    qsizetype m_converted = 0;
    int m_counts[3] = { 0, 0, 0 };
    bool m_keepOutcomes = true;
};
