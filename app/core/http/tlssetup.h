#pragma once

#include <QSslConfiguration>
#include <QString>

// The TLS settings of every request of a client: the system CAs plus, when one is given, the
// user's PEM file of a private certificate authority. Certificate errors are never ignored; a
// CA file that cannot be used is a problem up front (each client words it as its error)
// instead of a confusing handshake failure later.
namespace TlsSetup {

struct Result
{
    QSslConfiguration configuration;
    QString problem; // translated; empty when the CA file (if any) was read
};

Result load(const QString &caCertPath);

// Loads the TLS backend and the system CA list once, on a pool thread. The first time, that
// takes tens of ms; an interactive program calls this at start so its first request does not
// freeze the window for it. Safe to call more than once.
void warmUpInBackground();

} // namespace TlsSetup
