#pragma once

#include "formatters/formatterplan.h"
#include "formatters/v2formatters.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

// What one network made of one uplink.
struct FormatterResult
{
    enum class Status {
        Decoded, // data holds the fields
        Dropped, // TTN v2: the Validator returned false, the message was dropped
        Failed, // an exception, a wrong return type, or TTS's errors: no fields
        TimedOut, // stopped at the time limit
        NotRun, // nothing to run (no formatter, or Cayenne LPP, which the network decodes)
    };
    Status status = Status::NotRun;
    QJsonObject data;
    QStringList errors; // TTS's errors, or what failed
    QStringList warnings; // TTS's warnings

    bool operator==(const FormatterResult &other) const;
};

// v2's and TTS's results for the same bytes, side by side.
struct FormatterComparison
{
    FormatterResult v2;
    FormatterResult tts;
    // TTS gives the fields v2 gave, or an error where v2 dropped the message.
    bool equivalent() const;
};

Q_DECLARE_METATYPE(FormatterResult)
Q_DECLARE_METATYPE(FormatterComparison)

// Runs formatters in a real JavaScript engine (QJSEngine) with a time limit per call:
// "v2 as v2 ran it" (Decoder → Converter → Validator, each in a fresh engine, false drops)
// and "TTS as TTS runs it" (decodeUplink(input) if it is a function, else the Decoder
// fallback). Every call builds its own engine in the calling thread and keeps no state, so one
// runner may be used from any thread, and a page can run it off the GUI thread.
class FormatterRunner
{
public:
    static constexpr int kV2LimitMs = 100; // TTN v2's limit per call
    // Loading a script's top-level code (not a formatter call) gets more room.
    static constexpr int kLoadLimitMs = 2000;

    explicit FormatterRunner(int callLimitMs = kV2LimitMs);

    FormatterResult runV2(const V2Formatters &formatters, const QByteArray &bytes, int fPort) const;
    FormatterResult runTts(const FormatterSetting &up, const QByteArray &bytes, int fPort) const;
    FormatterComparison compare(
        const FormatterPlan &plan, const QByteArray &bytes, int fPort) const;

    // Why the script cannot be loaded (a syntax error with its line, an exception or an
    // endless loop at top level), or empty; `globals` gets the names it defines.
    static QString loadProblem(const QString &script, QStringList *globals = nullptr);

    static QString statusName(FormatterResult::Status status); // "decoded", "dropped", …

private:
    int m_callLimitMs;
};
