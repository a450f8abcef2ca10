#include "models/rowfilterproxy.h"

RowFilterProxy::RowFilterProxy(int sortRole, int filterRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_groupRole(filterRole)
{
    setSortRole(sortRole);
    setFilterKeyColumn(-1); // the text may be in any column
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void RowFilterProxy::setGroupFilter(std::optional<int> group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateFilter();
}

void RowFilterProxy::setTextFilter(const QString &text)
{
    setFilterFixedString(text.trimmed());
}

bool RowFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_group) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(m_groupRole).toInt() != *m_group)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
