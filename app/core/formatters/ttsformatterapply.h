#pragma once

#include "formatters/formatterplan.h"
#include "tts/ttsconnection.h"
#include "tts/ttserror.h"
#include "tts/ttsrequest.h"

#include <QObject>

class TtsClient;

// What happened to the target application's default formatters.
struct TtsFormatterOutcome
{
    enum class Status {
        NothingToSet, // the plan sets nothing
        Set, // PUT …/link done
        WouldSet, // dry run
        AlreadySet, // the target already has exactly these
        KeptExisting, // the target has other formatters and replacing was not asked for
        NoRight, // the key lacks RIGHT_APPLICATION_SETTINGS_BASIC: left alone
        Failed, // another error: left alone
    };
    Status status = Status::NothingToSet;
    TtsFormatters existing; // what the target had (when read)
    TtsError error; // NoRight / Failed
};

// Sets a FormatterPlan's formatters as the target application's defaults (formatters.md
// "Where they go"): reads GET /as/applications/{app}/link?field_mask=default_formatters, then
// PUT …/link with the four default_formatters paths. Never overwrites different formatters
// unless `replace`; never writes on a dry run. Devices are not its business: an import goes
// on whatever happens here.
class TtsFormatterApply : public QObject
{
    Q_OBJECT
public:
    TtsFormatterApply(const TtsConnection &connection, const FormatterPlan &plan, bool replace,
        bool dryRun, QObject *parent = nullptr);
    void start();
    void cancel();

    static QByteArray setLinkBody(const TtsFormatters &formatters);

signals:
    void finished(const TtsFormatterOutcome &outcome);
    void requestLogged(const QString &line);

private:
    void onLink(const TtsResult &result);
    void finish(TtsFormatterOutcome outcome);
    static bool isMissingRight(const TtsError &error);

    TtsClient *m_client;
    FormatterPlan m_plan;
    bool m_replace;
    bool m_dryRun;
    bool m_done = false;
    TtsFormatterOutcome m_outcome;
};
