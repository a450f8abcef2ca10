#include "convert/conversionresult.h"

#include <QCoreApplication>
#include <set>

namespace {

// lupdate reads the context from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConversionResult)
};

std::pair<QString, QString> euisOf(const DeviceOutcome &outcome)
{
    return { outcome.joinEui, outcome.devEui };
}

} // namespace

ConversionResult::ConversionResult(ConversionOptions options, QList<V2ParsedDevice> sources)
    : m_converter(std::move(options))
    , m_sources(std::move(sources))
{
    m_outcomes.reserve(m_sources.size());
    m_rowsById.reserve(m_sources.size());
    m_rowsByEuis.reserve(m_sources.size());
}

bool ConversionResult::takesPart(const DeviceOutcome &outcome)
{
    return outcome.status == OutcomeStatus::Exported || outcome.rule == TtsRule::DuplicateDeviceId
        || outcome.rule == TtsRule::DuplicateEuis;
}

DeviceOutcome ConversionResult::convertRow(qsizetype row) const
{
    return m_converter.convert(m_sources.at(row), m_chosenIds.value(row));
}

void ConversionResult::addToIndexes(qsizetype row)
{
    const DeviceOutcome &outcome = m_outcomes.at(row);
    m_rowsById.insert(outcome.v3DeviceId, row);
    m_rowsByEuis.insert(euisOf(outcome), row);
}

void ConversionResult::removeFromIndexes(qsizetype row)
{
    const DeviceOutcome &outcome = m_outcomes.at(row);
    m_rowsById.remove(outcome.v3DeviceId, row);
    m_rowsByEuis.remove(euisOf(outcome), row);
}

void ConversionResult::store(qsizetype row, DeviceOutcome outcome)
{
    if (!m_keepJson)
        outcome.json.clear();
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
        failed.status = OutcomeStatus::Failed;
        failed.json.clear();
        if (sameId >= 0) {
            failed.rule = TtsRule::DuplicateDeviceId;
            failed.reason = Text::tr("device %1 of this export already has the device ID "
                                     "\"%2\" (The Things Stack would refuse the second); give "
                                     "one of them another ID")
                                .arg(m_outcomes.at(sameId).v2DeviceId, current.v3DeviceId);
        } else {
            failed.rule = TtsRule::DuplicateEuis;
            failed.reason
                = Text::tr("same DevEUI and JoinEUI (%1, %2) as device %3 of this "
                           "export: The Things Stack registers a pair only once")
                      .arg(current.devEui, current.joinEui, m_outcomes.at(sameEuis).v2DeviceId);
        }
        store(row, std::move(failed));
    }
    const DeviceOutcome &after = m_outcomes.at(row);
    *outcomeChanged = after.status != before || after.reason != reasonBefore;
    return after.status != before;
}

DeviceOutcome ConversionResult::convertNext()
{
    const qsizetype row = m_outcomes.size();
    DeviceOutcome outcome = convertRow(row);
    store(row, outcome);
    if (!takesPart(outcome))
        return outcome;
    addToIndexes(row);
    bool changed = false;
    settleDuplicates(row, &changed);
    // Exported: the converted outcome, with its JSON even when the stored copy has none.
    return changed ? m_outcomes.at(row) : outcome;
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
