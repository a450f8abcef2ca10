#include "settings/keychain.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};

bool &enabledFlag()
{
    static bool enabled = true;
    return enabled;
}

// QtKeychain reports an absent Secret Service as NoBackendAvailable on some platforms, and
// on Linux (libsecret) as OtherError with D-Bus's words: no session bus, no service that
// owns org.freedesktop.secrets, or no collection to store into.
bool meansNoService(QKeychain::Error error, const QString &detail)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    static const QStringList signs { u"D-Bus"_s, u"DBus"_s, u"org.freedesktop.secrets"_s,
        u"autolaunch"_s, u"/org/freedesktop/secrets/collection"_s, u"ServiceUnknown"_s,
        u"not provided by any .service"_s };
    for (const QString &sign : signs) {
        if (detail.contains(sign, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Keychain::Result resultOf(const QKeychain::Job &job)
{
    Keychain::Result result;
    result.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.outcome = Keychain::Outcome::Ok;
        result.detail.clear();
        break;
    case QKeychain::EntryNotFound:
        result.outcome = Keychain::Outcome::NotFound;
        break;
    default:
        result.outcome = meansNoService(job.error(), result.detail) ? Keychain::Outcome::NoService
                                                                    : Keychain::Outcome::Failed;
        break;
    }
    return result;
}

void run(QKeychain::Job *job, QObject *context, const Keychain::Callback &done,
    const std::function<void(Keychain::Result &)> &onSuccess = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a key goes to the keychain or nowhere
    const QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [guard, done, onSuccess](QKeychain::Job *finished) {
            Keychain::Result result = resultOf(*finished);
            if (result.ok() && onSuccess)
                onSuccess(result);
            if (guard)
                done(result);
        });
    job->start();
}

void disabled(QObject *context, const Keychain::Callback &done)
{
    const QPointer<QObject> guard(context);
    // Asynchronous like a real answer, so callers see one behaviour.
    QMetaObject::invokeMethod(
        context,
        [guard, done] {
            if (guard)
                done(Keychain::Result { Keychain::Outcome::Disabled, {}, {} });
        },
        Qt::QueuedConnection);
}

} // namespace

QString Keychain::serviceName()
{
    return u"ttn-lw-migrate-wizard"_s;
}

QString Keychain::v2Account(const QString &v2AppId)
{
    return u"ttnv2/"_s + v2AppId;
}

QString Keychain::ttsAccount(const QString &identityServerHost, const QString &ttsAppId)
{
    return u"tts/"_s + identityServerHost.toLower() + u'/' + ttsAppId;
}

QString Keychain::chirpStackAccount(const QString &apiUrl)
{
    return u"chirpstack/"_s + apiUrl.trimmed().toLower();
}

void Keychain::read(const QString &account, QObject *context, Callback done)
{
    if (!isEnabled())
        return disabled(context, done);
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(account);
    run(job, context, done, [job](Result &result) { result.secret = job->textData(); });
}

void Keychain::write(const QString &account, const QString &secret, QObject *context, Callback done)
{
    if (!isEnabled())
        return disabled(context, done);
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(account);
    job->setTextData(secret);
    run(job, context, done);
}

void Keychain::remove(const QString &account, QObject *context, Callback done)
{
    if (!isEnabled())
        return disabled(context, done);
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(account);
    run(job, context, done);
}

void Keychain::setEnabled(bool enabled)
{
    enabledFlag() = enabled;
}

bool Keychain::isEnabled()
{
    return enabledFlag();
}

QString Keychain::problemText(const Result &result)
{
    switch (result.outcome) {
    case Outcome::Ok:
    case Outcome::NotFound:
        return {};
    case Outcome::Disabled:
        return Text::tr("The demo never uses the system keychain.");
    case Outcome::NoService:
        return Text::tr("No system keychain service is running (such as GNOME Keyring or "
                        "KWallet), so the key is not remembered. Enter it again next time.");
    case Outcome::Failed:
        break;
    }
    return result.detail.isEmpty()
        ? Text::tr("The system keychain refused the request.")
        : Text::tr("The system keychain refused the request: %1").arg(result.detail);
}
