#include "models/outcomefilterproxy.h"

#include "models/outcometablemodel.h"

#include <numeric>

OutcomeFilterProxy::OutcomeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OutcomeTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    updateActivationOrder();
}

int OutcomeFilterProxy::activationKey(const DeviceOutcome &outcome)
{
    return int(outcome.activation) * 2 + (outcome.sessionExported ? 1 : 0);
}

QStringList OutcomeFilterProxy::activationTexts()
{
    QStringList texts;
    for (Activation activation : { Activation::Otaa, Activation::Abp, Activation::Template,
             Activation::Unusable, Activation::Unknown }) {
        DeviceOutcome probe;
        probe.activation = activation;
        for (bool session : { false, true }) {
            probe.sessionExported = session;
            Q_ASSERT(activationKey(probe) == texts.size());
            texts.append(OutcomeTableModel::activationText(probe));
        }
    }
    return texts;
}

void OutcomeFilterProxy::updateActivationOrder()
{
    // The activation column sorts by its (translated) text; there are only ten texts.
    const QStringList texts = activationTexts();
    QList<int> keys(texts.size());
    std::iota(keys.begin(), keys.end(), 0);
    std::stable_sort(keys.begin(), keys.end(), [&texts](int a, int b) {
        return QString::compare(texts.at(a), texts.at(b), Qt::CaseInsensitive) < 0;
    });
    m_activationOrder = QList<int>(texts.size(), 0);
    for (qsizetype rank = 0; rank < keys.size(); ++rank)
        m_activationOrder[keys.at(rank)] = int(rank);
}

void OutcomeFilterProxy::sort(int column, Qt::SortOrder order)
{
    updateActivationOrder(); // the language may have changed since
    QSortFilterProxyModel::sort(column, order);
}

bool OutcomeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *outcomes = qobject_cast<const OutcomeTableModel *>(sourceModel());
    if (!outcomes || left.parent().isValid() || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    // The same order as SortRole compared by QSortFilterProxyModel (ints, or the displayed
    // text case-insensitively), without two QVariants per comparison: ~1.7 million of them
    // for 100,000 rows.
    const int leftRow = left.row();
    const int rightRow = right.row();
    const DeviceOutcome &a = outcomes->outcome(leftRow);
    const DeviceOutcome &b = outcomes->outcome(rightRow);
    // Text columns compare their case-folded bytes in the model's search text (the order of
    // a case-insensitive QString::compare, without folding both strings again ~1.7 million
    // times: that was 70% of sorting 100,000 rows).
    const auto textLess = [outcomes, leftRow, rightRow](OutcomeTableModel::SearchField field) {
        return OutcomeTableModel::searchField(outcomes->searchText(leftRow), field)
            < OutcomeTableModel::searchField(outcomes->searchText(rightRow), field);
    };
    switch (left.column()) {
    case OutcomeTableModel::StatusColumn:
        return int(a.status) < int(b.status);
    case OutcomeTableModel::V2IdColumn:
        return textLess(OutcomeTableModel::SearchField::V2Id);
    case OutcomeTableModel::V3IdColumn:
        return textLess(OutcomeTableModel::SearchField::V3Id);
    case OutcomeTableModel::DevEuiColumn:
        return textLess(OutcomeTableModel::SearchField::DevEui);
    case OutcomeTableModel::JoinEuiColumn:
        return textLess(OutcomeTableModel::SearchField::JoinEui);
    case OutcomeTableModel::ActivationColumn:
        return m_activationOrder.value(activationKey(a))
            < m_activationOrder.value(activationKey(b));
    case OutcomeTableModel::NotesColumn:
        return textLess(OutcomeTableModel::SearchField::Notes);
    }
    return QSortFilterProxyModel::lessThan(left, right);
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
    // A typed separator could match across two columns: such a text matches no ID at all.
    m_matcher.setPattern(m_text.contains(OutcomeTableModel::kSearchFieldSeparator)
            ? QByteArray()
            : m_text.toCaseFolded().toUtf8());
    m_statusTextMatches.clear();
    m_activationTextMatches.clear();
    if (!m_text.isEmpty()) {
        for (OutcomeStatus status :
            { OutcomeStatus::Exported, OutcomeStatus::Skipped, OutcomeStatus::Failed })
            m_statusTextMatches.append(
                OutcomeTableModel::statusText(status).contains(m_text, Qt::CaseInsensitive));
        for (const QString &activation : activationTexts())
            m_activationTextMatches.append(activation.contains(m_text, Qt::CaseInsensitive));
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

bool OutcomeFilterProxy::textMatches(
    const DeviceOutcome &outcome, const QByteArray &searchText) const
{
    // The same texts the columns display (OutcomeTableModel::data), read without QVariants:
    // status and activation through the flags computed per filter text, the other columns
    // through the model's case-folded search text.
    if (m_statusTextMatches.value(int(outcome.status))
        || m_activationTextMatches.value(activationKey(outcome)))
        return true;
    return !m_matcher.pattern().isEmpty() && m_matcher.indexIn(searchText) >= 0;
}

bool OutcomeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Fast path for the preview's own model: plain field reads, no QVariant per cell.
    if (const auto *outcomes = qobject_cast<const OutcomeTableModel *>(sourceModel());
        outcomes && !sourceParent.isValid()) {
        const DeviceOutcome &outcome = outcomes->outcome(sourceRow);
        if (m_status && outcome.status != *m_status)
            return false;
        return m_text.isEmpty() || textMatches(outcome, outcomes->searchText(sourceRow));
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
