#include "v2/tlssetup.h"

#include "v2/v2errormapper.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QThreadPool>
#include <mutex>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TlsSetup)
};
} // namespace

TlsSetup::Result TlsSetup::load(const QString &caCertPath, ErrorAudience audience)
{
    Result result;
    result.configuration = QSslConfiguration::defaultConfiguration();
    result.configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (caCertPath.isEmpty())
        return result;

    QFile file(caCertPath);
    QString problem;
    QList<QSslCertificate> certificates;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = Text::tr("%1: %2").arg(caCertPath, file.errorString());
    } else {
        certificates = QSslCertificate::fromData(file.read(1 << 20), QSsl::Pem);
        if (certificates.isEmpty())
            problem = Text::tr("%1 holds no PEM certificate").arg(caCertPath);
    }
    if (!problem.isEmpty()) {
        V2ErrorSubject subject;
        subject.audience = audience;
        result.error = V2ErrorMapper::make(
            V2ErrorKind::Tls, subject, 0, V2ErrorDetail::CaCertUnreadable, problem);
        return result;
    }
    result.configuration.addCaCertificates(certificates);
    return result;
}

void TlsSetup::warmUpInBackground()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QThreadPool::globalInstance()->start([] { QSslConfiguration::defaultConfiguration(); });
    });
}
