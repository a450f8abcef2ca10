#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one entry, or one per plural form when numerus

    bool isFinished() const; // translated, not marked unfinished, no empty form
    QString label() const; // "Context: source" for failure messages
};

// A .ts file as its language and messages; reading fails with a message for broken XML.
struct TsFile
{
    QString language;
    QList<TsMessage> messages;

    static bool read(const QString &path, TsFile *out, QString *error);
};
