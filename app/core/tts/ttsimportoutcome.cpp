#include "tts/ttsimportoutcome.h"

#include <QCoreApplication>

QString ttsImportStatusName(TtsImportStatus status)
{
    switch (status) {
    case TtsImportStatus::Imported:
        return QCoreApplication::translate("TtsImport", "imported");
    case TtsImportStatus::AlreadyInTts:
        return QCoreApplication::translate("TtsImport", "already in TTS");
    case TtsImportStatus::WouldImport:
        return QCoreApplication::translate("TtsImport", "would be imported");
    case TtsImportStatus::Failed:
        return QCoreApplication::translate("TtsImport", "failed");
    case TtsImportStatus::PartlyCreated:
        return QCoreApplication::translate("TtsImport", "partly created");
    case TtsImportStatus::NotImported:
        return QCoreApplication::translate("TtsImport", "not imported");
    }
    return QString();
}

bool TtsImportOutcome::retryCanFix() const
{
    switch (status) {
    case TtsImportStatus::NotImported:
    case TtsImportStatus::PartlyCreated:
        return true;
    case TtsImportStatus::Failed:
        // A refused plan (conflict, invalid line) carries no request error.
        return error.isTransient() || error.isRateLimited() || error.stopsImport()
            || error.kind == TtsErrorKind::ConnectionFailed || error.kind == TtsErrorKind::Canceled;
    case TtsImportStatus::Imported:
    case TtsImportStatus::AlreadyInTts:
    case TtsImportStatus::WouldImport:
        break;
    }
    return false;
}

void TtsImportSummary::add(const TtsImportOutcome &outcome)
{
    ++total;
    switch (outcome.status) {
    case TtsImportStatus::Imported:
        ++imported;
        completed += outcome.completed ? 1 : 0;
        break;
    case TtsImportStatus::AlreadyInTts:
        ++alreadyInTts;
        break;
    case TtsImportStatus::WouldImport:
        ++wouldImport;
        break;
    case TtsImportStatus::Failed:
        ++failed;
        break;
    case TtsImportStatus::PartlyCreated:
        ++partlyCreated;
        break;
    case TtsImportStatus::NotImported:
        ++notImported;
        break;
    }
}
