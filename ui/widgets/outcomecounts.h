#pragma once

#include "models/outcometablemodel.h"

#include <QLabel>

// The preview's counts as one sentence ("120 devices: 100 ready for import, 15 skipped,
// 5 failed. 3 refused by The Things Stack's import rules (see their notes)."), in bold above
// the table, while the export runs and after it.
class OutcomeCounts : public QLabel
{
    Q_OBJECT
public:
    explicit OutcomeCounts(QWidget *parent = nullptr);

    // `running`: the export is still going, the numbers are so far.
    void showCounts(const OutcomeTableModel::Counts &counts, bool running);
    static QString sentence(const OutcomeTableModel::Counts &counts, bool running);
};
