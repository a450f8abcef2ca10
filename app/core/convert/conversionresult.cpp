#include "convert/conversionresult.h"

#include <QCoreApplication>
#include <set>

namespace {

// lupdate reads the context from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConversionResult)
};

// 16 hex digits as a number: comparing two numbers is much cheaper than hashing and comparing
// 32 characters, and a device that takes part has valid EUIs (TtsImportRules checked them).
quint64 euiValue(const QString &hex)
{
    quint64 value = 0;
    for (const QChar c : hex) {
        const char16_t u = c.unicode();
        const quint64 nibble = u <= u'9' ? u - u'0' : u - u'A' + 10;
        value = (value << 4) | (nibble & 0xF);
    }
    return value;
}

ConversionResult::EuiKey euisOf(const DeviceOutcome &outcome)
{
    return { euiValue(outcome.joinEui), euiValue(outcome.devEui) };
}

} // namespace

ConversionRows::~ConversionRows() = default;

ConversionResult::ConversionResult(ConversionOptions options, QList<V2ParsedDevice> sources)
    : m_converter(std::move(options))
    , m_sources(std::move(sources))
{
}

ConversionResult::ConversionResult(ConversionOptions options, std::shared_ptr<ConversionRows> rows)
    : m_converter(std::move(options))
    , m_rows(std::move(rows))
{
}

QString ConversionResult::sourceDeviceId(qsizetype row) const
{
    return m_rows ? m_rows->sourceDeviceId(row) : m_sources.at(row).device.devId;
}

void ConversionResult::setKeepOutcomes(bool keep)
{
    Q_ASSERT(m_converted == 0);
    m_keepOutcomes = keep;
    if (!keep) {
        // Sized once: growing a hash of 100,000 keys step by step rehashes them all repeatedly.
        m_exportedById.reserve(rowCount());
        m_exportedByEuis.reserve(rowCount());
    }
}

void ConversionResult::markDuplicate(
    DeviceOutcome &outcome, TtsRule rule, const QString &firstV2DeviceId)
{
    outcome.status = OutcomeStatus::Failed;
    outcome.rule = rule;
    outcome.json.clear();
    if (rule == TtsRule::DuplicateDeviceId) {
        outcome.reason = Text::tr("device %1 of this export already has the device ID \"%2\" "
                                  "(The Things Stack would refuse the second); give one of them "
                                  "another ID")
                             .arg(firstV2DeviceId, outcome.v3DeviceId);
    } else {
        outcome.reason = Text::tr("same DevEUI and JoinEUI (%1, %2) as device %3 of this export: "
                                  "The Things Stack registers a pair only once")
                             .arg(outcome.devEui, outcome.joinEui, firstV2DeviceId);
    }
}

bool ConversionResult::takesPart(const DeviceOutcome &outcome)
{
    return outcome.status == OutcomeStatus::Exported || outcome.rule == TtsRule::DuplicateDeviceId
        || outcome.rule == TtsRule::DuplicateEuis;
}

DeviceOutcome ConversionResult::convertRow(qsizetype row) const
{
    if (m_rows)
        return m_rows->convert(row, m_chosenIds.value(row));
    return m_converter.convert(m_sources.at(row), m_chosenIds.value(row));
}

bool ConversionResult::addToIndexes(qsizetype row)
{
    const DeviceOutcome &outcome = m_outcomes.at(row);
    const bool aloneById = m_rowsById.insert(outcome.v3DeviceId, row);
    const bool aloneByEuis = m_rowsByEuis.insert(euisOf(outcome), row);
    return aloneById && aloneByEuis;
}

void ConversionResult::removeFromIndexes(qsizetype row)
{
    const DeviceOutcome &outcome = m_outcomes.at(row);
    m_rowsById.remove(outcome.v3DeviceId, row);
    m_rowsByEuis.remove(euisOf(outcome), row);
}

void ConversionResult::store(qsizetype row, DeviceOutcome outcome)
{
    if (row == m_outcomes.size()) {
        ++m_counts[int(outcome.status)];
        m_outcomes.append(std::move(outcome));
        return;
    }
    --m_counts[int(m_outcomes.at(row).status)];
    ++m_counts[int(outcome.status)];
    m_outcomes[row] = std::move(outcome);
}

qsizetype ConversionResult::exportedBefore(const QList<qsizetype> &rows, qsizetype row) const
{
    for (const qsizetype other : rows) {
        if (other >= row)
            break;
        if (m_outcomes.at(other).status == OutcomeStatus::Exported)
            return other;
    }
    return -1;
}

bool ConversionResult::settleDuplicates(qsizetype row, bool *outcomeChanged)
{
    const DeviceOutcome &current = m_outcomes.at(row);
    const qsizetype sameId = exportedBefore(m_rowsById.rows(current.v3DeviceId), row);
    const qsizetype sameEuis
        = sameId >= 0 ? -1 : exportedBefore(m_rowsByEuis.rows(euisOf(current)), row);
    const OutcomeStatus before = current.status;
    const QString reasonBefore = current.reason;

    if (sameId < 0 && sameEuis < 0) {
        if (before != OutcomeStatus::Exported)
            store(row, convertRow(row)); // it passed every other rule: exported again
    } else {
        DeviceOutcome failed = current;
        if (sameId >= 0)
            markDuplicate(failed, TtsRule::DuplicateDeviceId, m_outcomes.at(sameId).v2DeviceId);
        else
            markDuplicate(failed, TtsRule::DuplicateEuis, m_outcomes.at(sameEuis).v2DeviceId);
        store(row, std::move(failed));
    }
    const DeviceOutcome &after = m_outcomes.at(row);
    *outcomeChanged = after.status != before || after.reason != reasonBefore;
    return after.status != before;
}

DeviceOutcome ConversionResult::convertNext()
{
    const qsizetype row = m_converted++;
    if (row == 0 && m_keepOutcomes) {
        m_outcomes.reserve(rowCount());
        m_rowsById.reserve(rowCount());
        m_rowsByEuis.reserve(rowCount());
    }
    DeviceOutcome outcome = convertRow(row);
    if (!m_keepOutcomes) {
        settleStreaming(row, outcome);
        ++m_counts[int(outcome.status)];
        return outcome;
    }
    store(row, outcome);
    if (!takesPart(outcome) || addToIndexes(row))
        return outcome; // the usual case: no other device shares its ID or EUIs
    bool changed = false;
    settleDuplicates(row, &changed);
    return changed ? m_outcomes.at(row) : outcome;
}

void ConversionResult::setSource(qsizetype row, V2ParsedDevice source)
{
    Q_ASSERT(row >= m_converted && !m_rows);
    m_sources[row] = std::move(source);
}

DeviceOutcome ConversionResult::skipNext(DeviceOutcome outcome)
{
    Q_ASSERT(outcome.status == OutcomeStatus::Skipped && outcome.json.isEmpty());
    const qsizetype row = m_converted++;
    if (m_keepOutcomes)
        store(row, outcome);
    else
        ++m_counts[int(outcome.status)];
    return outcome;
}

// Without kept outcomes rows only ever arrive in order, so the first exported device of each
// ID and each EUI pair is all there is to compare with: the same verdicts as the full indexes
// give, for a fraction of the memory.
void ConversionResult::settleStreaming(qsizetype row, DeviceOutcome &outcome)
{
    if (outcome.status != OutcomeStatus::Exported)
        return;
    // One hash lookup per key: the slot holds row + 1, 0 when the key is new.
    qsizetype &firstById = m_exportedById[outcome.v3DeviceId];
    if (firstById != 0) {
        markDuplicate(outcome, TtsRule::DuplicateDeviceId, sourceDeviceId(firstById - 1));
        return;
    }
    const EuiKey euis = euisOf(outcome);
    qsizetype &firstByEuis = m_exportedByEuis[euis];
    if (firstByEuis != 0) {
        m_exportedById.remove(outcome.v3DeviceId); // not exported after all
        markDuplicate(outcome, TtsRule::DuplicateEuis, sourceDeviceId(firstByEuis - 1));
        return;
    }
    firstById = row + 1;
    firstByEuis = row + 1;
}

TtsImportRules::Violation ConversionResult::checkDeviceId(
    qsizetype row, const QString &deviceId) const
{
    TtsImportRules::Violation violation = TtsImportRules::checkChosenDeviceId(deviceId);
    if (!violation.ok())
        return violation;
    for (const qsizetype other : m_rowsById.rows(deviceId)) {
        if (other == row)
            continue;
        violation.rule = TtsRule::DuplicateDeviceId;
        violation.reason = Text::tr("device %1 of this export already has the device ID \"%2\"")
                               .arg(m_outcomes.at(other).v2DeviceId, deviceId);
        return violation;
    }
    return violation;
}

QList<qsizetype> ConversionResult::setDeviceId(qsizetype row, const QString &deviceId)
{
    // Rows after `row` that shared its old ID or EUIs, or share its new ID, may change; each
    // change may in turn free or block rows after it. Statuses depend only on earlier rows, so
    // settling candidates in ascending order reaches the same state a fresh export would.
    std::set<qsizetype> pending;
    const auto queueLaterRows = [this, &pending](qsizetype from) {
        const DeviceOutcome &outcome = m_outcomes.at(from);
        for (const qsizetype other : m_rowsById.rows(outcome.v3DeviceId)) {
            if (other > from)
                pending.insert(other);
        }
        for (const qsizetype other : m_rowsByEuis.rows(euisOf(outcome))) {
            if (other > from)
                pending.insert(other);
        }
    };

    if (takesPart(m_outcomes.at(row))) {
        queueLaterRows(row);
        removeFromIndexes(row);
    }
    if (deviceId.isEmpty())
        m_chosenIds.remove(row);
    else
        m_chosenIds.insert(row, deviceId);
    store(row, convertRow(row));
    if (takesPart(m_outcomes.at(row))) {
        addToIndexes(row);
        queueLaterRows(row);
        bool changed = false;
        settleDuplicates(row, &changed);
    }

    QList<qsizetype> changedRows { row };
    while (!pending.empty()) {
        const qsizetype next = *pending.begin();
        pending.erase(pending.begin());
        if (!takesPart(m_outcomes.at(next)))
            continue;
        bool outcomeChanged = false;
        if (settleDuplicates(next, &outcomeChanged))
            queueLaterRows(next);
        if (outcomeChanged)
            changedRows.append(next);
    }
    std::sort(changedRows.begin(), changedRows.end());
    changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
    return changedRows;
}
