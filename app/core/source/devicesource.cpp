#include "source/devicesource.h"

#include <QTimer>

DeviceSource::DeviceSource(QObject *parent)
    : QObject(parent)
{
}

DeviceSource::~DeviceSource() = default;

void DeviceSource::listApplications()
{
    // Answered from the event loop like every other call, so callers connect first.
    QTimer::singleShot(0, this, [this] {
        emit applicationsListed({},
            SourceError::unsupported(
                tr("%1 cannot list applications with this key; enter the application ID.")
                    .arg(displayName())));
    });
}
