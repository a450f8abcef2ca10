#pragma once

// Loads the translations that match the user's locale (the program's own .qm files shipped
// as resources, plus Qt's) and installs them on the running application. Call it once in
// main() after the Q*Application exists and before any user-visible string is created.
namespace Translations {
void install();
}
