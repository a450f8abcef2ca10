#include "models/importresultmodel.h"

#include "util/localenumbers.h"
#include "widgets/uiicons.h"

using namespace Qt::StringLiterals;

ImportResultModel::ImportResultModel(QObject *parent)
    : FlatTableModel(ColumnCount, parent)
{
}

ImportResultModel::Group ImportResultModel::group(const Row &row)
{
    if (!row.status)
        return Group::Pending;
    switch (*row.status) {
    case TtsImportStatus::Imported:
    case TtsImportStatus::AlreadyInTts:
        return Group::InTts;
    case TtsImportStatus::WouldImport:
        return Group::Pending;
    case TtsImportStatus::Failed:
    case TtsImportStatus::PartlyCreated:
    case TtsImportStatus::NotImported:
        break;
    }
    return Group::Failed;
}

QString ImportResultModel::resultText(const Row &row)
{
    if (!row.status)
        return tr("pending");
    if (row.checkOnly && *row.status == TtsImportStatus::Failed)
        return tr("will fail");
    return ttsImportStatusName(*row.status);
}

QStringList ImportResultModel::allResultTexts()
{
    QStringList texts { tr("pending"), tr("will fail") };
    for (TtsImportStatus status :
        { TtsImportStatus::Imported, TtsImportStatus::AlreadyInTts, TtsImportStatus::WouldImport,
            TtsImportStatus::Failed, TtsImportStatus::PartlyCreated, TtsImportStatus::NotImported })
        texts << ttsImportStatusName(status);
    return texts;
}

QVariant ImportResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == FilterRole)
        return int(group(row));
    if (role == Qt::DecorationRole && index.column() == ResultColumn) {
        switch (group(row)) {
        case Group::InTts:
            return UiIcons::success();
        case Group::Failed:
            return row.checkOnly || (row.status && *row.status == TtsImportStatus::NotImported)
                ? UiIcons::warning()
                : UiIcons::error();
        case Group::Pending:
            return row.status ? UiIcons::info() : QVariant();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DeviceColumn:
        return row.deviceId.isEmpty() ? tr("(no ID)") : row.deviceId;
    case ResultColumn:
        if (role == SortRole)
            return int(group(row)) * 100 + (row.status ? int(*row.status) : 99);
        return resultText(row);
    case ReasonColumn:
        return row.reason;
    case LineColumn:
        if (role == SortRole)
            return index.row();
        if (role == Qt::ToolTipRole)
            return row.where;
        return LocaleNumbers::number(row.line);
    default:
        return {};
    }
}

QVariant ImportResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case ResultColumn:
        return tr("Result");
    case ReasonColumn:
        return tr("Reason");
    case LineColumn:
        return tr("Line");
    default:
        return {};
    }
}

void ImportResultModel::setDevices(const QList<TtsFileDevice> &devices)
{
    beginResetModel();
    m_rows.clear();
    m_rowByWhere.clear();
    m_rows.reserve(devices.size());
    for (const TtsFileDevice &device : devices) {
        Row row;
        row.deviceId = device.deviceId;
        row.where = device.where();
        row.line = device.line;
        row.usable = device.ok();
        if (!device.ok()) {
            row.status = TtsImportStatus::Failed;
            row.reason = device.error;
            row.retryCanFix = false; // the line must be fixed first
        }
        m_rowByWhere.insert(row.where, int(m_rows.size()));
        m_rows.append(row);
    }
    endResetModel();
}

void ImportResultModel::setOutcome(const TtsImportOutcome &outcome, bool checkOnly)
{
    const auto found = m_rowByWhere.constFind(outcome.where);
    if (found == m_rowByWhere.constEnd())
        return;
    Row &row = m_rows[*found];
    row.status = outcome.status;
    row.reason = outcome.reason;
    row.checkOnly = checkOnly;
    row.retryCanFix = outcome.retryCanFix();
    emit dataChanged(index(*found, 0), index(*found, ColumnCount - 1));
}

void ImportResultModel::markPending(const QList<TtsFileDevice> &devices)
{
    for (const TtsFileDevice &device : devices) {
        const auto found = m_rowByWhere.constFind(device.where());
        if (found == m_rowByWhere.constEnd() || !m_rows.at(*found).usable)
            continue;
        Row &row = m_rows[*found];
        row.status.reset();
        row.reason.clear();
        row.checkOnly = false;
        row.retryCanFix = true;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

ImportResultModel::Counts ImportResultModel::counts() const
{
    Counts counts;
    counts.total = int(m_rows.size());
    for (const Row &row : m_rows) {
        if (!row.status) {
            ++counts.pending;
            continue;
        }
        switch (*row.status) {
        case TtsImportStatus::Imported:
            ++counts.imported;
            break;
        case TtsImportStatus::AlreadyInTts:
            ++counts.alreadyInTts;
            break;
        case TtsImportStatus::WouldImport:
            ++counts.wouldImport;
            break;
        case TtsImportStatus::Failed:
        case TtsImportStatus::PartlyCreated:
        case TtsImportStatus::NotImported:
            ++counts.failed;
            break;
        }
    }
    return counts;
}

QList<int> ImportResultModel::rowsToRetry() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.usable && !row.checkOnly && row.retryCanFix && group(row) == Group::Failed)
            rows << i;
    }
    return rows;
}

QList<int> ImportResultModel::rowsNotInTts() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if ((!row.usable || !row.checkOnly) && group(row) == Group::Failed)
            rows << i;
    }
    return rows;
}

bool ImportResultModel::allInTts() const
{
    if (m_rows.isEmpty())
        return false;
    for (const Row &row : m_rows) {
        if (group(row) != Group::InTts)
            return false;
    }
    return true;
}

QList<TtsImportOutcome> ImportResultModel::outcomes() const
{
    QList<TtsImportOutcome> list;
    for (const Row &row : m_rows) {
        if (!row.status || row.checkOnly)
            continue;
        TtsImportOutcome outcome;
        outcome.deviceId = row.deviceId;
        outcome.where = row.where;
        outcome.status = *row.status;
        outcome.reason = row.reason;
        list << outcome;
    }
    return list;
}
