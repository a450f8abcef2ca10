#pragma once

#include "cliconfig.h"
#include "job/exportrequest.h"

// Checks every value before a single request is sent (cli.md: usage errors exit 2) and turns
// the config into the ExportRequest the core runs. Device IDs for the `device` command are
// added afterwards (they may come from stdin).
struct CliValidation
{
    ExportRequest request;
    qint64 splitBytes = 0; // > 0: -o is written in numbered parts of at most this size
    QString usageError; // one line; empty when everything is fine
    bool ok() const { return usageError.isEmpty(); }
};

namespace CliValidator {
CliValidation validate(const CliConfig &config);
// "http://host:port" from what the user typed; a missing scheme means http:// (v2 handlers
// and discovery servers speak plain HTTP). Invalid → empty QUrl.
QUrl addressFromText(const QString &text);
// --split / --split-size for any export: the part size in bytes (0: one file), or a usage error
// (no -o FILE to name the parts from, a size the Console would refuse).
QString splitBytes(bool split, double sizeMiB, const QString &outputPath, qint64 *bytes);
} // namespace CliValidator
