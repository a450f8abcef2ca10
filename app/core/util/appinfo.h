#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Who we are, in one place: what `--version` prints and what the wizard's About dialog shows.
// Widget-free so the CLI, the emulator and the wizard all use the same facts; the user-facing
// sentences are translated (call after Translations::install()).
namespace AppInfo {

QString version(); // "0.9.0", the CMake project() version
QByteArray userAgent(); // "ttn-lw-migrate/0.9.0", the User-Agent of every request to v2
QString organizationName(); // for QCoreApplication / QSettings
QString desktopId(); // reverse-DNS ID of the .desktop file, metainfo and icon
QString licenseName(); // "MIT"
QString copyright(); // "Copyright © 2026 The ttn-lw-migrate-wizard developers"
QUrl homepage();
QUrl issueTracker();
QUrl licenseUrl();

// The product name people read ("TTN Migration Wizard"), translated.
QString displayName();
// One translated sentence on what the product does.
QString shortDescription();

// "<program> 0.9.0" plus copyright and licence lines: the whole `--version` output.
QString versionText(const QString &programName);

// Rich text for an About box: name, version, description, copyright, licence and links.
QString aboutHtml();

} // namespace AppInfo
