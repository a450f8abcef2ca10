#include "http/httpthrottle.h"

#include <QElapsedTimer>
#include <memory>

HttpClock steadyHttpClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}
