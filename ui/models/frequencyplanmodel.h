#pragma once

#include <QStandardItemModel>

// The frequency plans The Things Stack knows, as a two-level tree: band (e.g. EU_863_870) →
// plans of that band. Columns: plan name, plan ID. Band rows cannot be selected.
class FrequencyPlanModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Roles { PlanIdRole = Qt::UserRole + 1 };
    enum Columns { NameColumn, IdColumn, ColumnCount };

    explicit FrequencyPlanModel(QObject *parent = nullptr);

    // The index (column 0) of the plan with this ID; invalid when unknown.
    QModelIndex indexOfPlan(const QString &planId) const;
};
