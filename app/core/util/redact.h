#pragma once

#include <QString>
#include <QStringList>

// The one place where secrets are removed from text before it is logged, shown or stored.
// Every log path (the message handler, --verbose, error sentences) goes through it.
namespace Redact {

// Replaces every registered secret, every v2 access key (ttn-account-v2.…), every
// "Authorization: …" / "Grpc-Metadata-Key: …" header value, and every 32-hex-digit key
// (AppKey, NwkSKey, AppSKey) in `text` with "<redacted>".
QString text(const QString &text);

// Registers a secret that must never appear anywhere (e.g. the access key the user typed).
// Thread-safe. Empty or very short values are ignored.
void registerSecret(const QString &secret);
void clearRegisteredSecrets(); // for tests

// Installs a Qt message handler that redacts every qDebug/qInfo/qWarning/qCritical line
// before it reaches stderr, so even a crash or a third-party warning cannot leak a key.
void installMessageHandler();

} // namespace Redact
