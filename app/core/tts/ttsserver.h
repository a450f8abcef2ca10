#pragma once

#include <QString>

// The four servers of one The Things Stack deployment (tts-import.md §1). Each keeps its own
// record of a device (the Join Server only for devices that join). The Identity Server has its
// own base URL; the other three share the cluster's and answer under /api/v3/<segment>/.
enum class TtsServer { Identity, Join, Network, Application };

QString ttsServerName(TtsServer server); // "IS", "JS", "NS", "AS" (log lines)
// "js", "ns", "as" in the device registry paths; empty for the Identity Server.
QString ttsServerPathSegment(TtsServer server);
