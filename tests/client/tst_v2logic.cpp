// Pure logic of the v2 client: pacing, back-off, error mapping, discovery parsing, the
// --verbose line and the fetch plan. No network.
#include "http/requestpacer.h"
#include "http/retrypolicy.h"
#include "job/fetchplan.h"
#include "job/progressestimate.h"
#include "util/durationtext.h"
#include "util/localenumbers.h"
#include "util/redact.h"
#include "v2/handlerdiscovery.h"
#include "v2/v2errormapper.h"
#include "v2/v2errortext.h"
#include "v2/v2logline.h"

#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(V2ErrorKind)
Q_DECLARE_METATYPE(FetchPlan::Source)

namespace {
const QString kKey = u"ttn-account-v2.LogicTestSecret_abcdefghijklmnopqrstuvwxyz0123"_s;

V2ErrorSubject handlerSubject()
{
    V2ErrorSubject s;
    s.server = u"http://127.0.0.1:8084"_s;
    s.appId = u"my-app"_s;
    s.deviceId = u"dev-1"_s;
    return s;
}
} // namespace

class TstV2Logic : public QObject
{
    Q_OBJECT
private slots:
    void pacerSpacesRequests();
    void pacerRefillsAndCapsBurst();
    void pacerHoldAndRelease();
    void pacerUnlimited();
    void retryDelay_data();
    void retryDelay();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void mapping_data();
    void mapping();
    void transientAndFatal_data();
    void transientAndFatal();
    void serverMessage_data();
    void serverMessage();
    void sentencesNameWhatToDo();
    void sentencesNeverCarryTheKey();
    void discovery_data();
    void discovery();
    void logLine_data();
    void logLine();
    void fetchPlan_data();
    void fetchPlan();
    void retiredPublicServersAreNamed_data();
    void retiredPublicServersAreNamed();
    void retryingSaysWhenAndWhy();
    void durationsAreRough_data();
    void durationsAreRough();
    void progressEstimate();
    void countsAreGroupedByLocale();
};

void TstV2Logic::pacerSpacesRequests()
{
    qint64 now = 1000;
    RequestPacer pacer(5.0, 1, [&now] { return now; });
    QCOMPARE(pacer.reserve(), 0);
    QCOMPARE(pacer.reserve(), 200);
    QCOMPARE(pacer.reserve(), 400);
    now += 400; // the two waiting ones have gone by now
    QCOMPARE(pacer.reserve(), 200);
}

void TstV2Logic::pacerRefillsAndCapsBurst()
{
    qint64 now = 0;
    RequestPacer pacer(5.0, 3, [&now] { return now; });
    QCOMPARE(pacer.burst(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(pacer.reserve(), 0);
    QCOMPARE(pacer.reserve(), 200);
    now += 60'000; // a long pause refills only up to the burst
    for (int i = 0; i < 3; ++i)
        QCOMPARE(pacer.reserve(), 0);
    QVERIFY(pacer.reserve() > 0);
    QCOMPARE(RequestPacer(5.0, 99).burst(), 5);
    QCOMPARE(RequestPacer(5.0, 0).burst(), 1);
}

void TstV2Logic::pacerHoldAndRelease()
{
    qint64 now = 0;
    RequestPacer pacer(5.0, 1, [&now] { return now; });
    QCOMPARE(pacer.reserve(), 0);
    pacer.holdFor(1000);
    QCOMPARE(pacer.reserve(), 1000); // nobody before the server's pause is over
    QCOMPARE(pacer.reserve(), 1200); // and then spaced again, not all at once
    pacer.release();
    QCOMPARE(pacer.reserve(), 1200); // the released slot is reused
    now += 2000;
    QVERIFY(pacer.reserve() <= 200);
}

void TstV2Logic::pacerUnlimited()
{
    qint64 now = 0;
    RequestPacer pacer(0, 1, [&now] { return now; });
    for (int i = 0; i < 10; ++i)
        QCOMPARE(pacer.reserve(), 0);
    pacer.holdFor(300);
    QCOMPARE(pacer.reserve(), 300);
}

void TstV2Logic::retryDelay_data()
{
    QTest::addColumn<int>("failedAttempt");
    QTest::addColumn<qint64>("retryAfter");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first, no jitter") << 1 << qint64(-1) << 0.0 << qint64(250);
    QTest::newRow("first, full jitter") << 1 << qint64(-1) << 1.0 << qint64(500);
    QTest::newRow("third doubles twice") << 3 << qint64(-1) << 1.0 << qint64(2000);
    QTest::newRow("capped") << 7 << qint64(-1) << 1.0 << qint64(30000);
    QTest::newRow("retry-after wins when longer") << 1 << qint64(3000) << 0.5 << qint64(3000);
    QTest::newRow("back-off wins when longer") << 5 << qint64(1000) << 1.0 << qint64(8000);
    QTest::newRow("last attempt used up") << 8 << qint64(-1) << 0.0 << qint64(-1);
    QTest::newRow("absurd retry-after gives up") << 1 << qint64(3'600'000) << 0.0 << qint64(-1);
}

void TstV2Logic::retryDelay()
{
    QFETCH(int, failedAttempt);
    QFETCH(qint64, retryAfter);
    QFETCH(double, jitter);
    QFETCH(qint64, expected);
    RetryPolicy policy; // 8 attempts, 500 ms base, 30 s cap
    QCOMPARE(policy.delayAfter(failedAttempt, retryAfter, jitter), expected);
}

void TstV2Logic::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seconds") << "3"_ba << qint64(3000);
    QTest::newRow("spaces") << " 2 "_ba << qint64(2000);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << "soon"_ba << qint64(-1);
    QTest::newRow("negative") << "-4"_ba << qint64(-1);
    QTest::newRow("http date") << "Wed, 21 Oct 2015 07:28:10 GMT"_ba << qint64(10000);
    QTest::newRow("date in the past") << "Wed, 21 Oct 2015 07:27:00 GMT"_ba << qint64(0);
}

void TstV2Logic::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), QTimeZone::utc());
    QCOMPARE(RetryPolicy::parseRetryAfter(value, now), expected);
}

void TstV2Logic::mapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("network");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("applicationLevel");
    QTest::addColumn<bool>("discovery");
    QTest::addColumn<V2ErrorKind>("kind");

    using NE = QNetworkReply::NetworkError;
    const NE none = QNetworkReply::NoError;
    QTest::newRow("200") << 200 << none << "{}"_ba << true << false << V2ErrorKind::None;
    QTest::newRow("400") << 400 << NE::ProtocolInvalidOperationError
                         << R"({"error":"neither token nor key present","code":3})"_ba << true
                         << false << V2ErrorKind::BadRequest;
    QTest::newRow("401") << 401 << NE::AuthenticationRequiredError << "{}"_ba << true << false
                         << V2ErrorKind::Unauthenticated;
    QTest::newRow("403") << 403 << NE::ContentAccessDenied
                         << R"({"error":"No \"devices\" rights to Application \"my-app\""})"_ba
                         << true << false << V2ErrorKind::PermissionDenied;
    QTest::newRow("404 device") << 404 << NE::ContentNotFoundError
                                << R"({"error":"Device not found","code":5})"_ba << false << false
                                << V2ErrorKind::NotFound;
    QTest::newRow("404 device, wrong handler")
        << 404 << NE::ContentNotFoundError
        << R"({"message":"Application not registered to this Handler"})"_ba << false << false
        << V2ErrorKind::ApplicationNotFound;
    QTest::newRow("404 list") << 404 << NE::ContentNotFoundError << "{}"_ba << true << false
                              << V2ErrorKind::ApplicationNotFound;
    QTest::newRow("404 discovery")
        << 404 << NE::ContentNotFoundError << "nope"_ba << true << true << V2ErrorKind::BadResponse;
    QTest::newRow("409") << 409 << NE::ContentConflictError << "{}"_ba << false << false
                         << V2ErrorKind::AlreadyExists;
    QTest::newRow("429") << 429 << NE::UnknownContentError << "{}"_ba << true << false
                         << V2ErrorKind::RateLimited;
    QTest::newRow("500") << 500 << NE::InternalServerError << "{}"_ba << true << false
                         << V2ErrorKind::ServerError;
    QTest::newRow("501") << 501 << NE::OperationNotImplementedError << "{}"_ba << true << false
                         << V2ErrorKind::ServerError;
    QTest::newRow("502") << 502 << NE::UnknownServerError << ""_ba << true << false
                         << V2ErrorKind::Unavailable;
    QTest::newRow("503") << 503 << NE::ServiceUnavailableError << "{}"_ba << true << false
                         << V2ErrorKind::Unavailable;
    QTest::newRow("504") << 504 << NE::UnknownServerError << ""_ba << true << false
                         << V2ErrorKind::Unavailable;
    QTest::newRow("301") << 301 << none << ""_ba << true << false << V2ErrorKind::BadResponse;
    QTest::newRow("418 other 4xx")
        << 418 << NE::UnknownContentError << ""_ba << true << false << V2ErrorKind::BadRequest;
    QTest::newRow("refused") << 0 << NE::ConnectionRefusedError << ""_ba << true << false
                             << V2ErrorKind::ConnectionFailed;
    QTest::newRow("host not found")
        << 0 << NE::HostNotFoundError << ""_ba << true << false << V2ErrorKind::ConnectionFailed;
    QTest::newRow("reset") << 0 << NE::RemoteHostClosedError << ""_ba << true << false
                           << V2ErrorKind::ConnectionFailed;
    QTest::newRow("timeout") << 0 << NE::TimeoutError << ""_ba << true << false
                             << V2ErrorKind::Timeout;
    QTest::newRow("transfer timeout")
        << 0 << NE::OperationCanceledError << ""_ba << true << false << V2ErrorKind::Timeout;
    QTest::newRow("tls") << 0 << NE::SslHandshakeFailedError << ""_ba << true << false
                         << V2ErrorKind::Tls;
    QTest::newRow("redirect elsewhere")
        << 0 << NE::InsecureRedirectError << ""_ba << true << false << V2ErrorKind::BadResponse;
}

void TstV2Logic::mapping()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, network);
    QFETCH(QByteArray, body);
    QFETCH(bool, applicationLevel);
    QFETCH(bool, discovery);
    QFETCH(V2ErrorKind, kind);

    V2ErrorMapper::ReplyFacts facts;
    facts.httpStatus = status;
    facts.networkError = network;
    facts.networkErrorText = u"qt error text"_s;
    facts.body = body;
    facts.applicationLevel = applicationLevel;
    V2ErrorSubject subject = handlerSubject();
    subject.discovery = discovery;
    const V2Error error = V2ErrorMapper::map(facts, subject);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.isError(), kind != V2ErrorKind::None);
    if (error.isError()) {
        QVERIFY2(!error.message.isEmpty(), "every error has a sentence");
        QVERIFY(error.message.endsWith(u'.'));
        QCOMPARE(error.httpStatus, status);
    }
}

void TstV2Logic::transientAndFatal_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("network");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("fatal");
    using NE = QNetworkReply::NetworkError;
    QTest::newRow("401") << 401 << NE::NoError << false << true;
    QTest::newRow("403") << 403 << NE::NoError << false << true;
    QTest::newRow("404 device") << 404 << NE::NoError << false << false;
    QTest::newRow("400") << 400 << NE::NoError << false << false;
    QTest::newRow("409") << 409 << NE::NoError << false << false;
    QTest::newRow("429") << 429 << NE::NoError << true << true;
    QTest::newRow("500") << 500 << NE::NoError << false << false;
    QTest::newRow("503") << 503 << NE::NoError << true << true;
    QTest::newRow("refused") << 0 << NE::ConnectionRefusedError << false << true;
    QTest::newRow("reset") << 0 << NE::RemoteHostClosedError << true << true;
    QTest::newRow("timeout") << 0 << NE::TimeoutError << true << true;
    QTest::newRow("tls") << 0 << NE::SslHandshakeFailedError << false << true;
}

void TstV2Logic::transientAndFatal()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, network);
    QFETCH(bool, transient);
    QFETCH(bool, fatal);
    V2ErrorMapper::ReplyFacts facts;
    facts.httpStatus = status;
    facts.networkError = network;
    const V2Error error = V2ErrorMapper::map(facts, handlerSubject());
    QCOMPARE(error.isTransient(), transient);
    QCOMPARE(error.isFatalForRun(), fatal);
}

void TstV2Logic::serverMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("error") << R"({"error":"Device not found","code":5})"_ba
                           << u"Device not found"_s;
    QTest::newRow("message only") << R"({"code":5,"message":"gone"})"_ba << u"gone"_s;
    QTest::newRow("error wins") << R"({"error":"a","message":"b"})"_ba << u"a"_s;
    QTest::newRow("no text") << R"({"code":5})"_ba << QString();
    QTest::newRow("wrong types") << R"({"error":5,"message":[1]})"_ba << QString();
    QTest::newRow("plain text") << "Bad Gateway\n"_ba << u"Bad Gateway"_s;
    QTest::newRow("html") << "<html><body>502</body></html>"_ba << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TstV2Logic::serverMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(V2ErrorMapper::serverMessage(body), expected);
}

void TstV2Logic::sentencesNameWhatToDo()
{
    V2ErrorMapper::ReplyFacts facts;
    facts.applicationLevel = true;
    facts.httpStatus = 404;
    facts.body = R"({"error":"Application not registered to this Handler"})";
    V2Error e = V2ErrorMapper::map(facts, handlerSubject());
    // The fix names the setting; the faces word it (tst_clierrortext, tst_wizarderrortext).
    QCOMPARE(e.fix, SettingFix::GiveRegionHandler);
    QVERIFY(e.message.contains(u"my-app"_s));
    QVERIFY(e.message.contains(u"region"_s));
    QCOMPARE(e.serverMessage, u"Application not registered to this Handler"_s);

    facts = {};
    facts.networkError = QNetworkReply::SslHandshakeFailedError;
    facts.tlsErrorText = u"The issuer certificate could not be found"_s;
    e = V2ErrorMapper::map(facts, handlerSubject());
    QCOMPARE(e.fix, SettingFix::GivePrivateCa);
    QVERIFY(e.message.contains(u"issuer certificate"_s));

    facts = {};
    facts.httpStatus = 403;
    e = V2ErrorMapper::map(facts, handlerSubject());
    QVERIFY(e.message.contains(u"\u201cdevices\u201d right"_s));

    facts = {};
    facts.tooLarge = true;
    facts.sizeCapText = u"4 MiB"_s;
    e = V2ErrorMapper::map(facts, handlerSubject());
    QCOMPARE(e.kind, V2ErrorKind::BadResponse);
    QVERIFY(e.message.contains(u"4 MiB"_s));
}

void TstV2Logic::sentencesNeverCarryTheKey()
{
    Redact::registerSecret(kKey);
    V2ErrorMapper::ReplyFacts facts;
    facts.httpStatus = 401;
    facts.body = (u"{\"error\":\"key "_s + kKey + u" is not valid\"}"_s).toUtf8();
    V2ErrorSubject subject = handlerSubject();
    subject.appId = kKey; // even a key pasted into the wrong field stays hidden
    const V2Error e = V2ErrorMapper::map(facts, subject);
    QCOMPARE(e.kind, V2ErrorKind::Unauthenticated);
    QVERIFY(!e.message.contains(kKey));
    QVERIFY(!e.serverMessage.contains(kKey));
    QVERIFY(!e.serverMessage.isEmpty());
    Redact::clearRegisteredSecrets();
}

void TstV2Logic::discovery_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("url");
    const QByteArray two = R"({"services":[
        {"id":"ttn-handler-us","api_address":"http://us.example:8084","metadata":[{"app_id":"other"}]},
        {"id":"ttn-handler-eu","api_address":"http://eu.example:8084","metadata":[{"app_id":"x"},{"app_id":"my-app"}]}]})";
    using S = HandlerDiscovery::Lookup::Status;
    QTest::newRow("found") << two << int(S::Found) << u"http://eu.example:8084"_s;
    QTest::newRow("none announces")
        << R"({"services":[{"id":"h","api_address":"http://a:1","metadata":[{"app_id":"x"}]}]})"_ba
        << int(S::NotAnnounced) << QString();
    QTest::newRow("empty discovery") << "{}"_ba << int(S::NotAnnounced) << QString();
    QTest::newRow("broker metadata")
        << R"({"services":[{"id":"b","metadata":[{"dev_addr_prefix":"JgAAAAc="}]}]})"_ba
        << int(S::NotAnnounced) << QString();
    QTest::newRow("not json") << "<html>"_ba << int(S::Unreadable) << QString();
    QTest::newRow("services not a list")
        << R"({"services":5})"_ba << int(S::Unreadable) << QString();
    QTest::newRow("no api address")
        << R"({"services":[{"id":"h","metadata":[{"app_id":"my-app"}]}]})"_ba << int(S::Unreadable)
        << QString();
    QTest::newRow("bad api address")
        << R"({"services":[{"id":"h","api_address":"eu:8084","metadata":[{"app_id":"my-app"}]}]})"_ba
        << int(S::Unreadable) << QString();
}

void TstV2Logic::discovery()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, url);
    const HandlerDiscovery::Lookup lookup = HandlerDiscovery::find(body, u"my-app"_s);
    QCOMPARE(int(lookup.status), status);
    QCOMPARE(lookup.handlerUrl.toString(), url);
    QCOMPARE(
        lookup.problem.isEmpty(), lookup.status != HandlerDiscovery::Lookup::Status::Unreadable);
}

void TstV2Logic::logLine_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ok") << 200 << 1 << 0 << u"GET /applications/app/devices \u2192 200 (23 ms)"_s;
    QTest::newRow("retry") << 503 << 2 << 0
                           << u"GET /applications/app/devices \u2192 503 (23 ms, retry 2/8)"_s;
    QTest::newRow("refused") << 0 << 1 << int(QNetworkReply::ConnectionRefusedError)
                             << u"GET /applications/app/devices \u2192 connection failed (23 ms)"_s;
}

void TstV2Logic::logLine()
{
    QFETCH(int, status);
    QFETCH(int, attempt);
    QFETCH(int, networkError);
    QFETCH(QString, expected);
    V2ErrorMapper::ReplyFacts facts;
    facts.httpStatus = status;
    facts.networkError = QNetworkReply::NetworkError(networkError);
    const V2Error error = V2ErrorMapper::map(facts, handlerSubject());
    QCOMPARE(
        V2LogLine::format(u"GET"_s, u"/applications/app/devices"_s, status, error, 23, attempt, 8),
        expected);
}

void TstV2Logic::fetchPlan_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("withSession");
    QTest::addColumn<FetchPlan::Source>("source");
    QTest::addColumn<bool>("counterGets");
    QTest::addColumn<QStringList>("planIds");
    const QStringList three { u"a"_s, u"b"_s, u"c"_s };
    QTest::newRow("application") << int(ExportScope::Application) << QStringList() << false
                                 << FetchPlan::Source::ListAll << false << QStringList();
    QTest::newRow("application, session") << int(ExportScope::Application) << QStringList() << true
                                          << FetchPlan::Source::ListAll << true << QStringList();
    QTest::newRow("single") << int(ExportScope::SingleDevice) << QStringList { u"a"_s } << false
                            << FetchPlan::Source::GetEach << false << QStringList { u"a"_s };
    QTest::newRow("two") << int(ExportScope::DeviceList) << QStringList { u"a"_s, u"b"_s } << false
                         << FetchPlan::Source::GetEach << false << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("three") << int(ExportScope::DeviceList) << three << false
                           << FetchPlan::Source::ListFiltered << false << three;
    QTest::newRow("duplicates collapse")
        << int(ExportScope::DeviceList) << QStringList { u"a"_s, u" a "_s, u"b"_s, u""_s, u"a"_s }
        << false << FetchPlan::Source::GetEach << false << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("three, session") << int(ExportScope::DeviceList) << three << true
                                    << FetchPlan::Source::GetEach << false << three;
}

void TstV2Logic::fetchPlan()
{
    QFETCH(int, scope);
    QFETCH(QStringList, ids);
    QFETCH(bool, withSession);
    QFETCH(FetchPlan::Source, source);
    QFETCH(bool, counterGets);
    QFETCH(QStringList, planIds);
    ExportRequest request;
    request.scope = ExportScope(scope);
    request.deviceIds = ids;
    request.options.withSession = withSession;
    const FetchPlan plan = FetchPlan::forRequest(request);
    QCOMPARE(plan.source, source);
    QCOMPARE(plan.sessionCounterGets, counterGets);
    QCOMPARE(plan.deviceIds, planIds);
}

// The public TTN v2 servers were shut down in December 2021: a connection failure there is
// not the user's network, and the sentence says so; the fix it names is leaving that server
// (each face words it: tst_clierrortext, tst_wizarderrortext).
void TstV2Logic::retiredPublicServersAreNamed_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<V2ErrorKind>("kind");
    QTest::addColumn<bool>("retired");
    QTest::newRow("EU handler, not found")
        << u"http://eu.thethings.network:8084"_s << V2ErrorKind::ConnectionFailed << true;
    QTest::newRow("discovery, timeout")
        << u"http://discovery.thethingsnetwork.org:8080"_s << V2ErrorKind::Timeout << true;
    QTest::newRow("Brazil, unavailable")
        << u"http://brazil.thethings.network:8084"_s << V2ErrorKind::Unavailable << true;
    QTest::newRow("EU handler, wrong key: it answered")
        << u"http://eu.thethings.network:8084"_s << V2ErrorKind::Unauthenticated << false;
    QTest::newRow("The Things Stack cloud is not v2's")
        << u"https://eu1.cloud.thethings.network"_s << V2ErrorKind::ConnectionFailed << false;
    QTest::newRow("private handler")
        << u"http://127.0.0.1:8084"_s << V2ErrorKind::ConnectionFailed << false;
}

void TstV2Logic::retiredPublicServersAreNamed()
{
    QFETCH(QString, server);
    QFETCH(V2ErrorKind, kind);
    QFETCH(bool, retired);
    V2ErrorSubject subject = handlerSubject();
    subject.server = server;
    const QString sentence = V2ErrorText::sentence(kind, 503, subject, V2ErrorDetail::HostNotFound);
    QCOMPARE(sentence.contains(u"shut down in December 2021"_s), retired);
    QCOMPARE(V2ErrorText::fix(kind, subject, V2ErrorDetail::HostNotFound)
            == SettingFix::LeaveRetiredV2Server,
        retired);
    // The host is one of the retired ones whatever the error; only failures to connect say so.
    QCOMPARE(V2ErrorText::isRetiredPublicServer(server),
        !server.contains(u"cloud"_s) && !server.contains(u"127.0.0.1"_s));
    if (retired) {
        QVERIFY2(!sentence.contains(u"network connection"_s), qPrintable(sentence));
        QVERIFY(sentence.contains(server));
        QVERIFY2(!sentence.contains(u"--ttnv2."_s), qPrintable(sentence));
    }
}

void TstV2Logic::retryingSaysWhenAndWhy()
{
    V2Error limited;
    limited.kind = V2ErrorKind::RateLimited;
    limited.httpStatus = 429;
    const QString text = V2ErrorText::retrying(limited, 40000);
    QVERIFY2(text.contains(u"429"_s) && text.contains(u"40 s"_s), qPrintable(text));
    V2Error unavailable;
    unavailable.kind = V2ErrorKind::Unavailable;
    unavailable.httpStatus = 503;
    QVERIFY(V2ErrorText::retrying(unavailable, 1500).contains(u"503"_s));
    QVERIFY(V2ErrorText::retrying(unavailable, 1500).contains(u"2 s"_s));
}

void TstV2Logic::durationsAreRough_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero is a second") << qint64(0) << u"1 s"_s;
    QTest::newRow("rounded up") << qint64(40001) << u"41 s"_s;
    QTest::newRow("a minute") << qint64(60000) << u"1 min"_s;
    QTest::newRow("minutes, nearest") << qint64(12 * 60000 + 31000) << u"13 min"_s;
    QTest::newRow("whole hours") << qint64(2 * 3600000) << u"2 h"_s;
    QTest::newRow("50,000 devices at 5/s") << qint64(10000000) << u"2 h 47 min"_s;
}

void TstV2Logic::durationsAreRough()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(DurationText::rough(ms), text);
}

void TstV2Logic::progressEstimate()
{
    QCOMPARE(ProgressEstimate::forRequests(50000, 5.0), qint64(10000000));
    QCOMPARE(ProgressEstimate::forRequests(3, 0.0), qint64(-1)); // unpaced: unknown
    QCOMPARE(ProgressEstimate::forRequests(0, 5.0), qint64(0));

    qint64 now = 0;
    ProgressEstimate estimate([&now] { return now; });
    estimate.update(0, 1000);
    QCOMPARE(estimate.remainingMs(), qint64(-1)); // nothing to go on yet
    now = 1000;
    estimate.update(5, 1000);
    QCOMPARE(estimate.remainingMs(), qint64(-1)); // under two seconds
    now = 4000;
    estimate.update(20, 1000); // 5 per second
    QCOMPARE(estimate.remainingMs(), qint64(196000));
    // A long pause (a rate limit) slows the estimate, and fades out of the window later.
    now = 64000;
    estimate.update(20, 1000);
    QVERIFY(estimate.remainingMs() > 196000);
    for (int second = 65; second <= 200; ++second) {
        now = second * 1000;
        estimate.update(20 + (second - 64) * 5, 1000);
    }
    QCOMPARE(estimate.remainingMs(), qint64((1000 - 700) * 200));
    estimate.update(1000, 1000);
    QCOMPARE(estimate.remainingMs(), qint64(0));
    estimate.update(3, 10); // a new run
    QCOMPARE(estimate.remainingMs(), qint64(-1));
}

void TstV2Logic::countsAreGroupedByLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(LocaleNumbers::number(50000), u"50.000"_s);
    // Only the count's own digits: not inside a longer number, not other numbers.
    QCOMPARE(LocaleNumbers::withGroupedN(u"12345 Geräte, 123456 Byte, 12345."_s, 12345),
        u"12.345 Geräte, 123456 Byte, 12.345."_s);
    QCOMPARE(LocaleNumbers::withGroupedN(u"HTTP 999 und 999 Geräte"_s, 999),
        u"HTTP 999 und 999 Geräte"_s); // nothing to group below a thousand
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(LocaleNumbers::withGroupedN(u"1000000 devices"_s, 1000000), u"1,000,000 devices"_s);
    QLocale::setDefault(previous);
}

QTEST_GUILESS_MAIN(TstV2Logic)
#include "tst_v2logic.moc"
