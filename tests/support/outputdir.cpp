#include "outputdir.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

const QByteArray OutputDir::previousContent = "{\"ids\":{\"device_id\":\"previous-run\"}}\n";

OutputDir::OutputDir()
{
    QFile file(target());
    if (file.open(QIODevice::WriteOnly))
        file.write(previousContent);
}

QString OutputDir::target() const
{
    return m_dir.filePath(u"devices.json"_s);
}

QStringList OutputDir::entries() const
{
    return QDir(m_dir.path())
        .entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray OutputDir::targetContent() const
{
    QFile file(target());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QString OutputDir::untouched() const
{
    if (targetContent() != previousContent)
        return u"the previous devices.json changed"_s;
    if (entries() != QStringList { u"devices.json"_s })
        return u"stray files left: "_s + entries().join(u", "_s);
    return QString();
}
