#include "tlsfixture.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

TlsFixture::TlsFixture() = default;

QString TlsFixture::caCertPath() const
{
    return m_dir.filePath(u"ca.pem"_s);
}
QString TlsFixture::otherCaCertPath() const
{
    return m_dir.filePath(u"other-ca.pem"_s);
}
QString TlsFixture::serverCertPath() const
{
    return m_dir.filePath(u"server.pem"_s);
}
QString TlsFixture::serverKeyPath() const
{
    return m_dir.filePath(u"server.key"_s);
}

bool TlsFixture::run(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2 %3"_s.arg(arguments.join(u' '), openssl.errorString(),
            QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

bool TlsFixture::generate()
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
        m_error = u"openssl is not installed (scripts/install-deps.sh installs it)"_s;
        return false;
    }
    // EC keys: generating them takes milliseconds, RSA would take a noticeable fraction of a
    // second.
    const QStringList ecKey
        = { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s };
    const QStringList caExtensions = { u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
        u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s };
    QFile ext(m_dir.filePath(u"server.ext"_s));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=CA:FALSE\n"
              "keyUsage=critical,digitalSignature,keyEncipherment,keyAgreement\n"
              "extendedKeyUsage=serverAuth\n"
              "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();

    return run(QStringList { u"req"_s, u"-x509"_s } + ecKey + caExtensions
               + QStringList { u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s,
                   u"2"_s, u"-subj"_s, u"/CN=ttnmig throwaway test CA"_s })
        && run(QStringList { u"req"_s, u"-x509"_s } + ecKey + caExtensions
            + QStringList { u"-keyout"_s, u"other-ca.key"_s, u"-out"_s, u"other-ca.pem"_s,
                u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=ttnmig unrelated test CA"_s })
        && run(QStringList { u"req"_s } + ecKey
            + QStringList { u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s,
                u"/CN=127.0.0.1"_s })
        && run({ u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s,
            u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s, u"-days"_s,
            u"2"_s, u"-extfile"_s, u"server.ext"_s });
}
