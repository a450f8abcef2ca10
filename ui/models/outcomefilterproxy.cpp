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
    invalidateFilter();
}

void OutcomeFilterProxy::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool OutcomeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
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
