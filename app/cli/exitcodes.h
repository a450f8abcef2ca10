#pragma once

#include "job/exportsummary.h"

// cli.md's exit codes, the same for every command (export, restore-app-keys, tts import,
// tts status), named for what they tell a script.
namespace ExitCode {
constexpr int Success = 0; // everything asked for was done
constexpr int Failure = 1; // nothing could be done (key, rights, network, unknown application)
constexpr int UsageError = 2; // bad flags or input file: nothing was sent
constexpr int Partial = 3; // finished, but some devices were not done (each listed)
// 128 + the signal's number, what shells expect: 130 for Ctrl-C. InterruptWatcher hands the
// runners the number for the signal it saw (143 for SIGTERM).
constexpr int Interrupted = 130;

inline int forSummary(const ExportSummary &summary)
{
    if (summary.fatal.isError() || summary.canceled)
        return Failure;
    return summary.completeSuccess() ? Success : Partial;
}
} // namespace ExitCode
