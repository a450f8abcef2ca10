#include "util/translations.h"

// Filled in by the translations work (issue 7); until then English only.
void Translations::install() { }
