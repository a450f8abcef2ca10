#pragma once

#include <QString>
#include <functional>
#include <optional>

class QCommandLineParser;

// What the two emulator programs (ttnv2-emulator, tts-emulator) do the same way around their
// own servers: read numeric flags, report errors on stderr, and serve until SIGINT/SIGTERM
// with exactly one "listening" line on stdout (tests and the wizard's --demo read it).
namespace EmulatorProgram {

// Names the application and installs the translations, before the options are parsed so
// that --help and every error speak the user's language.
void initialize(const QString &program);

// What a parsed command line means before any server starts: std::nullopt to go on, or the
// exit code (0 after --help/--version, 2 after a usage error, which is printed).
template <typename Parse>
std::optional<int> exitBeforeStart(const QString &program, const Parse &parsed);

// The demo's published key, on stderr for the person who started the emulator.
void announceDemo(const QString &text);

// Loads `path` (nothing when empty) with `load`; false, the error printed, when it fails.
bool loadDataFile(const QString &program, const QString &path,
    const std::function<bool(const QString &, QString *)> &load);

// Reads an optional flag into `out`; false with `error` set when it is not a number in range.
bool readInt(
    const QCommandLineParser &parser, const QString &name, int minimum, int *out, QString *error);
bool readDouble(const QCommandLineParser &parser, const QString &name, double maximum, double *out,
    QString *error);

// "<program>: <message>" on stderr.
void printError(const QString &program, const QString &message);
// A usage error and the hint to --help; returns the exit code 2.
int usageError(const QString &program, const QString &message);

struct Server
{
    std::function<bool()> listen; // binds the server; false when the address is taken
    QString address; // for the error when listen() fails, e.g. "127.0.0.1 port 8080"
    std::function<QString()> listeningLine; // printed once on stdout, after listen()
    std::function<int()> requestCount; // reported on stderr when stopped
};

// Listens, prints the line and runs the event loop until SIGINT/SIGTERM; the exit code.
int serve(const QString &program, const Server &server);

template <typename Parse>
std::optional<int> exitBeforeStart(const QString &program, const Parse &parsed)
{
    if (parsed.exitNow)
        return 0;
    if (!parsed.error.isEmpty())
        return usageError(program, parsed.error);
    return std::nullopt;
}

} // namespace EmulatorProgram
