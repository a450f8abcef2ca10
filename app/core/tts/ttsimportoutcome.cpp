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
