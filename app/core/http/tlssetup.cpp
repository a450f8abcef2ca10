#include "http/tlssetup.h"

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

TlsSetup::Result TlsSetup::load(const QString &caCertPath)
{
    Result result;
    result.configuration = QSslConfiguration::defaultConfiguration();
    result.configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (caCertPath.isEmpty())
        return result;

    QFile file(caCertPath);
    QList<QSslCertificate> certificates;
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = Text::tr("%1: %2").arg(caCertPath, file.errorString());
    } else {
        certificates = QSslCertificate::fromData(file.read(1 << 20), QSsl::Pem);
        if (certificates.isEmpty())
            result.problem = Text::tr("%1 holds no PEM certificate").arg(caCertPath);
    }
    if (result.problem.isEmpty())
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
