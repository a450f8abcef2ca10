#include "widgets/filedialogprovider.h"

#include "settings/wizardsettings.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <optional>

namespace {
std::optional<QString> &nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

QString &lastStart()
{
    static QString path;
    return path;
}
} // namespace

QString FileDialogProvider::getSaveFileName(
    QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    QString answer;
    if (takeNext(&answer, path))
        return answer;
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QString FileDialogProvider::getOpenFileName(
    QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString answer;
    if (takeNext(&answer, dir))
        return answer;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

void FileDialogProvider::setNextFileName(const QString &fileName)
{
    nextAnswer() = fileName;
}

bool FileDialogProvider::hasNextFileName()
{
    return nextAnswer().has_value();
}

QString FileDialogProvider::lastStartPath()
{
    return lastStart();
}

bool FileDialogProvider::takeNext(QString *fileName, const QString &startPath)
{
    lastStart() = startPath;
    auto &answer = nextAnswer();
    if (!answer)
        return false;
    *fileName = *answer;
    answer.reset();
    return true;
}

QString FileDialogProvider::getCaCertificate(QWidget *parent, const QString &current)
{
    // Where the current file is, else the folder the user last used (never the working folder).
    const QString start = current.isEmpty() ? WizardSettings::instance().lastFolder() : current;
    return getOpenFileName(parent,
        QCoreApplication::translate("ConnectPage", "Choose a CA certificate"), start,
        QCoreApplication::translate(
            "ConnectPage", "PEM certificates (*.pem *.crt *.cer);;All files (*)"));
}
