// Built when the wizard is disabled (TTNMIG_BUILD_WIZARD=OFF): the GUI benchmark cannot run.
#include <cstdio>

int runGuiBench(int, char **)
{
    std::fprintf(stderr, "ttnmig-bench gui: built without the wizard (TTNMIG_BUILD_WIZARD=OFF)\n");
    return 2;
}
