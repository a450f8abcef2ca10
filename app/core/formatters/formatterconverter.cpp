#include "formatters/formatterconverter.h"

#include "formatters/formatterrunner.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Formatters)
};

const QString kJavaScript = u"FORMATTER_JAVASCRIPT"_s;
const QString kCayenneLpp = u"FORMATTER_CAYENNELPP"_s;

// The sentence TTS shows in its decode error for a message v2's Validator would have dropped.
// Part of the script sent to TTS, so not translated.
const char kValidatorError[]
    = "The v2 Validator rejected this message (TTN v2 dropped such messages; The Things Stack "
      "forwards it without decoded fields).";

// Why `script` cannot become the parameter of one direction, or empty.
// `reserved`: the function TTS would call instead of the v2 one if the script defined it.
QString scriptProblem(const QString &script, const QString &reserved, const QString &what)
{
    if (script.size() > FormatterConverter::kMaxScriptLength)
        return Text::tr("%1 is %2 characters long; The Things Stack takes at most %3")
            .arg(what)
            .arg(script.size())
            .arg(FormatterConverter::kMaxScriptLength);
    QStringList globals;
    const QString problem = FormatterRunner::loadProblem(script, &globals);
    if (!problem.isEmpty())
        return Text::tr("%1 does not compile: %2").arg(what, problem);
    if (!reserved.isEmpty() && globals.contains(reserved))
        return Text::tr("%1 already defines %2, which The Things Stack would call instead of the "
                        "v2 functions")
            .arg(what, reserved);
    return QString();
}

// Two v2 functions that define the same helper name would replace each other in one script.
QString sharedNameProblem(const V2Formatters &source)
{
    const QList<QPair<QString, QString>> parts { { u"Decoder"_s, source.decoder },
        { u"Converter"_s, source.converter }, { u"Validator"_s, source.validator } };
    QHash<QString, QString> owner;
    for (const auto &part : parts) {
        if (part.second.isEmpty())
            continue;
        QStringList globals;
        if (!FormatterRunner::loadProblem(part.second, &globals).isEmpty())
            continue; // reported as "does not compile"
        for (const QString &name : std::as_const(globals)) {
            if (name == u"decodeUplink"_s)
                continue; // reported as a collision with the wrapper
            const auto it = owner.constFind(name);
            if (it != owner.constEnd())
                return Text::tr("the v2 %1 and %2 both define %3; in one script the second would "
                                "replace the first")
                    .arg(it.value(), part.first, name);
            owner.insert(name, part.first);
        }
    }
    return QString();
}

void planUplink(FormatterPlan &plan)
{
    const V2Formatters &s = plan.source;
    if (s.decoder.isEmpty()) {
        if (s.hasUplinkChain())
            plan.problems.append(Text::tr("uplink: the v2 application has a Converter or "
                                          "Validator but no Decoder, so TTN v2 decoded nothing; "
                                          "nothing is set"));
        return;
    }
    QString script = s.decoder;
    QString problem;
    if (s.hasUplinkChain()) {
        plan.row = FormatterPlan::Row::Chain;
        script = FormatterConverter::chainScript(s);
        problem = sharedNameProblem(s);
        const QStringList functions = QStringList { u"Decoder"_s }
            + (s.converter.isEmpty() ? QStringList() : QStringList { u"Converter"_s })
            + (s.validator.isEmpty() ? QStringList() : QStringList { u"Validator"_s });
        plan.notes.append(Text::tr("uplink: one JavaScript formatter with the v2 %1 unchanged and "
                                   "a generated decodeUplink that calls them in v2's order")
                              .arg(functions.join(u", "_s)));
        if (!s.validator.isEmpty()) {
            plan.validatorBecomesErrors = true;
            plan.notes.append(
                Text::tr("uplink: a message the v2 Validator rejects was dropped by TTN v2; The "
                         "Things Stack forwards it without decoded fields, with an error naming "
                         "the v2 Validator"));
        }
    } else {
        plan.row = FormatterPlan::Row::Script;
        plan.notes.append(Text::tr("uplink: the v2 Decoder as a JavaScript formatter, unchanged "
                                   "(The Things Stack calls Decoder when there is no "
                                   "decodeUplink)"));
    }
    if (problem.isEmpty() && plan.row == FormatterPlan::Row::Chain) {
        // The wrapper defines decodeUplink: the v2 functions must not.
        QStringList globals;
        const QString v2Only = s.decoder + u'\n' + s.converter + u'\n' + s.validator;
        if (FormatterRunner::loadProblem(v2Only, &globals).isEmpty()
            && globals.contains(u"decodeUplink"_s))
            problem = Text::tr("the v2 functions already define decodeUplink, the name of the "
                               "generated function");
    }
    if (problem.isEmpty())
        problem = scriptProblem(script,
            plan.row == FormatterPlan::Row::Chain ? QString() : u"decodeUplink"_s,
            Text::tr("the uplink script"));
    if (!problem.isEmpty()) {
        plan.problems.append(Text::tr("uplink not set: %1").arg(problem));
        plan.upScriptNotSet = script;
        return;
    }
    plan.target.up = { kJavaScript, script };
}

void planDownlink(FormatterPlan &plan)
{
    const V2Formatters &s = plan.source;
    if (s.encoder.isEmpty())
        return;
    if (plan.row == FormatterPlan::Row::None)
        plan.row = FormatterPlan::Row::Script;
    const QString problem
        = scriptProblem(s.encoder, u"encodeDownlink"_s, Text::tr("the v2 Encoder"));
    if (!problem.isEmpty()) {
        plan.problems.append(Text::tr("downlink not set: %1").arg(problem));
        plan.downScriptNotSet = s.encoder;
        return;
    }
    plan.notes.append(Text::tr("downlink: the v2 Encoder as a JavaScript formatter, unchanged (The "
                               "Things Stack calls Encoder when there is no encodeDownlink)"));
    plan.target.down = { kJavaScript, s.encoder };
}

} // namespace

QString FormatterConverter::chainScript(const V2Formatters &s)
{
    QString script = s.decoder + u"\n\n"_s;
    if (!s.converter.isEmpty())
        script += s.converter + u"\n\n"_s;
    if (!s.validator.isEmpty())
        script += s.validator + u"\n\n"_s;
    script += u"// Added by ttn-lw-migrate: The Things Stack calls decodeUplink; TTN v2 called "
              "Decoder, then Converter, then Validator.\n"
              "function decodeUplink(input) {\n"
              "  var data = Decoder(input.bytes, input.fPort);\n"_s;
    if (!s.converter.isEmpty())
        script += u"  data = Converter(data, input.fPort);\n"_s;
    if (!s.validator.isEmpty()) {
        script += u"  var valid = Validator(data, input.fPort);\n"
                  "  if (typeof valid !== 'boolean') {\n"
                  "    return { errors: ['The v2 Validator did not return true or false.'] };\n"
                  "  }\n"
                  "  if (!valid) {\n"
                  "    return { errors: ['"_s
            + QString::fromLatin1(kValidatorError) + u"'] };\n  }\n"_s;
    }
    script += u"  return { data: data };\n}\n"_s;
    return script;
}

FormatterPlan FormatterConverter::fromV2(const QString &applicationId, const V2Formatters &source)
{
    FormatterPlan plan;
    plan.applicationId = applicationId;
    plan.source = source;
    if (source.isEmpty()) {
        plan.notes.append(Text::tr("the TTN v2 application has no payload formatters: nothing is "
                                   "set"));
        return plan;
    }
    if (source.isCayenneLpp()) {
        plan.row = FormatterPlan::Row::CayenneLpp;
        plan.target.up = { kCayenneLpp, QString() };
        plan.target.down = { kCayenneLpp, QString() };
        plan.notes.append(Text::tr("uplink and downlink: Cayenne LPP, as in TTN v2"));
        return plan;
    }
    planUplink(plan);
    planDownlink(plan);
    return plan;
}

FormatterPlan FormatterConverter::fromTts(const QString &applicationId, const TtsFormatters &source)
{
    FormatterPlan plan;
    plan.applicationId = applicationId;
    if (source.isEmpty()) {
        plan.notes.append(Text::tr("the source application has no default payload formatters: "
                                   "nothing is set"));
        return plan;
    }
    plan.row = FormatterPlan::Row::Copied;
    plan.target = source;
    plan.notes.append(Text::tr("uplink and downlink: the source application's default "
                               "formatters, as they are"));
    return plan;
}
