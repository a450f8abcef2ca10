#include "models/frequencyplanmodel.h"

#include "convert/frequencyplancatalog.h"

#include <QHash>

FrequencyPlanModel::FrequencyPlanModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({ tr("Frequency plan"), tr("ID") });
    QHash<QString, QStandardItem *> bands;
    for (const QString &band : FrequencyPlanCatalog::bands()) {
        auto *bandItem = new QStandardItem(band);
        bandItem->setFlags(Qt::ItemIsEnabled);
        auto *bandIdItem = new QStandardItem();
        bandIdItem->setFlags(Qt::ItemIsEnabled);
        appendRow({ bandItem, bandIdItem });
        bands.insert(band, bandItem);
    }
    for (const FrequencyPlan &plan : FrequencyPlanCatalog::all()) {
        QStandardItem *band = bands.value(plan.bandId);
        if (!band) {
            band = new QStandardItem(plan.bandId);
            band->setFlags(Qt::ItemIsEnabled);
            auto *bandIdItem = new QStandardItem();
            bandIdItem->setFlags(Qt::ItemIsEnabled);
            appendRow({ band, bandIdItem });
            bands.insert(plan.bandId, band);
        }
        auto *name = new QStandardItem(plan.name.isEmpty() ? plan.id : plan.name);
        auto *id = new QStandardItem(plan.id);
        for (QStandardItem *item : { name, id }) {
            item->setData(plan.id, PlanIdRole);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(plan.description.isEmpty() ? plan.name : plan.description);
        }
        band->appendRow({ name, id });
    }
}

QModelIndex FrequencyPlanModel::indexOfPlan(const QString &planId) const
{
    for (int bandRow = 0; bandRow < rowCount(); ++bandRow) {
        const QStandardItem *band = item(bandRow);
        for (int row = 0; row < band->rowCount(); ++row) {
            if (band->child(row)->data(PlanIdRole).toString() == planId)
                return band->child(row)->index();
        }
    }
    return {};
}
