#pragma once

#include "cliflags.h"

#include <QProcessEnvironment>
#include <QString>

class QCommandLineParser;

// Reads the flags of one CliFlags table the same way for every command: the command line
// first, then the flag's environment variable, else a default; a value of the wrong form is
// one usage error line naming the spelling the value came from (the flag, or the variable).
class CliFlagReader
{
public:
    CliFlagReader(const QCommandLineParser &parser, const QProcessEnvironment &environment,
        const QList<CliFlag> &table, CliForm form = CliForm::Ttnv2);

    bool isSet(const QString &name) const; // on the command line or in the environment
    bool isSetOnCommandLine(const QString &name) const;
    QString text(const QString &name, const QString &fallback = QString()) const;
    // "--ttnv2.timeout" / "--tts.api-key", or "TTS_API_KEY" when the value came from there.
    QString describe(const QString &name) const;

    // Each leaves *out alone when the flag is not set, and returns false with *error set when
    // its value has the wrong form.
    bool boolean(const QString &name, bool *out, QString *error) const;
    bool duration(const QString &name, int *outMs, QString *error) const;
    bool wholeNumber(const QString &name, int min, int max, int *out, QString *error) const;
    // --split and --split-size (which implies --split): *sizeMiB stays 0 without a size.
    bool split(bool *split, double *sizeMiB, QString *error) const;

private:
    const QCommandLineParser &m_parser;
    QProcessEnvironment m_environment;
    const QList<CliFlag> &m_table;
    CliForm m_form;
};
