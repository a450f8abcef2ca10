#include "widgets/outcomecounts.h"

#include "util/localenumbers.h"

using namespace Qt::StringLiterals;

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
            tr("%n device(s) so far: %1 ready for import, %2 skipped, %3 failed.", nullptr,
                counts.total()),
            counts.total())
            .arg(number(counts.exported), number(counts.skipped), number(counts.failed));
    QString text = LocaleNumbers::withGroupedN(
        tr("%n device(s): %1 ready for import, %2 skipped, %3 failed.", nullptr, counts.total()),
        counts.total())
                       .arg(number(counts.exported), number(counts.skipped), number(counts.failed));
    // Refused devices are the ones the user can often repair here: say how many.
    if (counts.refused > 0)
        text += u' '
            + LocaleNumbers::withGroupedN(
                tr("%n refused by The Things Stack's import rules (see their notes).", nullptr,
                    counts.refused),
                counts.refused);
    return text;
}
