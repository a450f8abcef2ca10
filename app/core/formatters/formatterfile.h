#pragma once

#include "formatters/formatterplan.h"

#include <QString>
#include <QStringList>

// The formatter plan saved beside an export (devices.json → devices.formatters.json), so that
// `tts import devices.json` sets the target application's formatters, and the scripts that
// could not be set stay with the user. JSON, written through QSaveFile.
namespace FormatterFile {

// devices.json → devices.formatters.json (in the same folder).
QString pathBeside(const QString &exportPath);
// The file an import of `exportPaths` uses: beside the first file, or beside the name the
// parts of a split export were made from (devices-001.json → devices.formatters.json); empty
// when there is none.
QString findBeside(const QStringList &exportPaths);

// Also writes each JavaScript script (set or not) as a file of its own beside `path`
// (scriptPath), so a user can paste it into the Console.
bool save(const QString &path, const FormatterPlan &plan, QString *error);
// devices.formatters.json → devices.formatters.uplink.js / devices.formatters.downlink.js
QString scriptPath(const QString &formatterFilePath, bool uplink);
struct Loaded
{
    FormatterPlan plan;
    QString error; // translated; empty when the plan is usable
};
Loaded load(const QString &path);

QJsonObject toJson(const FormatterPlan &plan);
Loaded fromJson(const QJsonObject &json);

} // namespace FormatterFile
