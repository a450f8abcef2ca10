#include "widgets/filterrow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

QHBoxLayout *FilterRow::create(QWidget *parent, const QString &showText, QComboBox *show,
    const QString &searchText, QLineEdit *search)
{
    auto *showLabel = new QLabel(showText, parent);
    showLabel->setBuddy(show);
    auto *searchLabel = new QLabel(searchText, parent);
    searchLabel->setBuddy(search);
    auto *row = new QHBoxLayout;
    row->addWidget(showLabel);
    row->addWidget(show);
    row->addSpacing(parent->fontMetrics().averageCharWidth() * 2);
    row->addWidget(searchLabel);
    row->addWidget(search, 1);
    return row;
}
