#pragma once

#include "convert/deviceoutcome.h"

#include <QSortFilterProxyModel>
#include <optional>

// Sorts the preview table on OutcomeTableModel::SortRole and filters it by status and by a
// case-insensitive text found in any column.
class OutcomeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OutcomeFilterProxy(QObject *parent = nullptr);

    void setStatusFilter(std::optional<OutcomeStatus> status);   // nullopt: every status
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<OutcomeStatus> m_status;
    QString m_text;
};
