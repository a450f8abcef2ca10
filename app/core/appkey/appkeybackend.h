#pragma once

#include "appkey/appkeyjournal.h"
#include "appkey/appkeyplan.h"
#include "appkey/appkeystep.h"
#include "source/sourceerror.h"
#include "tts/ttsconnection.h"
#include "tts/ttsdevicelister.h"
#include "tts/ttserror.h"
#include "v2/v2connection.h"

#include <QObject>
#include <QPointer>

class TtsCall;
class TtsClient;
class V2Call;
class V2Client;

// Where an AppKeyJob reads and writes the keys (sources.md "Stop the source network accepting
// the device"): the job owns the order, the journal, resuming, dry run and cancel; a backend
// only knows one network's calls and words. One request at a time; each answers with a signal
// carrying a SourceError (kind None on success), so the job and the faces word every source's
// errors one way.
class AppKeyBackend : public QObject
{
    Q_OBJECT
public:
    explicit AppKeyBackend(QObject *parent = nullptr);
    ~AppKeyBackend() override;

    virtual AppKeySource source() const = 0;
    virtual QString applicationId() const = 0;

    // Before the first device: find the server, check the key's rights. opened() follows.
    virtual void open() = 0;
    // The device's ID at the source, for requests, results and the journal (after open()).
    virtual QString deviceId(const AppKeyPlanEntry &entry) const { return entry.v2DeviceId; }
    // The device as the source has it now; fetched() follows.
    virtual void fetch(const AppKeyPlanEntry &entry) = 0;
    // What to do, given fetch()'s body (AppKeyStep's pure rules for this source).
    virtual AppKeyDecision decide(AppKeyAction action, const AppKeyPlanEntry &entry,
        const QByteArray &body, const AppKeys::RandomSource &random) const = 0;
    // Writes a Write decision; written() follows.
    virtual void write(const AppKeyPlanEntry &entry, const AppKeyDecision &decision) = 0;
    // Aborts the request in flight (nothing more is emitted for it).
    virtual void abortCurrent() = 0;
    virtual void abortAll() = 0;
    virtual int requestCount() const = 0;
    virtual int retryCount() const = 0;

    // The words of the job that name the source (translated).
    virtual QString notFoundReason() const = 0; // a device the source does not have
    virtual QString nothingChanged(const QString &why) const = 0; // the run could not start

signals:
    void opened(const SourceError &error);
    void fetched(const SourceError &error, const QByteArray &body);
    void written(const SourceError &error);
    void requestLogged(const QString &line); // --verbose, already redacted
};

// TTN v2's handler: FindHandler, then GET and PUT of the whole device (AppKeyStep::decide).
class V2AppKeyBackend : public AppKeyBackend
{
    Q_OBJECT
public:
    explicit V2AppKeyBackend(V2Connection connection, QObject *parent = nullptr);

    AppKeySource source() const override { return AppKeySource::TtnV2; }
    QString applicationId() const override { return m_connection.appId; }
    void open() override;
    void fetch(const AppKeyPlanEntry &entry) override;
    AppKeyDecision decide(AppKeyAction action, const AppKeyPlanEntry &entry, const QByteArray &body,
        const AppKeys::RandomSource &random) const override;
    void write(const AppKeyPlanEntry &entry, const AppKeyDecision &decision) override;
    void abortCurrent() override;
    void abortAll() override;
    int requestCount() const override;
    int retryCount() const override;
    QString notFoundReason() const override;
    QString nothingChanged(const QString &why) const override;

private:
    V2Client *client();

    V2Connection m_connection;
    V2Client *m_client = nullptr;
    QPointer<V2Call> m_call;
};

// The source Join Server of another The Things Stack deployment (the tts source's connection):
// the key's rights first (devices read and write, their keys read and write), then the
// application's device list (IDs and EUIs only): a device the export renamed (the wizard's
// rename, --dev-id-map) is found at the source by its DevEUI, the JS's own identity. Per device
// GET /js/…/devices/{dev} with the root keys' field mask and PUT with only
// root_keys.app_key.key (and root_keys.nwk_key.key for LoRaWAN 1.1) in the field mask
// (AppKeyStep::decideTts).
class TtsAppKeyBackend : public AppKeyBackend
{
    Q_OBJECT
public:
    explicit TtsAppKeyBackend(TtsConnection connection, QObject *parent = nullptr);

    // The rights a change or restore needs (tts-import.md §2's names).
    static QStringList neededRights();

    AppKeySource source() const override { return AppKeySource::Tts; }
    QString applicationId() const override { return m_connection.applicationId; }
    void open() override;
    QString deviceId(const AppKeyPlanEntry &entry) const override;
    void fetch(const AppKeyPlanEntry &entry) override;
    AppKeyDecision decide(AppKeyAction action, const AppKeyPlanEntry &entry, const QByteArray &body,
        const AppKeys::RandomSource &random) const override;
    void write(const AppKeyPlanEntry &entry, const AppKeyDecision &decision) override;
    void abortCurrent() override;
    void abortAll() override;
    int requestCount() const override;
    int retryCount() const override;
    QString notFoundReason() const override;
    QString nothingChanged(const QString &why) const override;

private:
    TtsClient *client();
    SourceError toSourceError(const TtsError &error, const QString &deviceId) const;
    void listDevices();

    TtsConnection m_connection;
    TtsClient *m_client = nullptr;
    QPointer<TtsCall> m_call;
    QPointer<TtsDeviceLister> m_lister;
    TtsDeviceIdsByEui m_idByDevEui; // the source's device IDs by DevEUI
};
