#pragma once

#include <QString>

// The checks behind the wizard's disabled Next button. Each returns an empty string when the
// value is fine, else one translated sentence saying what is wrong and how to fix it.
namespace InputRules {
QString appIdProblem(const QString &appId); // TTN v2 ID rule
QString accessKeyProblem(const QString &key);
QString addressProblem(const QString &url, bool discovery);
QString devIdPrefixProblem(const QString &prefix); // optional; V3Ids::prefixProblem
QString deviceIdProblem(const QString &devId); // a single v2 device ID
} // namespace InputRules
