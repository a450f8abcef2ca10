#pragma once

#include "util/erroraudience.h"
#include "v2/v2error.h"

#include <QSslConfiguration>
#include <QString>

// The TLS settings of every v2 request: the system CAs plus, when one is given, the user's
// PEM file of a private certificate authority. Certificate errors are never ignored; a CA file that
// cannot be used is an error up front instead of a confusing handshake failure later.
namespace TlsSetup {

struct Result
{
    QSslConfiguration configuration;
    V2Error error; // Tls kind when the CA file is missing, unreadable or holds no certificate
};

// `audience` words the error for whoever gave the CA file (command line or wizard).
Result load(const QString &caCertPath, ErrorAudience audience = ErrorAudience::CommandLine);

// Loads the TLS backend and the system CA list once, on a pool thread. The first time, that
// takes tens of ms; an interactive program calls this at start so its first request does not
// freeze the window for it. Safe to call more than once.
void warmUpInBackground();

} // namespace TlsSetup
