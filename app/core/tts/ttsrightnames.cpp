#include "tts/ttsrightnames.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TtsRightNames)
};
} // namespace

QString TtsRightNames::label(const QString &right)
{
    // The labels of the Console's "Add API key" form (LS v3.32, pkg/webui … rights messages).
    if (right == u"RIGHT_APPLICATION_ALL"_s)
        return Text::tr("all application rights");
    if (right == u"RIGHT_APPLICATION_INFO"_s)
        return Text::tr("view application information");
    if (right == u"RIGHT_APPLICATION_SETTINGS_BASIC"_s)
        return Text::tr("edit basic application settings");
    if (right == u"RIGHT_APPLICATION_DEVICES_READ"_s)
        return Text::tr("view devices in application");
    if (right == u"RIGHT_APPLICATION_DEVICES_WRITE"_s)
        return Text::tr("create devices in application");
    if (right == u"RIGHT_APPLICATION_DEVICES_READ_KEYS"_s)
        return Text::tr("view device keys in application");
    if (right == u"RIGHT_APPLICATION_DEVICES_WRITE_KEYS"_s)
        return Text::tr("edit device keys in application");
    if (right == u"RIGHT_APPLICATION_TRAFFIC_READ"_s)
        return Text::tr("read application traffic");
    QString word = right;
    word.remove(u"RIGHT_APPLICATION_"_s);
    return word.toLower().replace(u'_', u' ');
}

QString TtsRightNames::list(const QStringList &rights)
{
    QStringList labels;
    for (const QString &right : rights)
        labels << label(right);
    return QLocale().createSeparatedList(labels);
}
