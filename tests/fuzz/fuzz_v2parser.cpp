// libFuzzer entry: feeds arbitrary bytes to the v2 parser and the converter. Built only with
// -DTTNMIG_FUZZ=ON and clang; scripts/fuzz.sh runs it over tests/fuzz/corpus.
#include "fuzzcheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = FuzzCheck::run(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant violated: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
