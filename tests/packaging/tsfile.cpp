#include "tsfile.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

bool TsMessage::isFinished() const
{
    if (!type.isEmpty() || translations.isEmpty())
        return false;
    for (const QString &form : translations) {
        if (form.isEmpty())
            return false;
    }
    return true;
}

QString TsMessage::label() const
{
    return context + u": \""_s + source + u'"'
        + (comment.isEmpty() ? QString() : u" ("_s + comment + u')');
}

namespace {
void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value(u"type"_s).toString();
    if (!message.numerus) {
        message.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform")
            message.translations << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source")
            message.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"comment")
            message.comment = xml.readElementText();
        else if (xml.name() == u"translation")
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}
} // namespace

bool TsFile::read(const QString &path, TsFile *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        *error = path + u": not a .ts file"_s;
        return false;
    }
    out->language = xml.attributes().value(u"language"_s).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                out->messages << readMessage(xml, context);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}
