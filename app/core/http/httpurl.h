#pragma once

#include <QString>
#include <QUrl>

// URL helpers every HTTP client needs.
namespace HttpUrl {

// Same scheme, host (case-insensitive) and port (the scheme's default when absent): where a
// client may send its key.
bool sameOrigin(const QUrl &a, const QUrl &b);
// `base` with `encodedSuffix` (already percent-encoded) after its path, without query and
// fragment; a trailing slash of the base is dropped.
QUrl withPath(QUrl base, const QString &encodedSuffix);
// One path segment, percent-encoded (a "/" in an ID stays inside its segment).
QString segment(const QString &text);
// "https://host:port" for messages: no user, path, query or fragment.
QString serverDisplay(const QUrl &url);

} // namespace HttpUrl
