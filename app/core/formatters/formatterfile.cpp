#include "formatters/formatterfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Formatters)
};

const QString kFormat = u"ttn-lw-migrate payload formatters"_s;
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 4 << 20; // a few scripts of at most 40,960 characters

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}
} // namespace

QString FormatterFile::pathBeside(const QString &exportPath)
{
    const QFileInfo info(exportPath);
    const QString base = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    const QString name = base + u".formatters.json"_s;
    const QString folder = info.path();
    return folder == u"." && !exportPath.startsWith(u"./") ? name : QDir(folder).filePath(name);
}

QString FormatterFile::findBeside(const QStringList &exportPaths)
{
    if (exportPaths.isEmpty())
        return QString();
    const QString first = exportPaths.first();
    QStringList candidates { pathBeside(first) };
    // ExportFileSet::partPath: <base>-NNN.<suffix>
    static const QRegularExpression part(u"-\\d{3}(\\.[^./]*)?$"_s);
    QString whole = first;
    const QRegularExpressionMatch m = part.match(whole);
    if (m.hasMatch()) {
        whole.replace(m.capturedStart(), m.capturedLength(), m.captured(1));
        candidates.append(pathBeside(whole));
    }
    for (const QString &candidate : std::as_const(candidates))
        if (QFileInfo(candidate).isFile())
            return candidate;
    return QString();
}

QJsonObject FormatterFile::toJson(const FormatterPlan &plan)
{
    QJsonObject o { { u"format"_s, kFormat }, { u"version"_s, kVersion },
        { u"source"_s, plan.row == FormatterPlan::Row::Copied ? u"tts"_s : u"ttnv2"_s },
        { u"application_id"_s, plan.applicationId }, { u"row"_s, FormatterPlan::rowName(plan.row) },
        { u"v2"_s, plan.source.toJson() },
        { u"validator_becomes_errors"_s, plan.validatorBecomesErrors },
        { u"notes"_s, toArray(plan.notes) }, { u"problems"_s, toArray(plan.problems) } };
    if (plan.hasTarget())
        o.insert(u"default_formatters"_s, plan.target.toJson());
    if (!plan.upScriptNotSet.isEmpty())
        o.insert(u"up_script_not_set"_s, plan.upScriptNotSet);
    if (!plan.downScriptNotSet.isEmpty())
        o.insert(u"down_script_not_set"_s, plan.downScriptNotSet);
    return o;
}

FormatterFile::Loaded FormatterFile::fromJson(const QJsonObject &o)
{
    Loaded loaded;
    if (o.value(u"format"_s).toString() != kFormat || o.value(u"version"_s).toInt() != kVersion) {
        loaded.error = Text::tr("not a payload formatter file of this version of ttn-lw-migrate");
        return loaded;
    }
    FormatterPlan &p = loaded.plan;
    p.applicationId = o.value(u"application_id"_s).toString();
    p.row = FormatterPlan::rowFromName(o.value(u"row"_s).toString());
    p.source = V2Formatters::fromJson(o.value(u"v2"_s).toObject());
    p.target = TtsFormatters::fromJson(o.value(u"default_formatters"_s).toObject());
    p.upScriptNotSet = o.value(u"up_script_not_set"_s).toString();
    p.downScriptNotSet = o.value(u"down_script_not_set"_s).toString();
    p.notes = toList(o.value(u"notes"_s));
    p.problems = toList(o.value(u"problems"_s));
    p.validatorBecomesErrors = o.value(u"validator_becomes_errors"_s).toBool();
    return loaded;
}

QString FormatterFile::scriptPath(const QString &formatterFilePath, bool uplink)
{
    QString base = formatterFilePath;
    if (base.endsWith(u".json"_s))
        base.chop(5);
    return base + (uplink ? u".uplink.js"_s : u".downlink.js"_s);
}

namespace {
bool saveText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString scriptOf(const FormatterSetting &setting, const QString &notSet)
{
    return setting.isJavaScript() ? setting.parameter : notSet;
}
} // namespace

bool FormatterFile::save(const QString &path, const FormatterPlan &plan, QString *error)
{
    for (const bool uplink : { true, false }) {
        const QString script = uplink ? scriptOf(plan.target.up, plan.upScriptNotSet)
                                      : scriptOf(plan.target.down, plan.downScriptNotSet);
        const QString scriptFile = scriptPath(path, uplink);
        if (script.isEmpty())
            QFile::remove(scriptFile); // not from an earlier export
        else if (!saveText(scriptFile, script, error))
            return false;
    }
    return saveText(path,
        QString::fromUtf8(QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented)), error);
}

FormatterFile::Loaded FormatterFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { {}, Text::tr("cannot read %1: %2").arg(path, file.errorString()) };
    if (file.size() > kMaxFileBytes)
        return { {}, Text::tr("%1 is too large for a payload formatter file").arg(path) };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return { {}, Text::tr("%1 is not valid JSON: %2").arg(path, parseError.errorString()) };
    Loaded loaded = fromJson(doc.object());
    if (!loaded.error.isEmpty())
        loaded.error = Text::tr("%1: %2").arg(path, loaded.error);
    return loaded;
}
