#include "models/outcometablemodel.h"

#include "widgets/uiicons.h"

using namespace Qt::StringLiterals;

OutcomeTableModel::OutcomeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int OutcomeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int OutcomeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutcomeTableModel::statusText(OutcomeStatus status)
{
    switch (status) {
    case OutcomeStatus::Exported:
        return tr("Exported");
    case OutcomeStatus::Skipped:
        return tr("Skipped");
    case OutcomeStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QString OutcomeTableModel::activationText(const DeviceOutcome &outcome)
{
    QString text;
    switch (outcome.activation) {
    case Activation::Otaa:
        text = tr("OTAA");
        break;
    case Activation::Abp:
        text = tr("ABP");
        break;
    case Activation::Template:
        text = tr("Template");
        break;
    case Activation::Unusable:
        text = tr("Unusable");
        break;
    }
    return outcome.sessionExported ? tr("%1 with session").arg(text) : text;
}

QString OutcomeTableModel::notesText(const DeviceOutcome &outcome)
{
    QStringList notes;
    if (!outcome.reason.isEmpty())
        notes << outcome.reason;
    notes << outcome.warnings;
    return notes.join(u"; "_s);
}

QVariant OutcomeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceOutcome &outcome = m_outcomes.at(index.row());
    const int column = index.column();
    if (role == StatusRole)
        return int(outcome.status);
    if (role == SortRole && column == StatusColumn)
        return int(outcome.status);
    if (role == Qt::DecorationRole && column == StatusColumn)
        return UiIcons::status(outcome.status);
    if (role == Qt::ToolTipRole && column == NotesColumn)
        return m_notes.at(index.row());
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case StatusColumn:
        return statusText(outcome.status);
    case V2IdColumn:
        return outcome.v2DeviceId;
    case V3IdColumn:
        return outcome.v3DeviceId;
    case DevEuiColumn:
        return outcome.devEui;
    case JoinEuiColumn:
        return outcome.joinEui;
    case ActivationColumn:
        return activationText(outcome);
    case NotesColumn:
        return m_notes.at(index.row());
    }
    return {};
}

Qt::ItemFlags OutcomeTableModel::flags(const QModelIndex &index) const
{
    // A flat table: saying so spares a tree view one hasChildren() call per row on every
    // relayout (100,000 of them for a large application).
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemNeverHasChildren : base;
}

QVariant OutcomeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case V2IdColumn:
        return tr("v2 device ID");
    case V3IdColumn:
        return tr("v3 device ID");
    case DevEuiColumn:
        return tr("DevEUI");
    case JoinEuiColumn:
        return tr("JoinEUI");
    case ActivationColumn:
        return tr("Activation");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

void OutcomeTableModel::append(const QList<DeviceOutcome> &batch)
{
    if (batch.isEmpty())
        return;
    const int first = int(m_outcomes.size());
    beginInsertRows(QModelIndex(), first, first + int(batch.size()) - 1);
    m_outcomes.append(batch);
    for (const DeviceOutcome &outcome : batch) {
        m_notes.append(outcome.reason.isEmpty() && outcome.warnings.isEmpty() ? QString()
                                                                              : notesText(outcome));
        switch (outcome.status) {
        case OutcomeStatus::Exported:
            ++m_counts.exported;
            break;
        case OutcomeStatus::Skipped:
            ++m_counts.skipped;
            break;
        case OutcomeStatus::Failed:
            ++m_counts.failed;
            break;
        }
    }
    endInsertRows();
}

void OutcomeTableModel::clear()
{
    beginResetModel();
    m_outcomes.clear();
    m_notes.clear();
    m_counts = {};
    endResetModel();
}
