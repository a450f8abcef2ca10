#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcV2Http) // ttnmig.v2.http: one line per request
Q_DECLARE_LOGGING_CATEGORY(lcTtsHttp) // ttnmig.tts.http: one line per request to The Things Stack
Q_DECLARE_LOGGING_CATEGORY(lcExport) // ttnmig.export: per-device decisions
Q_DECLARE_LOGGING_CATEGORY(lcEmulator) // ttnmig.emulator
Q_DECLARE_LOGGING_CATEGORY(lcUi) // ttnmig.ui
