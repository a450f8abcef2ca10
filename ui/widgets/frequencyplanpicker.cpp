#include "widgets/frequencyplanpicker.h"

#include "convert/frequencyplancatalog.h"
#include "models/frequencyplanmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FrequencyPlanPicker::FrequencyPlanPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new FrequencyPlanModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_selected(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);

    m_filter->setObjectName(u"planFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Search plans, e.g. EU, US_902, AS923…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search frequency plans"));

    m_view->setObjectName(u"planView"_s);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Frequency plans"));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FrequencyPlanModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(
        FrequencyPlanModel::IdColumn, QHeaderView::ResizeToContents);
    // Enough rows to compare a few plans; the page stays usable on small screens.
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 7);

    m_selected->setObjectName(u"selectedPlanLabel"_s);
    m_selected->setWordWrap(true);
    m_selected->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_selected);
    setFocusProxy(m_filter);

    connect(m_filter, &QLineEdit::textChanged, this, &FrequencyPlanPicker::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FrequencyPlanPicker::onSelectionChanged);
    showSelectedPlan();
}

void FrequencyPlanPicker::setCurrentPlanId(const QString &planId)
{
    const QModelIndex source = m_model->indexOfPlan(planId);
    // A plan The Things Stack refuses for v2 devices (e.g. one remembered from an older
    // version) is never the current plan: the user chooses another.
    if (const QString refused = FrequencyPlanModel::refusal(planId); !refused.isEmpty()) {
        m_view->clearSelection();
        const bool changed = !m_planId.isEmpty();
        m_planId.clear();
        m_selected->setText(tr("No frequency plan selected: %1").arg(refused));
        if (changed)
            emit currentPlanChanged(m_planId);
        return;
    }
    if (!source.isValid()) {
        m_view->clearSelection();
        if (m_planId != planId) {
            m_planId = FrequencyPlanCatalog::contains(planId) ? planId : QString();
            showSelectedPlan();
            emit currentPlanChanged(m_planId);
        }
        return;
    }
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    if (proxy.isValid()) {
        m_view->expand(proxy.parent());
        m_view->selectionModel()->setCurrentIndex(
            proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(proxy);
    }
    if (m_planId != planId) {
        m_planId = planId;
        showSelectedPlan();
        emit currentPlanChanged(m_planId);
    }
}

void FrequencyPlanPicker::applyFilter(const QString &text)
{
    // Searching only narrows the list; the plan changes when the user picks another one.
    const QScopedValueRollback<bool> filtering(m_filtering, true);
    m_proxy->setFilterFixedString(text.trimmed());
    if (text.trimmed().isEmpty()) {
        m_view->collapseAll();
    } else {
        m_view->expandAll();
    }
    // Keep the chosen plan visible (and selected) when it still matches; otherwise nothing
    // in the list is highlighted, so no other row looks chosen.
    const QModelIndex proxy = m_proxy->mapFromSource(m_model->indexOfPlan(m_planId));
    if (proxy.isValid()) {
        m_view->expand(proxy.parent());
        m_view->selectionModel()->setCurrentIndex(
            proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(proxy);
    } else {
        m_view->selectionModel()->clear();
    }
}

void FrequencyPlanPicker::onSelectionChanged()
{
    if (m_filtering)
        return;
    const QModelIndex current = m_view->currentIndex();
    const QString planId = current.data(FrequencyPlanModel::PlanIdRole).toString();
    if (planId.isEmpty() || planId == m_planId)
        return; // a band row, or nothing new: keep the plan chosen before
    if (!(current.flags() & Qt::ItemIsSelectable))
        return; // refused for v2 devices (its tooltip says why)
    m_planId = planId;
    showSelectedPlan();
    emit currentPlanChanged(m_planId);
}

void FrequencyPlanPicker::showSelectedPlan()
{
    const FrequencyPlan *plan = FrequencyPlanCatalog::find(m_planId);
    m_selected->setText(plan ? tr("Selected: %1 (%2)").arg(plan->name, plan->id)
                             : tr("No frequency plan selected."));
}
