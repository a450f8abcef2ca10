#pragma once

#include "job/exportsummary.h"

// cli.md's exit codes.
namespace ExitCode {
constexpr int AllExported = 0;
constexpr int Fatal = 1;
constexpr int Usage = 2;
constexpr int SomeNotExported = 3;
constexpr int Interrupted = 130; // 128 + SIGINT, what shells expect

inline int forSummary(const ExportSummary &summary)
{
    if (summary.fatal.isError() || summary.canceled)
        return Fatal;
    return summary.completeSuccess() ? AllExported : SomeNotExported;
}
} // namespace ExitCode
