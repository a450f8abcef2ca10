#include "coldstart.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

qint64 measureColdStartMs(const QString &tourPath, QString *error)
{
    QProcess wizard;
    QTemporaryDir config; // the wizard must neither read nor change the user's settings
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    if (!environment.contains(u"QT_QPA_PLATFORM"_s) && !environment.contains(u"DISPLAY"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    wizard.setProcessEnvironment(environment);
    wizard.setProcessChannelMode(QProcess::SeparateChannels);

    QElapsedTimer clock;
    clock.start();
    wizard.start(tourPath, { u"--first-paint"_s });
    if (!wizard.waitForStarted(5000)) {
        *error = u"cannot start %1: %2"_s.arg(tourPath, wizard.errorString());
        return -1;
    }
    QByteArray output;
    while (clock.elapsed() < 20000) {
        if (wizard.canReadLine() || wizard.waitForReadyRead(100)) {
            while (wizard.canReadLine()) {
                const QByteArray line = wizard.readLine();
                if (line.startsWith("first-paint")) {
                    const qint64 elapsed = clock.elapsed();
                    wizard.waitForFinished(5000);
                    return elapsed;
                }
            }
        }
        if (wizard.state() == QProcess::NotRunning)
            break;
    }
    *error = u"the wizard never reported its first paint"_s;
    wizard.kill();
    wizard.waitForFinished(2000);
    return -1;
}
