#include "util/redact.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString placeholder = u"<redacted>"_s;

QMutex secretsMutex;
QStringList registeredSecrets; // longest first, so a secret containing another is fully replaced
QtMessageHandler previousHandler = nullptr;

struct Patterns
{
    // v2 application access keys; v3 API keys (NNSXS.<id>.<secret>) for good measure.
    QRegularExpression accessKey {
        u"ttn-account-v2\\.[A-Za-z0-9_\\-]+|NNSXS\\.[A-Z0-9]+\\.[A-Z0-9]+"_s
    };
    // Header values up to the end of the line: "Authorization: Key …", "Grpc-Metadata-Key: …".
    QRegularExpression header {
        u"((?:Authorization|Proxy-Authorization|Grpc-Metadata-Key)\\s*[:=]\\s*)[^\\r\\n]*"_s,
        QRegularExpression::CaseInsensitiveOption
    };
    // 32 or more hex digits in a row (AppKey, NwkSKey, AppSKey and longer runs that contain one).
    QRegularExpression hexKey { u"(?<![0-9A-Fa-f])[0-9A-Fa-f]{32,}(?![0-9A-Fa-f])"_s };
    // 16 bytes written with separators: "2B 7E 15 …", "2b:7e:…", "0x2B, 0x7E, …" (C arrays).
    QRegularExpression spacedKey {
        u"(?<![0-9A-Fa-f])(?:0[xX])?[0-9A-Fa-f]{2}(?:(?:\\s*[,:]\\s*|\\s+|-)(?:0[xX])?[0-9A-Fa-f]{2}){15,}(?![0-9A-Fa-f])"_s
    };
};

const Patterns &patterns()
{
    static const Patterns instance;
    return instance;
}

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redact::text(message);
    if (previousHandler) {
        previousHandler(type, context, clean);
        return;
    }
    const QByteArray line = qFormatLogMessage(type, context, clean).toLocal8Bit();
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
}

} // namespace

namespace Redact {

QString text(const QString &input)
{
    QString result = input;
    {
        const QMutexLocker lock(&secretsMutex);
        for (const QString &secret : std::as_const(registeredSecrets))
            result.replace(secret, placeholder);
    }
    const Patterns &p = patterns();
    result.replace(p.header, u"\\1"_s + placeholder);
    result.replace(p.accessKey, placeholder);
    result.replace(p.hexKey, placeholder);
    result.replace(p.spacedKey, placeholder);
    return result;
}

void registerSecret(const QString &secret)
{
    const QString value = secret.trimmed();
    if (value.size() < 6) // too short to be a key; replacing it would mangle ordinary text
        return;
    const QMutexLocker lock(&secretsMutex);
    if (registeredSecrets.contains(value))
        return;
    registeredSecrets.append(value);
    std::stable_sort(registeredSecrets.begin(), registeredSecrets.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void clearRegisteredSecrets()
{
    const QMutexLocker lock(&secretsMutex);
    registeredSecrets.clear();
}

void installMessageHandler()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace Redact
