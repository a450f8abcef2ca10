#pragma once

#include <QString>
#include <QTemporaryDir>

// A throwaway certificate authority and a server certificate for 127.0.0.1/localhost, made
// with the `openssl` command line tool at test time (nothing secret is committed). A second,
// unrelated CA lets tests prove that a wrong --ttnv2.ca-cert is rejected too.
class TlsFixture
{
public:
    TlsFixture();
    bool generate(); // false (with errorString) when openssl is missing or fails
    QString errorString() const { return m_error; }

    QString caCertPath() const; // PEM of the CA that signed the server certificate
    QString otherCaCertPath() const; // PEM of a CA that signed nothing we serve
    QString serverCertPath() const;
    QString serverKeyPath() const;
    QString dir() const { return m_dir.path(); }

private:
    bool run(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_error;
};
