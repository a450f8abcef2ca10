#pragma once

#include <QStringList>

// Which devices one read takes from a source: the whole application, or these IDs (the
// source's own device IDs, de-duplicated, in the order asked; the read keeps that order).
struct SourceReadRequest
{
    bool wholeApplication = true;
    QStringList deviceIds;
    bool withSession = false; // the conversion exports sessions: read what they need

    static SourceReadRequest application(bool withSession);
    // Trims the IDs and drops empty ones and repeats.
    static SourceReadRequest devices(const QStringList &ids, bool withSession);
};
