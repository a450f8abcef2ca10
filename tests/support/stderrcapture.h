#pragma once

#include <QByteArray>

// Sends this process's stderr (file descriptor 2) to a temporary file until take(), so a test
// can read exactly what the product's message handler printed.
class StderrCapture
{
public:
    StderrCapture();
    ~StderrCapture();
    QByteArray take(); // restores stderr and returns what was written meanwhile

private:
    int m_savedFd = -1;
    int m_fileFd = -1;
};
