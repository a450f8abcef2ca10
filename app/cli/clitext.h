#pragma once

#include <QCoreApplication>

// The command line's sentences share one translation context, "Cli" (lupdate reads it from the
// macro), so a translator sees them together whichever file words them.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
