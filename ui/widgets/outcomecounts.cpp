#include "widgets/outcomecounts.h"

#include "util/localenumbers.h"

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
    // Whole sentences, so a translation can order and inflect them as its language needs;
    // numbers grouped the locale's way (100,000 devices are common).
    using LocaleNumbers::number;
    if (running)
        return LocaleNumbers::withGroupedN(
            tr("%n device(s) so far: %1 will be exported, %2 skipped, %3 failed.", nullptr,
                counts.total()),
            counts.total())
            .arg(number(counts.exported), number(counts.skipped), number(counts.failed));
    return LocaleNumbers::withGroupedN(
        tr("%n device(s): %1 will be exported, %2 skipped, %3 failed.", nullptr, counts.total()),
        counts.total())
        .arg(number(counts.exported), number(counts.skipped), number(counts.failed));
}
