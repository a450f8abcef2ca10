// TtsErrorMapper (reply facts in, TtsError out) and TtsLogLine, table-driven: every way an
// answer from The Things Stack can go wrong, without a network.
#include "http/httpreply.h"
#include "tts/ttserrormapper.h"
#include "tts/ttslogline.h"

#include <QtTest>

Q_DECLARE_METATYPE(HttpReply)
Q_DECLARE_METATYPE(TtsRequest)

using namespace Qt::StringLiterals;

namespace {

const QByteArray kTtsNotFound
    = R"j({"code":5,"message":"error:pkg/registry:not_found (entity not found)","details":[{"@type":"type.googleapis.com/ttn.lorawan.v3.ErrorDetails","namespace":"pkg/registry","name":"not_found","message_format":"entity not found","correlation_id":"0123456789abcdef0123456789abcdef","code":5}]})j"_ba;

HttpReply reply(int status, QNetworkReply::NetworkError error = QNetworkReply::NoError,
    const QByteArray &body = QByteArray())
{
    HttpReply r;
    r.httpStatus = status;
    r.networkError = error;
    r.networkErrorText = u"Qt says %1"_s.arg(int(error));
    r.body = body;
    return r;
}

} // namespace

class TstTtsErrorMapper : public QObject
{
    Q_OBJECT
private slots:
    void map_data();
    void map();
    void notAnApiKey();
    void logLine_data();
    void logLine();
};

void TstTtsErrorMapper::map_data()
{
    QTest::addColumn<HttpReply>("facts");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("reset");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QString>("text"); // in networkText (transport) or message (HTTP)

    const auto E = [](TtsErrorKind k) { return int(k); };
    QTest::newRow("200") << reply(200) << E(TtsErrorKind::None) << 0 << QString() << false << false
                         << QString();
    HttpReply large = reply(200, QNetworkReply::OperationCanceledError);
    large.tooLarge = true;
    QTest::newRow("over the size cap") << large << E(TtsErrorKind::BadResponse) << 0 << QString()
                                       << false << false << u"answer too large"_s;
    HttpReply cut = reply(200, QNetworkReply::NoError, QByteArray(50, 'x'));
    cut.announcedLength = 100;
    QTest::newRow("200 cut short") << cut << E(TtsErrorKind::ConnectionFailed) << 0 << QString()
                                   << true << true << u"middle of the answer"_s;
    HttpReply cut404 = reply(404, QNetworkReply::ContentNotFoundError, "{\"code\":"_ba);
    cut404.announcedLength = 400;
    QTest::newRow("404 cut short: the status is not trusted")
        << cut404 << E(TtsErrorKind::ConnectionFailed) << 0 << QString() << true << true
        << u"middle of the answer"_s;
    QTest::newRow("closed after the status")
        << reply(200, QNetworkReply::RemoteHostClosedError) << E(TtsErrorKind::ConnectionFailed)
        << 0 << QString() << true << true << u"middle of the answer"_s;
    HttpReply whole = reply(200, QNetworkReply::NoError, "{}"_ba);
    whole.announcedLength = 2;
    QTest::newRow("length as announced")
        << whole << E(TtsErrorKind::None) << 0 << QString() << false << false << QString();
    QTest::newRow("redirect") << reply(302) << E(TtsErrorKind::BadResponse) << 0 << QString()
                              << false << false << u"redirected"_s;
    QTest::newRow("404 with TTS's error")
        << reply(404, QNetworkReply::ContentNotFoundError, kTtsNotFound) << E(TtsErrorKind::Http)
        << 404 << u"pkg/registry:not_found"_s << false << false << u"entity not found"_s;
    QTest::newRow("429") << reply(429, QNetworkReply::UnknownContentError) << E(TtsErrorKind::Http)
                         << 429 << QString() << false << false << QString();
    QTest::newRow("502 from a proxy")
        << reply(502, QNetworkReply::UnknownServerError, "<html><body>Bad gateway</body></html>"_ba)
        << E(TtsErrorKind::Http) << 502 << QString() << false << true << u"Bad gateway"_s;
    QTest::newRow("503") << reply(503, QNetworkReply::ServiceUnavailableError)
                         << E(TtsErrorKind::Http) << 503 << QString() << false << true << QString();
    QTest::newRow("400 without details") << reply(
        400, QNetworkReply::ProtocolInvalidOperationError, R"({"code":3,"message":"invalid"})"_ba)
                                         << E(TtsErrorKind::Http) << 400 << QString() << false
                                         << false << u"invalid"_s;
    QTest::newRow("timeout") << reply(0, QNetworkReply::TimeoutError) << E(TtsErrorKind::Timeout)
                             << 0 << QString() << false << true << u"Qt says"_s;
    QTest::newRow("transfer timeout (canceled)")
        << reply(0, QNetworkReply::OperationCanceledError) << E(TtsErrorKind::Timeout) << 0
        << QString() << false << true << u"Qt says"_s;
    QTest::newRow("refused") << reply(0, QNetworkReply::ConnectionRefusedError)
                             << E(TtsErrorKind::ConnectionFailed) << 0 << QString() << false
                             << false << u"Qt says"_s;
    QTest::newRow("host not found")
        << reply(0, QNetworkReply::HostNotFoundError) << E(TtsErrorKind::ConnectionFailed) << 0
        << QString() << false << false << u"Qt says"_s;
    QTest::newRow("closed before any answer")
        << reply(0, QNetworkReply::RemoteHostClosedError) << E(TtsErrorKind::ConnectionFailed) << 0
        << QString() << true << true << u"Qt says"_s;
    QTest::newRow("proxy closed") << reply(0, QNetworkReply::ProxyConnectionClosedError)
                                  << E(TtsErrorKind::ConnectionFailed) << 0 << QString() << true
                                  << true << u"Qt says"_s;
    QTest::newRow("network lost") << reply(0, QNetworkReply::UnknownNetworkError)
                                  << E(TtsErrorKind::ConnectionFailed) << 0 << QString() << true
                                  << true << u"Qt says"_s;
    HttpReply tls = reply(0, QNetworkReply::SslHandshakeFailedError);
    tls.tlsErrorText = u"The certificate is self-signed, and untrusted"_s;
    QTest::newRow("TLS: the certificate's problem")
        << tls << E(TtsErrorKind::Tls) << 0 << QString() << false << false << u"self-signed"_s;
    QTest::newRow("TLS: Qt's words when no certificate error")
        << reply(0, QNetworkReply::SslHandshakeFailedError) << E(TtsErrorKind::Tls) << 0
        << QString() << false << false << u"Qt says"_s;
}

void TstTtsErrorMapper::map()
{
    QFETCH(HttpReply, facts);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, id);
    QFETCH(bool, reset);
    QFETCH(bool, transient);
    QFETCH(QString, text);
    const TtsError error = TtsErrorMapper::map(facts);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.id, id);
    QCOMPARE(error.connectionReset, reset);
    QCOMPARE(error.isTransient(), transient);
    QCOMPARE(error.isRateLimited(), status == 429);
    const QString said = error.kind == TtsErrorKind::Http ? error.message : error.networkText;
    QVERIFY2(said.contains(text), qPrintable(said));
}

void TstTtsErrorMapper::notAnApiKey()
{
    const TtsError error = TtsErrorMapper::notAnApiKey();
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(error.is("pkg/auth:token"));
    QVERIFY(error.stopsImport());
}

void TstTtsErrorMapper::logLine_data()
{
    QTest::addColumn<TtsRequest>("request");
    QTest::addColumn<HttpReply>("facts");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<QString>("expected");
    const TtsRequest create = TtsRequests::createDevice(u"app"_s, u"dev-1"_s, "{}");
    QTest::newRow("ok") << TtsRequests::rights(u"app"_s) << reply(200) << 1
                        << u"GET IS /applications/app/rights \u2192 200 (7 ms)"_s;
    QTest::newRow("TTS error with its correlation ID, second attempt")
        << TtsRequests::getDevice(u"app"_s, u"dev-1"_s)
        << reply(404, QNetworkReply::ContentNotFoundError, kTtsNotFound) << 2
        << u"GET IS /applications/app/devices/dev-1 \u2192 404 pkg/registry:not_found (7 ms, "
           u"attempt 2): error:pkg/registry:not_found (entity not found) "
           u"correlation_id=01234567-89ab-cdef-0123-456789abcdef"_s;
    QTest::newRow("no answer") << create << reply(0, QNetworkReply::ConnectionRefusedError) << 1
                               << u"POST IS /applications/app/devices \u2192 Qt says 1 (7 ms)"_s;
    HttpReply cut = reply(200, QNetworkReply::NoError, "{"_ba);
    cut.announcedLength = 10;
    QTest::newRow("status, then the connection broke")
        << TtsRequests::setDevice(TtsServer::Join, u"app"_s, u"dev-1"_s, "{}") << cut << 1
        << u"PUT JS /js/applications/app/devices/dev-1 \u2192 200 the connection closed in the "
           u"middle of the answer (7 ms)"_s;
}

void TstTtsErrorMapper::logLine()
{
    QFETCH(TtsRequest, request);
    QFETCH(HttpReply, facts);
    QFETCH(int, attempt);
    QFETCH(QString, expected);
    QCOMPARE(TtsLogLine::format(request, facts.httpStatus, TtsErrorMapper::map(facts), 7, attempt),
        expected);
}

QTEST_GUILESS_MAIN(TstTtsErrorMapper)
#include "tst_ttserrormapper.moc"
