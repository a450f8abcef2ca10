#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Looks for secrets in text a user could see (stderr, logs, settings files). A hex key is
// found in either case and also as base64 of its bytes; the report names the secret by its
// label and never repeats its value, so a failing test does not leak it into the test log.
struct Secret
{
    QString label; // e.g. "AppKey of otaa-1"
    QString value; // hex key or access key
};

class SecretScan
{
public:
    void add(const QString &label, const QString &value); // empty values are ignored
    int count() const { return int(m_secrets.size()); }
    // One entry per (line, secret) hit: "<where> line <n>: <label>".
    QStringList leaks(const QByteArray &text, const QString &where) const;

private:
    QList<Secret> m_secrets;
};
