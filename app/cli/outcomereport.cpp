#include "outcomereport.h"

#include "clitext.h"
#include "convert/ttsimportrules.h"
#include "util/localenumbers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using LocaleNumbers::number;
using LocaleNumbers::withGroupedN;

namespace {

QString exportedLine(const DeviceOutcome &outcome)
{
    const QString how = outcome.sessionExported
        ? CliText::tr("%1, with session").arg(activationName(outcome.activation))
        : CliText::tr("%1, without session").arg(activationName(outcome.activation));
    if (outcome.v3DeviceId == outcome.v2DeviceId)
        return CliText::tr("exported %1 (%2)").arg(outcome.v2DeviceId, how);
    return CliText::tr("exported %1 as %2 (%3)").arg(outcome.v2DeviceId, outcome.v3DeviceId, how);
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
        lines << CliText::tr("skipped %1: %2").arg(outcome.v2DeviceId, outcome.reason);
        break;
    case OutcomeStatus::Failed:
        lines << CliText::tr("failed %1: %2").arg(outcome.v2DeviceId, reasonWithHint(outcome));
        break;
    }
    for (const QString &warning : outcome.warnings)
        lines << CliText::tr("warning %1: %2").arg(outcome.v2DeviceId, warning);
    return lines;
}

QStringList OutcomeReport::summaryLines(const ExportSummary &summary, ExportSource source)
{
    QStringList lines;
    const QString seconds = QString::number(double(summary.elapsedMs) / 1000.0, 'f', 1);
    const QString requests = source == ExportSource::Tts
        ? withGroupedN(CliText::tr("%n request(s) to The Things Stack", nullptr, summary.requests),
            summary.requests)
        : source == ExportSource::ChirpStack
        ? withGroupedN(
            CliText::tr("%n call(s) to ChirpStack", nullptr, summary.requests), summary.requests)
        : withGroupedN(
            CliText::tr("%n request(s) to TTN v2", nullptr, summary.requests), summary.requests);
    lines << CliText::tr("summary: %1 exported, %2 skipped, %3 failed of %4 requested (%5, %6 s)")
                 .arg(number(summary.exported), number(summary.skipped), number(summary.failed),
                     number(summary.requested), requests, seconds);
    if (summary.retries > 0)
        lines << withGroupedN(
            CliText::tr("retried %n request(s) after transient faults", nullptr, summary.retries),
            summary.retries);
    return lines;
}

QString OutcomeReport::reasonWithHint(const DeviceOutcome &outcome)
{
    switch (TtsImportRules::repairFor(outcome.rule)) {
    case TtsRepair::NewDeviceId:
        return CliText::tr("%1 (--dev-id-map FILE)").arg(outcome.reason);
    case TtsRepair::DropAttributes:
        return CliText::tr("%1 (--drop-invalid-attributes)").arg(outcome.reason);
    case TtsRepair::None:
        break;
    }
    return outcome.reason;
}

QStringList OutcomeReport::importLines(int ready, const QStringList &refused)
{
    QStringList lines;
    lines << withGroupedN(
        CliText::tr("ready for import into The Things Stack: %n device(s)", nullptr, ready), ready);
    if (refused.isEmpty())
        return lines;
    lines << withGroupedN(
        CliText::tr("refused by The Things Stack's import rules, not exported: %n device(s)",
            nullptr, int(refused.size())),
        refused.size());
    for (const QString &line : refused)
        lines << u"  "_s + line;
    return lines;
}
