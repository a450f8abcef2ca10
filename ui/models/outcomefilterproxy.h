#pragma once

#include "convert/deviceoutcome.h"

#include <QByteArrayMatcher>
#include <QSortFilterProxyModel>
#include <optional>

// Sorts the preview table on OutcomeTableModel::SortRole and filters it by status and by a
// case-insensitive text found in any column. For the preview's own model both read the
// outcomes and the model's precomputed texts directly (no QVariant, no string built per row):
// 100,000 rows are filtered in a few ms and sorted without a visible stall.
class OutcomeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OutcomeFilterProxy(QObject *parent = nullptr);

    void setStatusFilter(std::optional<OutcomeStatus> status); // nullopt: every status
    void setTextFilter(const QString &text);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    bool textMatches(const DeviceOutcome &outcome, const QByteArray &searchText) const;
    static int activationKey(const DeviceOutcome &outcome);
    // The activation column's texts, indexed by activationKey().
    static QStringList activationTexts();
    void updateActivationOrder();

    std::optional<OutcomeStatus> m_status;
    QString m_text;
    // m_text case-folded as UTF-8, searched in OutcomeTableModel::searchText(): a byte search
    // with its table built once per filter text. Empty when nothing can match there.
    QByteArrayMatcher m_matcher;
    // Which translated status / activation texts contain m_text, computed once per filter
    // change instead of translating them again for each of 100,000 rows.
    QList<bool> m_statusTextMatches; // by int(OutcomeStatus)
    QList<bool> m_activationTextMatches; // by activationKey()
    QList<int> m_activationOrder; // by activationKey(): rank of its text when sorted
};
