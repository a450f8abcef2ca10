#pragma once

#include "faultinjector.h"
#include "ttsemufieldmask.h"
#include "ttsemukeys.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QSet>

struct TtsEmulatorRequest;

namespace ttsemu {

// One device in the Identity Server's registry.
struct IsRecord
{
    QJsonObject device; // what the IS stores (ids, name, …, addresses)
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Application
{
    QMap<QString, IsRecord> is; // by device ID (ordered: listing order=device_id)
    QMap<QString, QJsonObject> js;
    QMap<QString, QJsonObject> ns;
    QMap<QString, QJsonObject> as;
    QString serverAddress; // when set, the IS refuses devices naming another host
    QJsonObject link; // the AS's ApplicationLink (default_formatters, …)
};

// A fault that hits requests matching a method and path fragment.
struct MatchFault
{
    QByteArray method;
    QString pathContains;
    int remaining = 0;
    int httpStatus = 0;
    QString ns;
    QString name;
    bool afterEffect = false; // process the request, then answer the error
    int delayMs = 0; // answer this late (a server that hangs)
};

// Everything TtsEmulator knows, behind one mutex (knobs may be turned from any thread).
struct State
{
    mutable QMutex mutex;
    QMap<QString, Application> applications;
    // (join_eui/dev_eui) → "app/dev", per registry: uniqueness across applications.
    QHash<QString, QString> isEuis;
    QHash<QString, QString> jsEuis;
    QHash<QString, QString> nsEuis;
    QHash<QString, QString> asEuis;
    ApiKeys keys;
    RateLimit rateLimit;
    emukit::FaultInjector faults;
    QList<MatchFault> matchFaults;
    bool resetFirstAnswers = false;
    QSet<QByteArray> answeredRequests; // method, path and body of each request cut once
    QList<TtsEmulatorRequest> log;
    QElapsedTimer clock;
    int requestCount = 0;
    int writeCount = 0;
    int latencyMs = 0;
    int joinAfterMs = 0; // 0: devices never join by themselves
    QHostAddress address;
    quint16 port = 0;

    QHash<QString, QString> &euis(TtsServer server);
    // The JS, NS or AS records (the IS keeps IsRecords in Application::is).
    QMap<QString, QJsonObject> &records(Application &app, TtsServer server);
};

QString euiKey(const QJsonObject &ids);
QString timestamp(const QDateTime &time);

} // namespace ttsemu
