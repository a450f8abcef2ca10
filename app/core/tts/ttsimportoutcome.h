#pragma once

#include "tts/ttserror.h"
#include "util/setting.h"

#include <QMetaType>
#include <QString>

// Every device of the file ends in exactly one of these, with its reason.
enum class TtsImportStatus {
    Imported, // the four calls (or, when completing, steps 2–4) succeeded
    AlreadyInTts, // listed before the import with the same EUIs: not touched
    WouldImport, // --dry-run: the pre-flight found nothing against it
    Failed, // not imported; whatever this run created was rolled back
    PartlyCreated, // the rollback failed: the IS record is left, delete it in the Console
    NotImported, // not attempted or canceled before it was complete (nothing left behind)
};

struct TtsImportOutcome
{
    QString deviceId;
    QString where; // "devices.json:12"
    TtsImportStatus status = TtsImportStatus::NotImported;
    QString reason; // translated, never a secret; empty for Imported
    QString errorId; // namespace:name of the TTS error behind a failure, if any
    bool withSession = false;
    // Imported by running only the steps an earlier, killed run left missing (§4).
    bool completed = false;
    bool stopsImport = false; // the error stops the whole import (key, rights)
    TtsError error; // the error behind Failed / PartlyCreated, for the log

    bool isSuccess() const
    {
        return status == TtsImportStatus::Imported || status == TtsImportStatus::AlreadyInTts
            || status == TtsImportStatus::WouldImport;
    }
    // A retry of the same device can bring it into TTS: it was not imported (canceled, not
    // attempted), left partly created, or failed for a passing reason (TTS busy or
    // unreachable, the key or its rights, which the user can fix). Not for a line that
    // cannot be imported, an ID or EUIs taken elsewhere, or a device TTS refuses as it is:
    // those need the file fixed (saved failed devices).
    bool retryCanFix() const;
};

Q_DECLARE_METATYPE(TtsImportOutcome)

// "imported", "already in TTS", … (translated).
QString ttsImportStatusName(TtsImportStatus status);

struct TtsImportSummary
{
    int total = 0;
    int imported = 0;
    int completed = 0; // of `imported`: partly created by an earlier run, completed now
    int alreadyInTts = 0;
    int wouldImport = 0;
    int failed = 0;
    int partlyCreated = 0;
    int notImported = 0;
    bool dryRun = false;
    bool canceled = false;
    QString fatal; // one sentence when the import stopped (or never started)
    SettingFix fatalFix = SettingFix::None; // the setting to change, worded by the face
    TtsError fatalError;
    int requests = 0; // HTTP requests, repeats included
    int retries = 0;
    int rateLimited = 0; // 429 answers
    qint64 elapsedMs = 0;

    void add(const TtsImportOutcome &outcome);
    // Stopped before any device was tried (a bad key, missing rights, unknown application):
    // the fatal sentence says it all; no count of "failed" devices.
    bool stoppedBeforeAnyDevice() const
    {
        return !fatal.isEmpty() && imported == 0 && alreadyInTts == 0 && wouldImport == 0
            && failed == 0 && partlyCreated == 0;
    }
    bool completeSuccess() const
    {
        return fatal.isEmpty() && !canceled && failed == 0 && partlyCreated == 0
            && notImported == 0;
    }
};

Q_DECLARE_METATYPE(TtsImportSummary)
