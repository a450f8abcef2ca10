#include "widgets/outcomebrowser.h"

#include "models/outcomefilterproxy.h"
#include "models/outcometablemodel.h"
#include "widgets/deviceiddelegate.h"
#include "widgets/uiicons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

OutcomeBrowser::OutcomeBrowser(OutcomeTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new OutcomeFilterProxy(this))
    , m_statusFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_idDelegate(new DeviceIdDelegate(model, this))
    , m_shown(new QLabel(this))
    , m_textFilterTimer(new QTimer(this))
{
    m_statusFilter->setObjectName(u"statusFilterCombo"_s);
    m_statusFilter->setAccessibleName(tr("Show devices with status"));
    m_statusFilter->addItem(tr("All devices"), -1);
    for (const OutcomeStatus status :
        { OutcomeStatus::Exported, OutcomeStatus::Skipped, OutcomeStatus::Failed }) {
        m_statusFilter->addItem(UiIcons::status(status), OutcomeTableModel::statusText(status),
            static_cast<int>(status));
    }
    m_textFilter->setObjectName(u"textFilterEdit"_s);
    m_textFilter->setAccessibleName(tr("Filter devices"));
    m_textFilter->setPlaceholderText(tr("Filter by ID, EUI or note"));
    m_textFilter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    setUpTable();

    m_shown->setObjectName(u"shownCountLabel"_s);
    auto *filterRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_statusFilter);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_textFilter);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_textFilter, 1);
    filterRow->addWidget(m_shown);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    setTabOrder(m_statusFilter, m_textFilter);
    setTabOrder(m_textFilter, m_table);

    connect(
        m_statusFilter, &QComboBox::currentIndexChanged, this, &OutcomeBrowser::applyStatusFilter);
    m_textFilterTimer->setSingleShot(true);
    m_textFilterTimer->setInterval(textFilterDelayMs);
    connect(m_textFilter, &QLineEdit::textChanged, m_textFilterTimer, qOverload<>(&QTimer::start));
    connect(m_textFilterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setTextFilter(m_textFilter->text());
        updateShownCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &OutcomeBrowser::emitCurrentOutcome);
    // Rows arrive, filters change the rows shown: recount (cheap) and refit the ID columns.
    for (const auto signal :
        { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &OutcomeBrowser::updateShownCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OutcomeBrowser::updateShownCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &OutcomeBrowser::updateShownCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OutcomeBrowser::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutcomeBrowser::fitColumns);
    // The notes column stretches by itself; a change of any other one is the user's drag.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting && column != OutcomeTableModel::NotesColumn)
            m_userSizedColumns = true;
    });
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    updateShownCount();
    fitColumns();
}

bool OutcomeBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    // F2 edits the row's v3 ID, whichever cell of the row is current (rows are selected
    // whole, so the user cannot see which one is).
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F2 && editCurrentDeviceId())
        return true;
    return QWidget::eventFilter(watched, event);
}

bool OutcomeBrowser::editCurrentDeviceId()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model->canRename())
        return false;
    const QModelIndex cell = current.siblingAtColumn(OutcomeTableModel::V3IdColumn);
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell);
    m_table->edit(cell);
    return isEditingDeviceId();
}

void OutcomeBrowser::refreshCurrent()
{
    m_table->scrollTo(m_table->currentIndex());
    emitCurrentOutcome();
}

bool OutcomeBrowser::isEditingDeviceId() const
{
    // An open editor is the index's widget until it closes.
    const QModelIndex current = m_table->currentIndex();
    return current.isValid()
        && m_table->indexWidget(current.siblingAtColumn(OutcomeTableModel::V3IdColumn));
}

void OutcomeBrowser::fitColumns()
{
    if (m_userSizedColumns)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    // Activation: as wide as the texts in use ("OTAA with session" only with sessions).
    int activation = header->fontMetrics().horizontalAdvance(
        m_model->headerData(OutcomeTableModel::ActivationColumn, Qt::Horizontal).toString());
    for (const Activation kind : { Activation::Otaa, Activation::Template, Activation::Unusable }) {
        DeviceOutcome probe;
        probe.activation = kind;
        probe.sessionExported = kind == Activation::Otaa && m_model->hasSessions();
        activation = std::max(
            activation, metrics.horizontalAdvance(OutcomeTableModel::activationText(probe)));
    }
    header->resizeSection(OutcomeTableModel::ActivationColumn, activation + padding);
    // Of what the fixed columns leave, the notes get at least 45% (and 32 characters); the IDs
    // share the rest, up to their longest ID, and never less than their titles (at 2x on a
    // laptop screen the titles were cut first). A longer ID or note is in its tooltip.
    const int idMinimum = metrics.averageCharWidth() * 12;
    int fixed = 0;
    for (int column : { int(OutcomeTableModel::StatusColumn), int(OutcomeTableModel::DevEuiColumn),
             int(OutcomeTableModel::JoinEuiColumn), int(OutcomeTableModel::ActivationColumn) })
        fixed += header->sectionSize(column);
    const int left = m_table->viewport()->width() - fixed;
    const int notesMinimum = std::max(metrics.averageCharWidth() * 32, left * 45 / 100);
    const int idBudget = std::max(idMinimum, (left - notesMinimum) / 2);
    const auto idWidth = [&](const QString &longest, int column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int titleWidth = header->fontMetrics().horizontalAdvance(title) + padding;
        const int wanted = std::max(metrics.horizontalAdvance(longest) + padding, titleWidth);
        return std::max(titleWidth, std::clamp(wanted, idMinimum, idBudget));
    };
    header->resizeSection(OutcomeTableModel::V2IdColumn,
        idWidth(m_model->longestV2Id(), OutcomeTableModel::V2IdColumn));
    header->resizeSection(OutcomeTableModel::V3IdColumn,
        idWidth(m_model->longestV3Id(), OutcomeTableModel::V3IdColumn));
}

QString OutcomeBrowser::shownText() const
{
    return m_shown->isHidden() ? QString() : m_shown->text();
}

void OutcomeBrowser::updateShownCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool filtered = m_statusFilter->currentIndex() > 0 || !m_textFilter->text().isEmpty();
    m_shown->setText(tr("%L1 of %L2 shown").arg(shown).arg(total));
    m_shown->setVisible(filtered && total > 0);
}

void OutcomeBrowser::setUpTable()
{
    m_table->setObjectName(u"outcomeTable"_s);
    m_table->setAccessibleName(tr("Preview of every device"));
    m_table->setModel(m_proxy);
    // A table, not a tree: every row has the same height, so 100,000 rows need no per-row
    // layout when rows arrive, are filtered or sorted (QTreeView lays out all of them).
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setTabKeyNavigation(false);
    // Only the v3 ID is editable, and only in a complete preview (the model's flags()).
    m_table->setItemDelegateForColumn(OutcomeTableModel::V3IdColumn, m_idDelegate);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    // As compact as a tree view's rows: the taller of a line of text and a status icon.
    const int iconSize = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize);
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(std::max(m_table->fontMetrics().height(), iconSize) + 2);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // request order until the user sorts
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from the content they hold, so EUIs and statuses are never cut at any scale.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const int euiWidth = metrics.horizontalAdvance(u"0004A30B00200002"_s) + padding;
    int status = 0; // the longest word in the user's language ("Übersprungen" in German)
    for (const OutcomeStatus kind :
        { OutcomeStatus::Exported, OutcomeStatus::Skipped, OutcomeStatus::Failed })
        status = std::max(status, metrics.horizontalAdvance(OutcomeTableModel::statusText(kind)));
    header->resizeSection(OutcomeTableModel::StatusColumn, iconSize + padding + status + padding);
    header->resizeSection(OutcomeTableModel::V2IdColumn, metrics.averageCharWidth() * 20);
    header->resizeSection(OutcomeTableModel::V3IdColumn, metrics.averageCharWidth() * 20);
    header->setMinimumSectionSize(metrics.averageCharWidth() * 6);
    header->resizeSection(OutcomeTableModel::DevEuiColumn, euiWidth);
    header->resizeSection(OutcomeTableModel::JoinEuiColumn, euiWidth);
}

void OutcomeBrowser::selectFirstRowIfNone()
{
    if (m_table->currentIndex().isValid() || m_proxy->rowCount() == 0)
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void OutcomeBrowser::applyStatusFilter()
{
    const int status = m_statusFilter->currentData().toInt();
    m_proxy->setStatusFilter(status < 0
            ? std::nullopt
            : std::optional<OutcomeStatus>(static_cast<OutcomeStatus>(status)));
    updateShownCount();
}

void OutcomeBrowser::emitCurrentOutcome()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    emit currentOutcomeChanged(current.isValid() ? &m_model->outcome(current.row()) : nullptr);
}
