#pragma once

#include "formatters/v2formatters.h"
#include "v2/v2connection.h"
#include "v2/v2error.h"

#include <QObject>

class V2Client;

// What reading a v2 application's payload functions gave.
struct V2FormatterRead
{
    bool read = false;
    V2Formatters formatters;
    V2Error error; // when not read
    QString missingRight; // "settings" when the key lacks it (403)
    QString notRead; // translated: what was not read and why, for the user
};

// Reads a TTN v2 application's payload functions: GET /applications/{app_id} on its handler
// (found through discovery first when no handler address is set). Needs the access key's
// "settings" right; a devices-only key gets 403, which is a result (what was not read and the
// missing right), not a failure of the export.
class V2FormatterReader : public QObject
{
    Q_OBJECT
public:
    explicit V2FormatterReader(const V2Connection &connection, QObject *parent = nullptr);
    void start();
    void cancel(); // finished() follows with a Canceled error

signals:
    void finished(const V2FormatterRead &result);
    void requestLogged(const QString &line);

private:
    void getApplication();
    void finish(const V2FormatterRead &result);

    V2Client *m_client;
    bool m_done = false;
};
