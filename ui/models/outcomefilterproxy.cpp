#include "models/outcomefilterproxy.h"

#include "models/outcometablemodel.h"

OutcomeFilterProxy::OutcomeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OutcomeTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void OutcomeFilterProxy::setStatusFilter(std::optional<OutcomeStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void OutcomeFilterProxy::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_statusTextMatches.clear();
    m_activationTextMatches.clear();
    if (!m_text.isEmpty()) {
        for (OutcomeStatus status : {OutcomeStatus::Exported, OutcomeStatus::Skipped, OutcomeStatus::Failed})
            m_statusTextMatches.append(OutcomeTableModel::statusText(status).contains(m_text, Qt::CaseInsensitive));
        for (Activation activation : {Activation::Otaa, Activation::Abp, Activation::Template, Activation::Unusable}) {
            DeviceOutcome probe;
            probe.activation = activation;
            for (bool session : {false, true}) {
                probe.sessionExported = session;
                m_activationTextMatches.append(
                    OutcomeTableModel::activationText(probe).contains(m_text, Qt::CaseInsensitive));
            }
        }
    }
    refilter();
}

void OutcomeFilterProxy::refilter()
{
    // invalidateFilter() diffs the old and the new set of rows and reports every contiguous
    // interval to the view separately: with scattered matches (e.g. "skipped" is every fifth
    // row) that is quadratic and froze the wizard for seconds at 100,000 rows. invalidate()
    // drops the mapping and rebuilds it in one pass, announced as one layout change.
    invalidate();
}

bool OutcomeFilterProxy::textMatches(const DeviceOutcome &outcome) const
{
    // The same texts the columns display (OutcomeTableModel::data), read without QVariants.
    const auto has = [this](const QString &text) { return text.contains(m_text, Qt::CaseInsensitive); };
    if (m_statusTextMatches.value(int(outcome.status))
        || m_activationTextMatches.value(int(outcome.activation) * 2 + (outcome.sessionExported ? 1 : 0))
        || has(outcome.v2DeviceId) || has(outcome.v3DeviceId) || has(outcome.devEui) || has(outcome.joinEui)
        || has(outcome.reason))
        return true;
    for (const QString &warning : outcome.warnings) {
        if (has(warning))
            return true;
    }
    // A text that spans two notes ("…; …") only matches the joined column text.
    return m_text.contains(u';') && has(OutcomeTableModel::notesText(outcome));
}

bool OutcomeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Fast path for the preview's own model: plain field reads, no QVariant per cell.
    if (const auto *outcomes = qobject_cast<const OutcomeTableModel *>(sourceModel());
        outcomes && !sourceParent.isValid()) {
        const DeviceOutcome &outcome = outcomes->outcome(sourceRow);
        if (m_status && outcome.status != *m_status)
            return false;
        return m_text.isEmpty() || textMatches(outcome);
    }
    const QAbstractItemModel *source = sourceModel();
    if (m_status) {
        const QModelIndex status = source->index(sourceRow, 0, sourceParent);
        if (source->data(status, OutcomeTableModel::StatusRole).toInt() != int(*m_status))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        const QModelIndex index = source->index(sourceRow, column, sourceParent);
        if (source->data(index).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
