#include "emulatorprogram.h"

#include "util/appinfo.h"
#include "util/interruptwatcher.h"
#include "util/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace {

// Gives this file's free functions a tr() that lupdate files under "EmulatorProgram".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorProgram)
};

} // namespace

void EmulatorProgram::initialize(const QString &program)
{
    QCoreApplication::setApplicationName(program);
    QCoreApplication::setApplicationVersion(AppInfo::version());
    Translations::install();
}

void EmulatorProgram::announceDemo(const QString &text)
{
    fprintf(stderr, "%s\n", qUtf8Printable(text));
}

bool EmulatorProgram::loadDataFile(const QString &program, const QString &path,
    const std::function<bool(const QString &, QString *)> &load)
{
    if (path.isEmpty())
        return true;
    QString error;
    if (load(path, &error))
        return true;
    printError(program, error);
    return false;
}

bool EmulatorProgram::readInt(
    const QCommandLineParser &parser, const QString &name, int minimum, int *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        *error = Text::tr("--%1 needs a whole number of at least %2").arg(name).arg(minimum);
        return false;
    }
    *out = value;
    return true;
}

bool EmulatorProgram::readDouble(const QCommandLineParser &parser, const QString &name,
    double maximum, double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > maximum) {
        *error = Text::tr("--%1 needs a number between 0 and %2").arg(name).arg(maximum);
        return false;
    }
    *out = value;
    return true;
}

void EmulatorProgram::printError(const QString &program, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(program), qUtf8Printable(message));
}

int EmulatorProgram::usageError(const QString &program, const QString &message)
{
    printError(program, message);
    std::fprintf(stderr, "%s\n", qUtf8Printable(Text::tr("Try '%1 --help'.").arg(program)));
    return 2;
}

int EmulatorProgram::serve(const QString &program, const Server &server)
{
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, QCoreApplication::instance(),
        [](int) { QCoreApplication::quit(); });
    if (!server.listen()) {
        printError(program, Text::tr("cannot listen on %1").arg(server.address));
        return 1;
    }
    std::fprintf(stdout, "%s\n", qUtf8Printable(server.listeningLine()));
    std::fflush(stdout);
    const int code = QCoreApplication::exec();
    std::fprintf(stderr, "%s\n",
        qUtf8Printable(Text::tr("stopped after %1 requests").arg(server.requestCount())));
    return code;
}
