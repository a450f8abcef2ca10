#include "report/formattertext.h"

#include "formatters/formatterfile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {
QString directionText(const FormatterSetting &setting)
{
    if (!setting.isSet())
        return FormatterText::tr("nothing");
    if (setting.formatter == u"FORMATTER_CAYENNELPP")
        return FormatterText::tr("Cayenne LPP");
    if (setting.isJavaScript())
        return FormatterText::tr("a JavaScript formatter");
    return setting.formatter;
}
} // namespace

QString FormatterText::headline(const FormatterPlan &plan)
{
    if (!plan.hasTarget())
        return plan.problems.isEmpty()
            ? tr("Nothing is set on the target application.")
            : tr("Nothing is set on the target application: see why below.");
    QString text;
    switch (plan.row) {
    case FormatterPlan::Row::CayenneLpp:
        text = tr("The target application gets Cayenne LPP up and down.");
        break;
    case FormatterPlan::Row::Chain:
        text = tr("The target application gets one generated uplink script (the v2 functions "
                  "chained) and, down, %1.")
                   .arg(directionText(plan.target.down));
        break;
    case FormatterPlan::Row::Copied:
        text = tr("The target application gets, up, %1 and, down, %2 (the source application's "
                  "default formatters as they are).")
                   .arg(directionText(plan.target.up), directionText(plan.target.down));
        break;
    case FormatterPlan::Row::Script:
    case FormatterPlan::Row::None:
        text = tr("The target application gets, up, %1 and, down, %2 (the v2 scripts as they "
                  "are).")
                   .arg(directionText(plan.target.up), directionText(plan.target.down));
        break;
    }
    return text;
}

QStringList FormatterText::planLines(const FormatterPlan &plan)
{
    return QStringList { headline(plan) } + details(plan);
}

QStringList FormatterText::details(const FormatterPlan &plan)
{
    QStringList lines;
    for (const QString &note : plan.notes)
        lines << note;
    for (const QString &problem : plan.problems)
        lines << tr("Not set: %1 (the script is saved beside the export)").arg(problem);
    return lines;
}

QString FormatterText::notRead(const SourceFormatterRead &read)
{
    QString text
        = tr("Payload formatters: %1. The devices are exported without them.").arg(read.notRead);
    if (!read.missingRight.isEmpty())
        text += u' '
            + tr("To move the payload formatters, use an access key with the \u201c%1\u201d "
                 "right.")
                  .arg(read.missingRight);
    return text;
}

QString FormatterText::outcome(const TtsFormatterOutcome &o, const FormatterPlan &plan,
    const QString &applicationId, const QString &file)
{
    using Status = TtsFormatterOutcome::Status;
    const QString shown = QDir::toNativeSeparators(file);
    switch (o.status) {
    case Status::NothingToSet:
        return tr("Payload formatters: %1 has none to set.").arg(shown);
    case Status::Set:
        return tr("Payload formatters: set as the default formatters of application %1 (from "
                  "%2).")
            .arg(applicationId, shown);
    case Status::WouldSet:
        return tr("Payload formatters: the import would set them as the default formatters of "
                  "application %1.")
            .arg(applicationId);
    case Status::AlreadySet:
        return tr("Payload formatters: application %1 already has these.").arg(applicationId);
    case Status::KeptExisting:
        return tr("Payload formatters: application %1 keeps the default formatters it had; "
                  "those of %2 were not set.")
            .arg(applicationId, shown);
    case Status::NoRight:
    case Status::Failed:
        break;
    }
    QString text = o.status == Status::NoRight
        ? tr("The payload formatters were left alone: the API key lacks the right "
             "RIGHT_APPLICATION_SETTINGS_BASIC. The devices were imported.")
        : tr("The payload formatters were left alone (%1). The devices were imported.")
              .arg(o.error.message.isEmpty() ? o.error.networkText : o.error.message);
    for (const bool uplink : { true, false }) {
        const FormatterSetting &setting = uplink ? plan.target.up : plan.target.down;
        if (!setting.isSet())
            continue;
        const QString direction = uplink ? tr("Uplink") : tr("Downlink");
        text += u' ';
        if (setting.isJavaScript())
            text += tr("To set it by hand: Console \u2192 Applications \u2192 %1 \u2192 Payload "
                       "formatters \u2192 %2 \u2192 Custom Javascript formatter, paste the "
                       "contents of %3 and save.")
                        .arg(applicationId, direction,
                            QDir::toNativeSeparators(FormatterFile::scriptPath(file, uplink)));
        else
            text += tr("To set it by hand: Console \u2192 Applications \u2192 %1 \u2192 Payload "
                       "formatters \u2192 %2 \u2192 CayenneLPP, and save.")
                        .arg(applicationId, direction);
    }
    return text;
}

QString FormatterText::resultStatus(const FormatterResult &r)
{
    using S = FormatterResult::Status;
    switch (r.status) {
    case S::Decoded:
        return tr("Decoded");
    case S::Dropped:
        return tr("Dropped: the Validator returned false");
    case S::Failed:
        return tr("Failed: %1").arg(r.errors.join(u"; "_s));
    case S::TimedOut:
        return tr("Stopped at the time limit: %1").arg(r.errors.join(u"; "_s));
    case S::NotRun:
        return tr("Nothing to run (no JavaScript formatter)");
    }
    return QString();
}
