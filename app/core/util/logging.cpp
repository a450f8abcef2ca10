#include "util/logging.h"

Q_LOGGING_CATEGORY(lcV2Http, "ttnmig.v2.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTtsHttp, "ttnmig.tts.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "ttnmig.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEmulator, "ttnmig.emulator", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "ttnmig.ui", QtWarningMsg)
