#include "report/reportsaverow.h"

#include "report/reportsaving.h"
#include "widgets/inlinemessage.h"

#include <QHBoxLayout>
#include <QPushButton>

ReportSaveRow::ReportSaveRow(MigrationSession *session, QWidget *parent)
    : QWidget(parent)
    , m_save(new QPushButton(tr("Save &report…"), this))
    , m_result(new InlineMessage(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_result, 1);
    row->addStretch();
    row->addWidget(m_save, 0, Qt::AlignTop);
    m_result->clear();
    connect(m_save, &QPushButton::clicked, this,
        [this, session] { ReportSaving::askAndSave(this, *session, m_result); });
}
