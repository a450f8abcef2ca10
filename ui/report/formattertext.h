#pragma once

#include "formatters/formatterplan.h"
#include "formatters/formatterrunner.h"
#include "formatters/sourceformatterreader.h"
#include "formatters/ttsformatterapply.h"

#include <QCoreApplication>
#include <QStringList>

// The wizard's words for the payload formatters (formatters.md), shared by the preview, the
// export and import pages, the "Try a payload" dialog and the report, so each says the same
// thing the same way. The core's plan carries its own notes and problems; this adds what the
// pages say around them.
class FormatterText
{
    Q_DECLARE_TR_FUNCTIONS(FormatterText)
public:
    // What the target application gets, one short sentence ("Uplink: JavaScript …").
    static QString headline(const FormatterPlan &plan);
    // The headline, then details(), one line each (no bullets).
    static QStringList planLines(const FormatterPlan &plan);
    // The plan's notes (what is set, from which functions, the Validator's difference) and
    // problems (what is not set, and why), as clauses.
    static QStringList details(const FormatterPlan &plan);
    // A key without the "settings" right, or another failure: what was not read, and why.
    static QString notRead(const SourceFormatterRead &read);
    // What the import did to the target application's formatters, and what to do by hand
    // when they were left alone (the Console's steps, the saved script's file).
    static QString outcome(const TtsFormatterOutcome &outcome, const FormatterPlan &plan,
        const QString &applicationId, const QString &file);
    // One network's result for the "Try a payload" dialog: the status sentence.
    static QString resultStatus(const FormatterResult &result);
};
