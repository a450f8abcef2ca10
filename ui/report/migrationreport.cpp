#include "report/migrationreport.h"

#include "models/joinstatusmodel.h"
#include "models/outcometablemodel.h"
#include "report/formattertext.h"
#include "util/localenumbers.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;
using LocaleNumbers::number;
using LocaleNumbers::withGroupedN;

namespace {
// Markdown table cells must not break the table.
QString cell(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}
} // namespace

QString MigrationReport::toMarkdown() const
{
    int exported = 0;
    int skipped = 0;
    int failed = 0;
    for (const DeviceOutcome &outcome : outcomes) {
        exported += outcome.status == OutcomeStatus::Exported;
        skipped += outcome.status == OutcomeStatus::Skipped;
        failed += outcome.status == OutcomeStatus::Failed;
    }

    QString md;
    // Words follow the source: no "v2" on a migration from another network.
    if (sourceName.isEmpty()) {
        md += u"# "_s + tr("TTN v2 → The Things Stack migration report") + u"\n\n"_s;
        md += u"- "_s + tr("Application: %1").arg(applicationId) + u'\n';
        md += u"- "_s + tr("TTN v2 address: %1").arg(v2Address) + u'\n';
    } else {
        md += u"# "_s + tr("%1 → The Things Stack migration report").arg(sourceName) + u"\n\n"_s;
        md += u"- "_s + tr("Application: %1").arg(applicationId) + u'\n';
        md += u"- "_s + tr("%1 address: %2").arg(sourceName, v2Address) + u'\n';
    }
    md += u"- "_s
        + (frequencyPlanId.isEmpty() ? tr("Frequency plan: each device's own")
                                     : tr("Frequency plan: %1").arg(frequencyPlanId))
        + u'\n';
    md += u"- "_s
        + (withSession ? tr("Exported with sessions (advanced)")
                       : tr("Exported without sessions: devices re-join The Things Stack"))
        + u'\n';
    if (createdAt.isValid())
        md += u"- "_s + tr("Created: %1").arg(createdAt.toString(Qt::ISODate)) + u'\n';
    if (savedPaths.size() == 1) {
        md += u"- "_s + tr("Saved to: %1").arg(savedPaths.constFirst());
        if (readBack >= 0)
            md += u" "_s
                + withGroupedN(tr("(%n device(s) read back)", nullptr, readBack), readBack);
        md += u'\n';
    } else if (savedPaths.size() > 1) {
        // Every part: each one is imported on its own.
        md += u"- "_s + tr("Saved in %1 parts:").arg(number(savedPaths.size()));
        if (readBack >= 0)
            md += u" "_s
                + withGroupedN(tr("(%n device(s) read back)", nullptr, readBack), readBack);
        md += u'\n';
        for (const QString &part : savedPaths)
            md += u"  - "_s + part + u'\n';
    }

    md += u"\n## "_s + tr("Summary") + u"\n\n"_s;
    md += withGroupedN(
              tr("%n device(s) requested: ", nullptr, int(outcomes.size())), outcomes.size())
        + tr("%1 exported, %2 skipped, %3 failed.")
              .arg(number(exported), number(skipped), number(failed))
        + u'\n';
    int refused = 0;
    for (const DeviceOutcome &outcome : outcomes)
        refused += outcome.status == OutcomeStatus::Failed && outcome.rule != TtsRule::None;
    md += u'\n'
        + withGroupedN(
            tr("Ready for import into The Things Stack: %n device(s).", nullptr, exported),
            exported);
    if (refused > 0)
        md += u' '
            + withGroupedN(
                tr("Refused by The Things Stack's import rules: %n device(s), listed below with "
                   "the reason.",
                    nullptr, refused),
                refused);
    md += u'\n';

    if (skipped + failed > 0) {
        md += u"\n## "_s + tr("Not exported") + u"\n\n"_s;
        md += u"| "_s + tr("Device") + u" | "_s + tr("Status") + u" | "_s + tr("Reason")
            + u" |\n|---|---|---|\n"_s;
        for (const DeviceOutcome &outcome : outcomes) {
            if (outcome.status == OutcomeStatus::Exported)
                continue;
            md += u"| "_s + cell(outcome.v2DeviceId) + u" | "_s
                + OutcomeTableModel::statusText(outcome.status) + u" | "_s + cell(outcome.reason)
                + u" |\n"_s;
        }
    }

    QStringList warned;
    for (const DeviceOutcome &outcome : outcomes) {
        if (outcome.status == OutcomeStatus::Exported && !outcome.warnings.isEmpty())
            warned << u"- "_s + outcome.v2DeviceId + u": "_s + outcome.warnings.join(u"; "_s);
    }
    if (!warned.isEmpty())
        md += u"\n## "_s + tr("Exported with warnings") + u"\n\n"_s + warned.join(u'\n') + u'\n';

    md += formatterSection();
    if (!importResults.isEmpty())
        md += importSection();
    if (status.total() > 0)
        md += statusSection();

    md += u"\n## "_s + tr("Checklist") + u"\n\n"_s;
    for (const auto &item : checklist)
        md += (item.second ? u"- [x] "_s : u"- [ ] "_s) + item.first + u'\n';
    return md;
}

QString MigrationReport::formatterSection() const
{
    const Formatters &f = formatters;
    if (!f.read && f.notRead.isEmpty() && !f.outcome)
        return QString();
    QString md = u"\n## "_s + tr("Payload formatters") + u"\n\n"_s;
    if (f.read) {
        const QStringList lines = FormatterText::planLines(f.plan);
        for (qsizetype i = 0; i < lines.size(); ++i)
            md += (i == 0 ? u"- "_s : u"  - "_s) + lines.at(i) + u'\n';
        if (f.plan.validatorBecomesErrors)
            md += u"- "_s
                + tr("Difference from TTN v2: a message the v2 Validator rejected was dropped; "
                     "The Things Stack forwards it without decoded fields and with an error.")
                + u'\n';
    } else if (!f.notRead.isEmpty()) {
        md += u"- "_s + f.notRead + u'\n';
    }
    if (!f.file.isEmpty())
        md += u"- "_s + tr("Saved beside the export: %1").arg(f.file) + u'\n';
    if (f.outcome)
        md += u"- "_s
            + FormatterText::outcome(*f.outcome, f.appliedPlan, ttsApplicationId, f.appliedFile)
            + u'\n';
    return md;
}

QString MigrationReport::importSection() const
{
    int inTts = 0;
    int imported = 0;
    for (const TtsImportOutcome &outcome : importResults) {
        imported += outcome.status == TtsImportStatus::Imported;
        inTts += outcome.status == TtsImportStatus::Imported
            || outcome.status == TtsImportStatus::AlreadyInTts;
    }
    QString md = u"\n## "_s + tr("Import into The Things Stack") + u"\n\n"_s;
    md += u"- "_s + tr("Application: %1").arg(ttsApplicationId) + u'\n';
    md += u"- "_s
        + tr("%1 imported, %2 already there, %3 not in The Things Stack.")
              .arg(number(imported), number(inTts - imported), number(importResults.size() - inTts))
        + u'\n';
    md += u"\n| "_s + tr("Device") + u" | "_s + tr("Result") + u" | "_s + tr("Reason")
        + u" |\n|---|---|---|\n"_s;
    for (const TtsImportOutcome &outcome : importResults) {
        md += u"| "_s + cell(outcome.deviceId.isEmpty() ? outcome.where : outcome.deviceId)
            + u" | "_s + ttsImportStatusName(outcome.status) + u" | "_s + cell(outcome.reason)
            + u" |\n"_s;
    }
    return md;
}

QString MigrationReport::statusSection() const
{
    QString md = u"\n## "_s + tr("Status in The Things Stack") + u"\n\n"_s;
    // The words of the status page: active devices have joined too.
    md += u"- "_s + JoinStatusModel::countsText(TtsJoinCounts::of(status)) + u' '
        + tr("Refreshed %1.").arg(status.refreshedAt.toString(Qt::ISODate)) + u'\n';
    md += u"\n| "_s + tr("Device") + u" | "_s + tr("State") + u" | "_s + tr("Last seen")
        + u" |\n|---|---|---|\n"_s;
    for (const TtsTrackedDevice &device : status.devices) {
        md += u"| "_s + cell(device.deviceId) + u" | "_s
            + TtsTracker::stateName(device.state, device.withSession) + u" | "_s
            + (device.lastSeenAt.isValid() ? device.lastSeenAt.toUTC().toString(Qt::ISODate)
                                           : u"-"_s)
            + u" |\n"_s;
    }
    return md + statusHistorySection();
}

QString MigrationReport::statusHistorySection() const
{
    if (statusHistory.isEmpty())
        return QString();
    // The chart's numbers: a row for the first refresh, each change and the latest refresh
    // (a week of unchanged minutes is one row, not ten thousand).
    const int refreshes = int(statusHistory.size());
    QString md = u"\n### "_s + tr("Devices joining over time") + u"\n\n"_s;
    md += withGroupedN(tr("%n refresh(es) from %1 to %2; a row for each change in the counts.",
                           nullptr, refreshes),
              refreshes)
              .arg(statusHistory.constFirst().at.toString(Qt::ISODate),
                  statusHistory.constLast().at.toString(Qt::ISODate))
        + u"\n\n"_s;
    md += u"| "_s + tr("Time") + u" | "_s + tr("Waiting") + u" | "_s + tr("Joined") + u" | "_s
        + tr("Active") + u" |\n|---|---:|---:|---:|\n"_s;
    for (qsizetype i = 0; i < statusHistory.size(); ++i) {
        const TtsJoinCounts &counts = statusHistory.at(i);
        if (i > 0 && i + 1 < statusHistory.size() && counts.sameCounts(statusHistory.at(i - 1)))
            continue;
        // Joined counts the active devices too, as the words above do.
        md += u"| "_s + counts.at.toString(Qt::ISODate) + u" | "_s + number(counts.waiting)
            + u" | "_s + number(counts.joined + counts.active) + u" | "_s + number(counts.active)
            + u" |\n"_s;
    }
    return md;
}

bool MigrationReport::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = toMarkdown().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not save the report to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
