#include "stderrcapture.h"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

StderrCapture::StderrCapture()
{
    char name[] = "/tmp/ttnmig-stderr-XXXXXX";
    m_fileFd = ::mkstemp(name);
    if (m_fileFd < 0)
        return;
    ::unlink(name);
    std::fflush(stderr);
    m_savedFd = ::dup(2);
    ::dup2(m_fileFd, 2);
}

StderrCapture::~StderrCapture()
{
    take();
}

QByteArray StderrCapture::take()
{
    if (m_savedFd < 0)
        return {};
    std::fflush(stderr);
    ::dup2(m_savedFd, 2);
    ::close(m_savedFd);
    m_savedFd = -1;
    QByteArray text;
    ::lseek(m_fileFd, 0, SEEK_SET);
    char buffer[4096];
    for (ssize_t n; (n = ::read(m_fileFd, buffer, sizeof buffer)) > 0;)
        text.append(buffer, qsizetype(n));
    ::close(m_fileFd);
    m_fileFd = -1;
    return text;
}
