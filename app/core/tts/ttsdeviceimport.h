#pragma once

#include "tts/ttsdevicebodies.h"
#include "tts/ttsimportoutcome.h"
#include "tts/ttspreflight.h"
#include "tts/ttsrequest.h"

#include <QList>
#include <QObject>
#include <QPointer>

class TtsCall;
class TtsClient;

// Imports one device (tts-import.md §3–§4): IS create, JS (OTAA), NS, AS, strictly in this
// order; when a step after the create fails, deletes AS, NS, JS, IS in this order (a 404
// counts as done) and stops at the first other failure, keeping the IS record. An ambiguous
// create (no answer, or id_taken after a retry) is resolved by reading the device back.
// Nothing it did not create in its own step 1 is ever deleted.
// A device listed before the import with its EUIs (TtsPlanAction::Listed) is first read from
// the JS (OTAA), NS and AS: only the steps missing there run, so a device an earlier run left
// partly created (killed between step 1 and step 4) is completed; one missing nowhere is
// "already in TTS".
class TtsDeviceImport : public QObject
{
    Q_OBJECT
public:
    // `listedBefore`: the ID was in the pre-flight listing (then a device found after an
    // ambiguous create is not ours).
    TtsDeviceImport(
        TtsClient *client, const TtsDevicePlan &plan, bool listedBefore, QObject *parent = nullptr);
    // Only read: a listed device then ends "already in TTS" or "would be completed".
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    void start();
    // Finish the step in flight, then stop; roll back if the device is incomplete.
    void cancel();

signals:
    void finished(const TtsImportOutcome &outcome);

private:
    struct Step
    {
        TtsServer server;
        TtsRequest request;
    };
    void send(const TtsRequest &request, void (TtsDeviceImport::*handler)(const TtsResult &));
    void checkNext();
    void onCheck(const TtsResult &result);
    void runStep();
    void onStep(const TtsResult &result);
    void onCreate(const TtsResult &result);
    void onReadBack(const TtsResult &result);
    void failStep(const TtsError &error, TtsServer server);
    void rollBack();
    void onDelete(const TtsResult &result);
    void finishWith(TtsImportStatus status, const QString &reason = QString());
    QString sentence(const TtsError &error) const;

    TtsClient *m_client;
    TtsImportOutcome m_outcome;
    TtsDeviceBodies m_bodies;
    QList<Step> m_steps;
    QList<TtsServer> m_deletes;
    qsizetype m_step = 0;
    bool m_listedBefore;
    bool m_completeOnly;
    bool m_verify; // listed: read the JS/NS/AS first, then run the missing steps only
    bool m_dryRun = false;
    qsizetype m_check = 0; // the step whose server is read next
    QList<Step> m_missing; // steps whose server lacks the device
    bool m_created = false;
    bool m_canceled = false;
    bool m_done = false;
    TtsResult m_createResult;
    TtsError m_failure;
    TtsServer m_failedServer = TtsServer::Identity;
    QPointer<TtsCall> m_call;
};
