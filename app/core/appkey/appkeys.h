#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

// Small pure helpers for v2 AppKeys (32 hex digits, the secret of an OTAA device).
namespace AppKeys {

// 16 bytes of random data as raw bytes; tests inject a fixed one.
using RandomSource = std::function<QByteArray()>;

// A fresh AppKey from `source` (default: the system's cryptographically secure generator), as
// 32 uppercase hex digits; never all-zero (v2 treats all-zero as "no AppKey").
QString generate(const RandomSource &source = RandomSource());

// True when `key` is 32 hex digits (any case) and not all-zero.
bool isValid(const QString &key);

// Same key, ignoring case. Two unset keys are equal.
bool same(const QString &a, const QString &b);

// A short, non-reversible name for a key, safe to log and to store: the first 8 hex digits of
// SHA-256 over the key's 16 bytes. Empty for an unset key. Never store or print the key itself.
QString fingerprint(const QString &key);

} // namespace AppKeys
