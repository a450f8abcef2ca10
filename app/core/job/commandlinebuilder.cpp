#include "job/commandlinebuilder.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isShellSafe(const QString &value)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    return safe.match(value).hasMatch();
}

// POSIX shell word for `value`: bare when nothing in it is special, otherwise single quotes
// (inside which only the quote itself needs care).
QString shellWord(const QString &value)
{
    if (isShellSafe(value))
        return value;
    QString quoted = value;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

// The guide writes IDs in double quotes ("ttn-v2-application-ID"); keep that look when it is
// safe, fall back to single quotes for anything unusual.
QString idWord(const QString &id)
{
    return isShellSafe(id) ? u'"' + id + u'"' : shellWord(id);
}

QString urlText(const QUrl &url)
{
    // Never carry user:password from an address into a copied command.
    return url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded);
}

} // namespace

bool CommandLineBuilder::readsIdsFile(const ExportRequest &request, const QString &deviceIdsFile)
{
    return request.scope == ExportScope::DeviceList && deviceIdsFile.isEmpty()
        && request.deviceIds.size() > kMaxIdsAsArguments;
}

QString CommandLineBuilder::build(const ExportRequest &request, const QString &outputPath,
    const QString &deviceIdsFile, const Extras &extras)
{
    const V2Connection &c = request.connection;
    const bool tts = request.source == ExportSource::Tts;
    const bool chirpStack = request.source == ExportSource::ChirpStack;
    const ChirpStackSettings &cs = request.chirpstackSource;
    const QString appId = request.sourceApplicationId();
    QStringList words;
    if (chirpStack)
        words << u"CHIRPSTACK_API_KEY=\"<your API key>\""_s;
    else
        words << (tts ? u"TTS_APP_API_KEY=\"<your API key>\""_s
                      : u"TTNV2_APP_ACCESS_KEY=\"<your access key>\""_s);
    words << u"ttn-lw-migrate"_s;

    const bool application = request.scope == ExportScope::Application;
    const bool single = request.scope == ExportScope::SingleDevice && !request.deviceIds.isEmpty();
    if (tts || chirpStack)
        words << (tts ? u"tts"_s : u"chirpstack"_s)
              << (application ? u"application"_s : u"device"_s);
    else
        words << (application ? u"application"_s : u"device"_s) << u"--source"_s << u"ttnv2"_s;
    const bool listAsArguments = request.scope == ExportScope::DeviceList && deviceIdsFile.isEmpty()
        && !readsIdsFile(request, deviceIdsFile);
    if (application)
        words << idWord(appId);
    else if (single)
        words << idWord(request.deviceIds.constFirst());
    else if (listAsArguments)
        for (const QString &id : request.deviceIds)
            words << idWord(id);
    if (!application && !chirpStack) // ChirpStack finds a device by its DevEUI alone
        words << (tts ? u"--tts.app-id"_s : u"--ttnv2.app-id"_s) << shellWord(appId);

    if (chirpStack) {
        // The official spellings (chirpstack-source.md); the plan is the profile's region's.
        words << u"--chirpstack.api-url"_s << shellWord(cs.connection.apiUrl.trimmed());
        if (cs.connection.insecure)
            words << u"--chirpstack.insecure"_s;
        if (!cs.connection.caCertPath.isEmpty())
            words << u"--chirpstack.ca-cert-path"_s << shellWord(cs.connection.caCertPath);
        if (!cs.connection.tenantId.isEmpty())
            words << u"--chirpstack.tenant-id"_s << shellWord(cs.connection.tenantId);
        if (!cs.frequencyPlanId.isEmpty())
            words << u"--chirpstack.frequency-plan-id"_s << shellWord(cs.frequencyPlanId);
        if (request.options.withSession)
            words << u"--chirpstack.export-session"_s;
    } else if (tts) {
        // Each device keeps its own frequency plan; without session is the source's default.
        words << u"--tts.source-address"_s
              << shellWord(urlText(request.ttsSource.identityServerUrl));
        if (request.options.withSession)
            words << u"--tts.with-session"_s;
    } else {
        words << u"--ttnv2.frequency-plan-id"_s << shellWord(request.options.frequencyPlanId);
        words << (request.options.withSession ? u"--ttnv2.with-session=true"_s
                                              : u"--ttnv2.with-session=false"_s);
        // A direct handler address wins over discovery, in the CLI as in the export.
        if (c.handlerUrl.isValid() && !c.handlerUrl.isEmpty())
            words << u"--ttnv2.handler-address"_s << shellWord(urlText(c.handlerUrl));
        else if (c.discoveryUrl.isValid() && !c.discoveryUrl.isEmpty())
            words << u"--ttnv2.discovery-server-address"_s << shellWord(urlText(c.discoveryUrl));
        if (!c.caCertPath.isEmpty())
            words << u"--ttnv2.ca-cert"_s << shellWord(c.caCertPath);
    }
    if (!request.options.devIdPrefix.isEmpty())
        words << u"--dev-id-prefix"_s << shellWord(request.options.devIdPrefix);
    if (request.options.dropInvalidAttributes)
        words << u"--drop-invalid-attributes"_s;
    if (!extras.devIdMapFile.isEmpty())
        words << u"--dev-id-map"_s << shellWord(extras.devIdMapFile);
    if (extras.split && !outputPath.isEmpty())
        words << u"--split"_s;

    if (!outputPath.isEmpty())
        words << u"-o"_s << shellWord(outputPath);
    if (!application && !single && !listAsArguments)
        words << u"<"_s
              << (deviceIdsFile.isEmpty() ? u"device_ids.txt"_s : shellWord(deviceIdsFile));
    if (outputPath.isEmpty())
        words << u">"_s << u"devices.json"_s;
    return words.join(u' ');
}
