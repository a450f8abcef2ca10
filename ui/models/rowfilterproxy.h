#pragma once

#include <QSortFilterProxyModel>
#include <optional>

// Sorts on the source's sort role and filters by a group the source gives in its filter role
// (a state, a result) and by a case-insensitive text in any column: the import and the
// status page's tables.
class RowFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    RowFilterProxy(int sortRole, int filterRole, QObject *parent = nullptr);

    void setGroupFilter(std::optional<int> group); // nullopt: every row
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_groupRole;
    std::optional<int> m_group;
};
