#include "formatters/formatterrunner.h"

#include "formatters/jswatchdog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJSEngine>
#include <QJSValueIterator>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Formatters)
};

// One engine with its watchdog, in the calling thread.
class Sandbox
{
public:
    Sandbox()
        : m_watchdog(&m_engine)
    {
    }

    // Evaluates top-level code; an error text or empty.
    QString load(const QString &script, bool *timedOut)
    {
        m_watchdog.arm(FormatterRunner::kLoadLimitMs);
        const QJSValue result = m_engine.evaluate(script, u"formatter.js"_s);
        *timedOut = m_watchdog.disarm();
        if (*timedOut)
            return Text::tr("the script did not finish loading within %1 ms")
                .arg(FormatterRunner::kLoadLimitMs);
        if (result.isError())
            return errorText(result);
        return QString();
    }

    QJSValue call(const QString &name, const QJSValueList &args, int limitMs, bool *timedOut)
    {
        m_watchdog.arm(limitMs);
        QJSValue result = m_engine.globalObject().property(name).call(args);
        *timedOut = m_watchdog.disarm();
        return result;
    }

    bool isFunction(const QString &name)
    {
        return m_engine.globalObject().property(name).isCallable();
    }

    QJSValue bytes(const QByteArray &payload)
    {
        QJSValue array = m_engine.newArray(uint(payload.size()));
        for (int i = 0; i < payload.size(); ++i)
            array.setProperty(quint32(i), int(quint8(payload.at(i))));
        return array;
    }

    QJSEngine &engine() { return m_engine; }

    static QString errorText(const QJSValue &error)
    {
        const int line = error.property(u"lineNumber"_s).toInt();
        return line > 0 ? Text::tr("%1 (line %2)").arg(error.toString()).arg(line)
                        : error.toString();
    }

private:
    QJSEngine m_engine;
    JsWatchdog m_watchdog;
};

QJsonValue toJson(const QJSValue &value)
{
    return QJsonValue::fromVariant(value.toVariant());
}

FormatterResult failed(const QString &why)
{
    FormatterResult r;
    r.status = FormatterResult::Status::Failed;
    r.errors = { why };
    return r;
}

FormatterResult timedOut(const QString &function, int limitMs)
{
    FormatterResult r;
    r.status = FormatterResult::Status::TimedOut;
    r.errors = { Text::tr("%1 was stopped after %2 ms").arg(function).arg(limitMs) };
    return r;
}

QStringList stringList(const QJSValue &array)
{
    QStringList list;
    const QJsonValue json = toJson(array);
    for (const QJsonValue &v : json.toArray())
        list.append(v.isString() ? v.toString() : v.toVariant().toString());
    return list;
}

} // namespace

bool FormatterResult::operator==(const FormatterResult &other) const
{
    return status == other.status && data == other.data && errors == other.errors
        && warnings == other.warnings;
}

bool FormatterComparison::equivalent() const
{
    using S = FormatterResult::Status;
    if (v2.status == S::Decoded)
        return tts.status == S::Decoded && tts.data == v2.data;
    if (v2.status == S::Dropped)
        return tts.status == S::Failed && !tts.errors.isEmpty();
    return v2.status == tts.status;
}

FormatterRunner::FormatterRunner(int callLimitMs)
    : m_callLimitMs(callLimitMs)
{
}

QString FormatterRunner::statusName(FormatterResult::Status status)
{
    switch (status) {
    case FormatterResult::Status::Decoded:
        return u"decoded"_s;
    case FormatterResult::Status::Dropped:
        return u"dropped"_s;
    case FormatterResult::Status::Failed:
        return u"failed"_s;
    case FormatterResult::Status::TimedOut:
        return u"timed out"_s;
    case FormatterResult::Status::NotRun:
        return u"not run"_s;
    }
    return QString();
}

QString FormatterRunner::loadProblem(const QString &script, QStringList *globals)
{
    Sandbox sandbox;
    QSet<QString> builtIn;
    for (QJSValueIterator it(sandbox.engine().globalObject()); it.hasNext();) {
        it.next();
        builtIn.insert(it.name());
    }
    bool late = false;
    const QString problem = sandbox.load(script, &late);
    if (!problem.isEmpty() || !globals)
        return problem;
    globals->clear();
    for (QJSValueIterator it(sandbox.engine().globalObject()); it.hasNext();) {
        it.next();
        if (!builtIn.contains(it.name()))
            globals->append(it.name());
    }
    globals->sort();
    return QString();
}

// TTN v2 (core/handler/convert_fields_custom.go): each function in an engine of its own;
// Decoder and Converter must return an object, the Validator a boolean, false drops.
FormatterResult FormatterRunner::runV2(
    const V2Formatters &f, const QByteArray &bytes, int fPort) const
{
    if (!f.isCustom() || f.decoder.isEmpty())
        return {};
    struct Step
    {
        QString name;
        QString script;
    };
    const QList<Step> steps { { u"Decoder"_s, f.decoder }, { u"Converter"_s, f.converter },
        { u"Validator"_s, f.validator } };
    QJsonObject fields;
    for (const Step &step : steps) {
        if (step.script.isEmpty())
            continue;
        Sandbox sandbox;
        bool late = false;
        const QString problem = sandbox.load(step.script, &late);
        if (late)
            return timedOut(step.name, kLoadLimitMs);
        if (!problem.isEmpty())
            return failed(Text::tr("%1: %2").arg(step.name, problem));
        if (!sandbox.isFunction(step.name))
            return failed(Text::tr("the %1 script defines no function %1").arg(step.name));
        const QJSValue input = step.name == u"Decoder"_s
            ? sandbox.bytes(bytes)
            : sandbox.engine().toScriptValue(fields.toVariantMap());
        const QJSValue out = sandbox.call(step.name, { input, fPort }, m_callLimitMs, &late);
        if (late)
            return timedOut(step.name, m_callLimitMs);
        if (out.isError())
            return failed(Text::tr("%1: %2").arg(step.name, Sandbox::errorText(out)));
        if (step.name == u"Validator"_s) {
            if (!out.isBool())
                return failed(Text::tr("Validator does not return a boolean"));
            if (!out.toBool()) {
                FormatterResult r;
                r.status = FormatterResult::Status::Dropped;
                return r;
            }
            continue;
        }
        if (!out.isObject() || out.isArray() || out.isCallable())
            return failed(Text::tr("%1 does not return an object").arg(step.name));
        fields = toJson(out).toObject();
    }
    FormatterResult r;
    r.status = FormatterResult::Status::Decoded;
    r.data = fields;
    return r;
}

// The Things Stack (pkg/messageprocessors/javascript): decodeUplink({bytes, fPort, recvTime})
// → {data, warnings, errors}, else the v2 fallback Decoder(bytes, fPort) → data.
FormatterResult FormatterRunner::runTts(
    const FormatterSetting &up, const QByteArray &bytes, int fPort) const
{
    if (!up.isJavaScript())
        return {};
    Sandbox sandbox;
    bool late = false;
    const QString problem = sandbox.load(up.parameter, &late);
    if (late)
        return timedOut(Text::tr("the script"), kLoadLimitMs);
    if (!problem.isEmpty())
        return failed(problem);
    FormatterResult r;
    if (sandbox.isFunction(u"decodeUplink"_s)) {
        QJSValue input = sandbox.engine().newObject();
        input.setProperty(u"bytes"_s, sandbox.bytes(bytes));
        input.setProperty(u"fPort"_s, fPort);
        input.setProperty(
            u"recvTime"_s, sandbox.engine().toScriptValue(QDateTime::currentDateTimeUtc()));
        const QJSValue out = sandbox.call(u"decodeUplink"_s, { input }, m_callLimitMs, &late);
        if (late)
            return timedOut(u"decodeUplink"_s, m_callLimitMs);
        if (out.isError())
            return failed(Sandbox::errorText(out));
        if (!out.isObject())
            return failed(Text::tr("decodeUplink does not return an object"));
        r.errors = stringList(out.property(u"errors"_s));
        r.warnings = stringList(out.property(u"warnings"_s));
        if (!r.errors.isEmpty()) {
            r.status = FormatterResult::Status::Failed;
            return r;
        }
        const QJSValue data = out.property(u"data"_s);
        if (!data.isUndefined() && !data.isNull()
            && (!data.isObject() || data.isArray() || data.isCallable()))
            return failed(Text::tr("decodeUplink returns data that is not an object"));
        r.status = FormatterResult::Status::Decoded;
        r.data = toJson(data).toObject();
        return r;
    }
    if (!sandbox.isFunction(u"Decoder"_s))
        return failed(Text::tr("the script defines neither decodeUplink nor Decoder"));
    const QJSValue out
        = sandbox.call(u"Decoder"_s, { sandbox.bytes(bytes), fPort }, m_callLimitMs, &late);
    if (late)
        return timedOut(u"Decoder"_s, m_callLimitMs);
    if (out.isError())
        return failed(Sandbox::errorText(out));
    if (!out.isObject() || out.isArray() || out.isCallable())
        return failed(Text::tr("Decoder does not return an object"));
    r.status = FormatterResult::Status::Decoded;
    r.data = toJson(out).toObject();
    return r;
}

FormatterComparison FormatterRunner::compare(
    const FormatterPlan &plan, const QByteArray &bytes, int fPort) const
{
    return { runV2(plan.source, bytes, fPort), runTts(plan.target.up, bytes, fPort) };
}
