#pragma once

// Shared bits of the client tests: a key that must never show up anywhere, a free port
// nobody listens on, and a helper that runs one V2Client call to its end.
#include "v2/v2call.h"
#include "v2/v2client.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

namespace clienttest {

// Sanitizer builds run many times slower: upper bounds on time are only checked without them
// (lower bounds, such as pacing and Retry-After, hold everywhere).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSlowBuild = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSlowBuild = true;
#else
constexpr bool kSlowBuild = false;
#endif
#else
constexpr bool kSlowBuild = false;
#endif

// Upper time bound for "promptly": generous, and much more so in sanitizer builds.
inline qint64 promptMs(qint64 ms)
{
    return kSlowBuild ? ms * 10 : ms;
}

inline const QString &accessKey()
{
    static const QString key
        = QStringLiteral("ttn-account-v2.ClientTestSecret_Zq8vX2mN4pR7tY1wK9sD3fG6hJ0lB5cV");
    return key;
}

// A loopback port that was free a moment ago: connecting to it is refused.
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

inline QUrl loopback(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

// Runs one call; fails the test if it does not finish within `timeoutMs`.
inline V2Result run(V2Client &client, const V2Request &request, int timeoutMs = 10000)
{
    V2Call *call = client.send(request);
    QSignalSpy spy(call, &V2Call::finished);
    if (!spy.wait(timeoutMs) || spy.count() != 1) {
        qWarning("V2Call did not finish in time");
        return V2Result();
    }
    return spy.first().first().value<V2Result>();
}

} // namespace clienttest
