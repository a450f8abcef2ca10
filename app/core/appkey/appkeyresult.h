#pragma once

#include "appkey/appkeyjournal.h"
#include "util/setting.h"

#include <QMetaType>
#include <QString>

// How one device ended in a change or restore run.
struct AppKeyDeviceResult
{
    enum class Status {
        Written, // v2 now has the new key (change) or the original key (restore)
        Already, // nothing to do: already changed / already original (reason says which)
        WouldWrite, // dry run: this device would be written
        Failed, // reason says why; its v2 key is unchanged
    };
    QString v2DeviceId;
    Status status = Status::Failed;
    QString oldKeyFingerprint; // the key v2 had (never the key itself)
    QString newKeyFingerprint; // the key written, or that would be written
    QString reason;
};

// Totals of one run.
struct AppKeyRunSummary
{
    AppKeySource source = AppKeySource::TtnV2; // whose keys: the face words the summary so
    AppKeyAction action = AppKeyAction::Change;
    bool dryRun = false;
    int planned = 0; // OTAA devices of the devices.json
    int written = 0;
    int already = 0;
    int wouldWrite = 0;
    int failed = 0;
    bool canceled = false;
    QString fatalMessage; // the run could not start, or stopped midway (auth, network, …)
    SettingFix fatalFix = SettingFix::None; // the v2 setting to change, worded by the face
    QString serverMessage; // what v2 said about that, redacted (for --verbose)
    QString journalPath; // empty for a dry run or when no journal was started
    int requests = 0;
    int retries = 0;

    int notRun() const { return planned - written - already - wouldWrite - failed; }
    // Every device reached its goal (or would, in a dry run).
    bool complete() const
    {
        return fatalMessage.isEmpty() && !canceled && failed == 0 && notRun() == 0;
    }
};

Q_DECLARE_METATYPE(AppKeyDeviceResult)
Q_DECLARE_METATYPE(AppKeyRunSummary)
