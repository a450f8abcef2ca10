#include "util/interruptwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalSockets[2] = { -1, -1 };

void onSignal(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_signalSockets[0], &byte, 1);
    // The next one is not ours to handle: a second Ctrl-C ends the program right away.
    std::signal(signalNumber, SIG_DFL);
}
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSockets) != 0)
        return;
    m_notifier = new QSocketNotifier(g_signalSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    // The terminal closed: stop as on Ctrl-C (roll back the devices in flight) rather than
    // die between two calls. Under nohup (SIGHUP ignored) it stays ignored.
    struct sigaction previous = {};
    if (sigaction(SIGHUP, nullptr, &previous) == 0 && previous.sa_handler != SIG_IGN) {
        m_watchesHangup = true;
        sigaction(SIGHUP, &action, nullptr);
    }
}

InterruptWatcher::~InterruptWatcher()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (m_watchesHangup)
        std::signal(SIGHUP, SIG_DFL);
}

void InterruptWatcher::readSignal()
{
    unsigned char byte = 0;
    if (::read(g_signalSockets[1], &byte, 1) == 1)
        emit interrupted(128 + byte);
}
#else
InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
}
InterruptWatcher::~InterruptWatcher() = default;
void InterruptWatcher::readSignal() { }
#endif
