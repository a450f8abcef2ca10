#include "widgets/outcomecounts.h"

OutcomeCounts::OutcomeCounts(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

void OutcomeCounts::showCounts(const OutcomeTableModel::Counts &counts, bool running)
{
    setText(sentence(counts, running));
}

QString OutcomeCounts::sentence(const OutcomeTableModel::Counts &counts, bool running)
{
    if (counts.total() == 0)
        return running ? tr("Preparing the preview…") : tr("No devices.");
    // Whole sentences, so a translation can order and inflect them as its language needs.
    if (running)
        return tr("%n device(s) so far: %1 will be exported, %2 skipped, %3 failed.", nullptr,
            counts.total())
            .arg(counts.exported)
            .arg(counts.skipped)
            .arg(counts.failed);
    return tr("%n device(s): %1 will be exported, %2 skipped, %3 failed.", nullptr, counts.total())
        .arg(counts.exported)
        .arg(counts.skipped)
        .arg(counts.failed);
}
