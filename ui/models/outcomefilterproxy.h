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
    void refilter();
    bool textMatches(const DeviceOutcome &outcome) const;

    std::optional<OutcomeStatus> m_status;
    QString m_text;
    // Which translated status / activation texts contain m_text, computed once per filter
    // change instead of translating them again for each of 100,000 rows.
    QList<bool> m_statusTextMatches;       // by int(OutcomeStatus)
    QList<bool> m_activationTextMatches;   // by int(Activation) * 2 + sessionExported
};
