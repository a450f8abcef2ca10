#pragma once

#include <QWidget>

class FrequencyPlanModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// A searchable list of frequency plans grouped by band: type part of a name, band or ID to
// narrow it down, pick one plan.
class FrequencyPlanPicker : public QWidget
{
    Q_OBJECT
public:
    explicit FrequencyPlanPicker(QWidget *parent = nullptr);

    QString currentPlanId() const { return m_planId; }
    void setCurrentPlanId(const QString &planId);
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void currentPlanChanged(const QString &planId);

private:
    void applyFilter(const QString &text);
    void onSelectionChanged();
    void showSelectedPlan();

    FrequencyPlanModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_selected;
    QString m_planId;
    // While the filter rebuilds the list, Qt moves the view's current row to a neighbour of
    // rows that disappear: that is not the user choosing a plan.
    bool m_filtering = false;
};
