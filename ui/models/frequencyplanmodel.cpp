#include "models/frequencyplanmodel.h"

#include "convert/frequencyplancatalog.h"
#include "convert/ttsimportrules.h"

#include <QHash>

using namespace Qt::StringLiterals;

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
        const QString refused = refusal(plan.id);
        const QString shownName = plan.name.isEmpty() ? plan.id : plan.name;
        auto *name = new QStandardItem(
            refused.isEmpty() ? shownName : tr("%1 (not for v2 devices)").arg(shownName));
        auto *id = new QStandardItem(plan.id);
        for (QStandardItem *item : { name, id }) {
            item->setData(plan.id, PlanIdRole);
            if (refused.isEmpty()) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setToolTip(plan.description.isEmpty() ? plan.name : plan.description);
            } else {
                // Disabled: seen (a user looking for it learns why), never chosen.
                item->setFlags(Qt::NoItemFlags);
                item->setData(refused, RefusalRole);
                item->setToolTip(refused);
            }
        }
        band->appendRow({ name, id });
    }
    // A band whose every plan is refused says so on its own row too.
    for (QStandardItem *band : std::as_const(bands)) {
        bool allRefused = band->rowCount() > 0;
        for (int row = 0; row < band->rowCount() && allRefused; ++row)
            allRefused = !band->child(row)->data(RefusalRole).toString().isEmpty();
        if (allRefused)
            band->setText(tr("%1 (not for v2 devices)").arg(band->text()));
    }
}

QString FrequencyPlanModel::refusal(const QString &planId)
{
    const TtsImportRules::Violation verdict = TtsImportRules::checkFrequencyPlan(planId);
    if (verdict.rule != TtsRule::FrequencyPlanBand)
        return {};
    // The core's sentence starts in lower case (it follows "failed:"); a tooltip starts a line.
    QString text = verdict.reason;
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text + u'.';
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
