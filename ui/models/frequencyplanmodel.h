#pragma once

#include <QStandardItemModel>

// The frequency plans The Things Stack knows, as a two-level tree: band (e.g. EU_863_870) →
// plans of that band. Columns: plan name, plan ID. Band rows cannot be selected, and neither
// can a plan whose band The Things Stack has no regional parameters for at the PHY version v2
// devices are written with (TtsImportRules::checkFrequencyPlan): it would refuse every device,
// so such a plan is shown disabled, marked, with the reason as its tooltip (RefusalRole).
class FrequencyPlanModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Roles { PlanIdRole = Qt::UserRole + 1, RefusalRole };
    enum Columns { NameColumn, IdColumn, ColumnCount };

    explicit FrequencyPlanModel(QObject *parent = nullptr);

    // The index (column 0) of the plan with this ID; invalid when unknown.
    QModelIndex indexOfPlan(const QString &planId) const;
    // Why The Things Stack would refuse every device exported with this plan; empty when it
    // takes them (or the plan is unknown: FrequencyPlanCatalog says that).
    static QString refusal(const QString &planId);
};
