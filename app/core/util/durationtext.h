#pragma once

#include <QString>

// A duration as people read it in a progress line or a warning: rounded to what matters at
// that size ("40 s", "12 min", "2 h 47 min"), translated. Estimates are rough, so they are
// never shown to the second beyond the first minute.
namespace DurationText {
QString rough(qint64 ms);
}
