#include "outcomereport.h"

#include "convert/ttsimportrules.h"
#include "util/localenumbers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using LocaleNumbers::number;
using LocaleNumbers::withGroupedN;

namespace {
// lupdate reads the context from the macro, so every message lands in "Cli".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString exportedLine(const DeviceOutcome &outcome)
{
    const QString how = outcome.sessionExported
        ? Text::tr("%1, with session").arg(activationName(outcome.activation))
        : Text::tr("%1, without session").arg(activationName(outcome.activation));
    if (outcome.v3DeviceId == outcome.v2DeviceId)
        return Text::tr("exported %1 (%2)").arg(outcome.v2DeviceId, how);
    return Text::tr("exported %1 as %2 (%3)").arg(outcome.v2DeviceId, outcome.v3DeviceId, how);
}
} // namespace

QStringList OutcomeReport::deviceLines(const DeviceOutcome &outcome, bool verbose)
{
    QStringList lines;
    switch (outcome.status) {
    case OutcomeStatus::Exported:
        if (verbose)
            lines << exportedLine(outcome);
        break;
    case OutcomeStatus::Skipped:
        lines << Text::tr("skipped %1: %2").arg(outcome.v2DeviceId, outcome.reason);
        break;
    case OutcomeStatus::Failed:
        lines << Text::tr("failed %1: %2").arg(outcome.v2DeviceId, reasonWithHint(outcome));
        break;
    }
    for (const QString &warning : outcome.warnings)
        lines << Text::tr("warning %1: %2").arg(outcome.v2DeviceId, warning);
    return lines;
}

QStringList OutcomeReport::summaryLines(const ExportSummary &summary, bool toTts)
{
    QStringList lines;
    const QString seconds = QString::number(double(summary.elapsedMs) / 1000.0, 'f', 1);
    const QString requests = toTts
        ? withGroupedN(Text::tr("%n request(s) to The Things Stack", nullptr, summary.requests),
            summary.requests)
        : withGroupedN(
            Text::tr("%n request(s) to TTN v2", nullptr, summary.requests), summary.requests);
    lines << Text::tr("summary: %1 exported, %2 skipped, %3 failed of %4 requested (%5, %6 s)")
                 .arg(number(summary.exported), number(summary.skipped), number(summary.failed),
                     number(summary.requested), requests, seconds);
    if (summary.retries > 0)
        lines << withGroupedN(
            Text::tr("retried %n request(s) after transient faults", nullptr, summary.retries),
            summary.retries);
    return lines;
}

QString OutcomeReport::reasonWithHint(const DeviceOutcome &outcome)
{
    switch (TtsImportRules::repairFor(outcome.rule)) {
    case TtsRepair::NewDeviceId:
        return Text::tr("%1 (--dev-id-map FILE)").arg(outcome.reason);
    case TtsRepair::DropAttributes:
        return Text::tr("%1 (--drop-invalid-attributes)").arg(outcome.reason);
    case TtsRepair::None:
        break;
    }
    return outcome.reason;
}

QStringList OutcomeReport::importLines(int ready, const QStringList &refused)
{
    QStringList lines;
    lines << withGroupedN(
        Text::tr("ready for import into The Things Stack: %n device(s)", nullptr, ready), ready);
    if (refused.isEmpty())
        return lines;
    lines << withGroupedN(
        Text::tr("refused by The Things Stack's import rules, not exported: %n device(s)", nullptr,
            int(refused.size())),
        refused.size());
    for (const QString &line : refused)
        lines << u"  "_s + line;
    return lines;
}
