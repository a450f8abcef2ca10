#include "util/translations.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
// The project's .qm files are compiled into the binary (cmake/Translations.cmake), so an
// installed program never looks at the source tree or a data directory for them.
constexpr auto kOwnDirectory = ":/i18n";
constexpr auto kOwnBaseName = "ttn-lw-migrate";

// QTranslator::load(QLocale, …) walks locale.uiLanguages() in order and takes the first
// file that exists. English is shipped as a .qm of its own (plural forms only) so that a
// user preferring "en" before "de" gets English rather than falling through to German.
QTranslator *installTranslator(
    const QLocale &locale, const QString &baseName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, baseName, u"_"_s, directory)
        && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

namespace Translations {

void install()
{
    if (!QCoreApplication::instance())
        return;
    const QLocale locale; // the default locale: the system's unless a test set another
    const QTranslator *own
        = installTranslator(locale, QLatin1String(kOwnBaseName), QLatin1String(kOwnDirectory));
    if (!own) {
        // No language of the user's is shipped (or the "C" locale): English, with its plural
        // forms, so "1 device" rather than "1 device(s)".
        qCDebug(lcUi) << "no translation for" << locale.uiLanguages() << "- using English";
        installTranslator(
            QLocale(QLocale::English), QLatin1String(kOwnBaseName), QLatin1String(kOwnDirectory));
        return;
    }
    // Qt's own strings (standard buttons, file dialogs, …) in the language we picked, never
    // in another one: a half-French, half-English window is worse than English. Missing is
    // fine (no qt6-translations-l10n, or English): Qt then speaks English.
    const QLocale chosen(own->language());
    const bool qt = installTranslator(
        chosen, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    qCDebug(lcUi) << "translation" << own->language() << "for" << locale.uiLanguages()
                  << "qtbase:" << qt;
}

} // namespace Translations
