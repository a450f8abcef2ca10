#pragma once

#include <QObject>
#include <QString>
#include <functional>

// The system keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows) through QtKeychain, for the keys the user asked the wizard to remember: the v2
// access key and the TTS API key. Never a plain-text fallback: when no keychain service runs,
// the key is simply not remembered and the caller shows problemText() (Outcome::NoService).
// Every call is asynchronous (a Secret Service may take a moment, or ask the user to unlock it).
class Keychain
{
public:
    enum class Outcome {
        Ok,
        NotFound, // nothing stored under that account
        NoService, // no keychain service is running (or none can be reached)
        Failed, // the service answered with an error (locked, access denied…)
        Disabled, // --demo: the keychain is never touched
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString secret; // read(): the stored key, else empty
        QString detail; // the service's own words, for the message (never the secret)

        bool ok() const { return outcome == Outcome::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    // The keychain service name under which every entry of the wizard is stored.
    static QString serviceName();
    // Accounts: one entry per v2 application and per TTS application and server.
    static QString v2Account(const QString &v2AppId);
    static QString ttsAccount(const QString &identityServerHost, const QString &ttsAppId);
    // One entry per ChirpStack server (host:port): its keys are per tenant, not per application.
    static QString chirpStackAccount(const QString &apiUrl);

    // `context` owns the callback: when it is gone, the callback is not called.
    static void read(const QString &account, QObject *context, Callback done);
    static void write(
        const QString &account, const QString &secret, QObject *context, Callback done);
    static void remove(const QString &account, QObject *context, Callback done);

    // --demo turns the keychain off: demo keys are never stored, stored keys never read.
    static void setEnabled(bool enabled);
    static bool isEnabled();

    // One translated sentence for the user about a failed call (empty for Ok / NotFound).
    static QString problemText(const Result &result);
};
