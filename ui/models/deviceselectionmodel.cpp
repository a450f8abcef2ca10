#include "models/deviceselectionmodel.h"

#include "models/outcometablemodel.h"

#include <algorithm>
#include <numeric>

DeviceSelectionModel::DeviceSelectionModel(QObject *parent)
    : FlatTableModel(ColumnCount, parent)
{
}

QVariant DeviceSelectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == IdColumn)
        return row.checked ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == IdColumn)
        return row.id; // a long ID is cut in its column
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return row.id;
    case DevEuiColumn:
        return row.devEui;
    case JoinEuiColumn:
        return row.joinEui;
    case ActivationColumn:
        return row.activation;
    case NameColumn:
        return row.name;
    case ProfileColumn:
        return row.profile;
    }
    return {};
}

bool DeviceSelectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != IdColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked({ index.row() }, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags DeviceSelectionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == IdColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant DeviceSelectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Device ID");
    case DevEuiColumn:
        return OutcomeTableModel::sharedColumnTitle(OutcomeTableModel::DevEuiColumn);
    case JoinEuiColumn:
        return OutcomeTableModel::sharedColumnTitle(OutcomeTableModel::JoinEuiColumn);
    case ActivationColumn:
        return OutcomeTableModel::sharedColumnTitle(OutcomeTableModel::ActivationColumn);
    case NameColumn:
        return tr("Name");
    case ProfileColumn:
        return tr("Device profile");
    }
    return {};
}

void DeviceSelectionModel::append(const QList<DeviceOutcome> &batch)
{
    if (batch.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(batch.size()) - 1);
    for (const DeviceOutcome &outcome : batch) {
        m_rows.append({ outcome.v2DeviceId, outcome.devEui, outcome.joinEui,
            OutcomeTableModel::activationText(outcome), true, outcome.name, outcome.profile });
    }
    m_checkedCount += int(batch.size());
    endInsertRows();
    emit checkedCountChanged(m_checkedCount);
}

void DeviceSelectionModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_checkedCount = 0;
    endResetModel();
    emit checkedCountChanged(0);
}

void DeviceSelectionModel::setChecked(const QList<int> &rows, bool checked)
{
    int first = int(m_rows.size());
    int last = -1;
    for (const int row : rows) {
        if (row < 0 || row >= m_rows.size() || m_rows[row].checked == checked)
            continue;
        m_rows[row].checked = checked;
        m_checkedCount += checked ? 1 : -1;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last < 0)
        return;
    emit dataChanged(index(first, IdColumn), index(last, IdColumn), { Qt::CheckStateRole });
    emit checkedCountChanged(m_checkedCount);
}

void DeviceSelectionModel::setAllChecked(bool checked)
{
    QList<int> rows(m_rows.size());
    std::iota(rows.begin(), rows.end(), 0);
    setChecked(rows, checked);
}

QStringList DeviceSelectionModel::checkedIds() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (row.checked)
            ids << row.id;
    }
    return ids;
}
