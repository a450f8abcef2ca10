#include "tts/ttsrategate.h"

#include <algorithm>

TtsRateGate::TtsRateGate()
{
    m_clock.start();
}

qint64 TtsRateGate::waitMs() const
{
    return std::max<qint64>(0, m_openAtMs - m_clock.elapsed());
}

void TtsRateGate::pauseFor(qint64 ms)
{
    m_openAtMs = std::max(m_openAtMs, m_clock.elapsed() + std::max<qint64>(0, ms));
}

void TtsRateGate::noteHeaders(
    const QByteArray &limit, const QByteArray &available, const QByteArray &reset)
{
    bool limitOk = false;
    bool availableOk = false;
    bool resetOk = false;
    const qint64 bucket = limit.trimmed().toLongLong(&limitOk);
    const qint64 left = available.trimmed().toLongLong(&availableOk);
    const qint64 resetSeconds = reset.trimmed().toLongLong(&resetOk);
    if (!limitOk || !availableOk || !resetOk || bucket <= 0 || left > 0 || resetSeconds <= 0)
        return;
    pauseFor(resetSeconds * 1000 / bucket);
}
