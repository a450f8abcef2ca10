#include "formatters/sourceformatterreader.h"

#include "formatters/formatterconverter.h"
#include "formatters/ttsformatterreader.h"
#include "formatters/v2formatterreader.h"

namespace {

// The two readers answer in their own error types; what the faces need is the same.
template <typename Read>
SourceFormatterRead fromReader(const Read &read, bool canceled, FormatterPlan plan)
{
    SourceFormatterRead result;
    result.canceled = canceled;
    result.read = read.read && !canceled;
    result.missingRight = read.missingRight;
    result.notRead = read.notRead;
    if (result.read)
        result.plan = std::move(plan);
    return result;
}

} // namespace

SourceFormatterReader::SourceFormatterReader(const ExportRequest &request, QObject *parent)
    : QObject(parent)
{
    switch (request.source) {
    case ExportSource::Ttnv2: {
        auto *reader = new V2FormatterReader(request.connection, this);
        const QString appId = request.connection.appId;
        m_start = [reader] { reader->start(); };
        m_cancel = [reader] { reader->cancel(); };
        connect(
            reader, &V2FormatterReader::requestLogged, this, &SourceFormatterReader::requestLogged);
        connect(
            reader, &V2FormatterReader::finished, this, [this, appId](const V2FormatterRead &r) {
                const bool canceled = r.error.kind == V2ErrorKind::Canceled;
                emit finished(fromReader(r, canceled,
                    r.read ? FormatterConverter::fromV2(appId, r.formatters) : FormatterPlan()));
            });
        return;
    }
    case ExportSource::Tts: {
        auto *reader = new TtsFormatterReader(request.ttsSource, this);
        const QString appId = request.ttsSource.applicationId;
        m_start = [reader] { reader->start(); };
        m_cancel = [reader] { reader->cancel(); };
        connect(reader, &TtsFormatterReader::requestLogged, this,
            &SourceFormatterReader::requestLogged);
        connect(
            reader, &TtsFormatterReader::finished, this, [this, appId](const TtsFormatterRead &r) {
                const bool canceled = r.error.kind == TtsErrorKind::Canceled;
                emit finished(fromReader(r, canceled,
                    r.read ? FormatterConverter::fromTts(appId, r.formatters) : FormatterPlan()));
            });
        return;
    }
    case ExportSource::ChirpStack:
        break;
    }
    // Nothing to read: answer "canceled" on the next turn of the event loop, as a reader would.
    m_start = [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                SourceFormatterRead none;
                none.canceled = true;
                emit finished(none);
            },
            Qt::QueuedConnection);
    };
    m_cancel = [] {};
}

bool SourceFormatterReader::supports(ExportSource source)
{
    return source == ExportSource::Ttnv2 || source == ExportSource::Tts;
}

void SourceFormatterReader::start()
{
    m_start();
}

void SourceFormatterReader::cancel()
{
    m_cancel();
}
