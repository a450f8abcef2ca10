#include "clierrortext.h"

#include "cliflags.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliErrorText)
};

// A v2 flag as the migration guide spells it ("--ttnv2.ca-cert"), from the flag table.
QString v2Flag(const QString &name)
{
    return CliFlags::spelled(name, CliForm::Source);
}

// The tts commands' flags (app/cli/ttscommand.cpp).
const QString kTtsAddress
    = u"--tts.address / --tts.cluster-address (TTS_ADDRESS / TTS_CLUSTER_ADDRESS)"_s;
const QString kTtsApplicationId = u"--tts.application-id (TTS_APPLICATION_ID)"_s;
const QString kTtsApiKey = u"--tts.api-key (TTS_API_KEY)"_s;

// A flag of the tts source with its variable, from its table: "--tts.app-api-key
// (TTS_APP_API_KEY)".
QString sourceFlag(const QString &name)
{
    const CliFlag *flag = CliFlags::find(name, CliFlags::ttsSource());
    Q_ASSERT(flag);
    return flag->envVar.isEmpty() ? u"--"_s + name : u"--%1 (%2)"_s.arg(name, flag->envVar);
}

QString sourceAddress()
{
    return sourceFlag(u"tts.source-address"_s);
}

} // namespace

QStringList CliErrorText::flags(Setting setting)
{
    switch (setting) {
    case Setting::V2Location:
        return { v2Flag(u"handler-address"_s), v2Flag(u"discovery-server-address"_s) };
    case Setting::V2HandlerAddress:
        return { v2Flag(u"handler-address"_s) };
    case Setting::V2DiscoveryAddress:
        return { v2Flag(u"discovery-server-address"_s) };
    case Setting::V2CaFile:
        return { v2Flag(u"ca-cert"_s) };
    case Setting::TtsServerAddress:
        return { u"--tts.address"_s, u"--tts.cluster-address"_s };
    case Setting::TtsApplicationId:
        return { u"--tts.application-id"_s };
    case Setting::TtsApiKey:
        return { u"--tts.api-key"_s };
    case Setting::TtsSourceAddress:
        return { u"--tts.source-address"_s, u"--tts.default-grpc-address"_s };
    case Setting::TtsSourceApplicationId:
        return { u"--tts.app-id"_s };
    case Setting::TtsSourceApiKey:
        return { u"--tts.app-api-key"_s };
    case Setting::ChirpStackApiUrl:
        return { u"--chirpstack.api-url"_s };
    case Setting::ChirpStackApiKey:
        return { u"--chirpstack.api-key"_s };
    case Setting::ChirpStackCaCert:
        return { u"--chirpstack.ca-cert-path"_s };
    case Setting::ChirpStackTenantId:
        return { u"--chirpstack.tenant-id"_s };
    }
    return {};
}

QString CliErrorText::advice(SettingFix fix)
{
    switch (fix) {
    case SettingFix::None:
        return QString();
    case SettingFix::GiveV2Location:
        return Text::tr("Give the handler's address with %1 or a discovery server with %2.")
            .arg(v2Flag(u"handler-address"_s), v2Flag(u"discovery-server-address"_s));
    case SettingFix::LeaveRetiredV2Server:
        return Text::tr("Give the private v2 deployment that holds your devices with %1 or %2.")
            .arg(v2Flag(u"handler-address"_s), v2Flag(u"discovery-server-address"_s));
    case SettingFix::CheckDiscoveryAddress:
        return Text::tr("Check the address and port (%1).")
            .arg(v2Flag(u"discovery-server-address"_s));
    case SettingFix::GiveAnnouncingHandler:
        return Text::tr("Check the application ID, or give the handler's address with %1.")
            .arg(v2Flag(u"handler-address"_s));
    case SettingFix::GiveRegionHandler:
        return Text::tr("Check the application ID, or give the handler of the application's "
                        "region with %1.")
            .arg(v2Flag(u"handler-address"_s));
    case SettingFix::GiveReadableCaFile:
        return Text::tr("Give a readable PEM file with %1.").arg(v2Flag(u"ca-cert"_s));
    case SettingFix::GivePrivateCa:
        return Text::tr("If the server uses a private certificate authority, give its "
                        "certificate with %1.")
            .arg(v2Flag(u"ca-cert"_s));
    case SettingFix::CheckTtsAddress:
        return Text::tr("Check the address in %1.").arg(kTtsAddress);
    case SettingFix::CheckTtsAddressIsTts:
        return Text::tr("Check that %1 point to The Things Stack.").arg(kTtsAddress);
    case SettingFix::CheckTtsApiKey:
        return Text::tr("Check %1.").arg(kTtsApiKey);
    case SettingFix::CheckTtsApplicationAndKey:
        return Text::tr("Check %1 and %2.").arg(kTtsApplicationId, kTtsApiKey);
    case SettingFix::UseTtsKeyWithRights:
        return Text::tr("Give the key these rights in the Console, or use another key in %1.")
            .arg(kTtsApiKey);
    case SettingFix::CheckTtsSourceAddress:
        return Text::tr("Check the source address in %1.").arg(sourceAddress());
    case SettingFix::CheckTtsSourceAddressIsTts:
        return Text::tr("Check that %1 points to The Things Stack.").arg(sourceAddress());
    case SettingFix::CheckTtsSourceApiKey:
        return Text::tr("Check %1.").arg(sourceFlag(u"tts.app-api-key"_s));
    case SettingFix::CheckTtsSourceApplicationAndKey:
        return Text::tr("Check %1 and %2.")
            .arg(sourceFlag(u"tts.app-id"_s), sourceFlag(u"tts.app-api-key"_s));
    case SettingFix::UseTtsSourceKeyWithRights:
        return Text::tr("Give the key these rights in the Console, or use another key in %1.")
            .arg(sourceFlag(u"tts.app-api-key"_s));
    case SettingFix::CheckChirpStackAddress:
        return Text::tr("Check the host and port of ChirpStack's API in %1.")
            .arg(u"--chirpstack.api-url"_s);
    case SettingFix::CheckChirpStackTls:
        return Text::tr("ChirpStack itself speaks plaintext: add %1 (or give %2 as "
                        "http://HOST:PORT); behind a TLS proxy with a private certificate "
                        "authority, give its certificate with %3.")
            .arg(u"--chirpstack.insecure"_s, u"--chirpstack.api-url"_s,
                u"--chirpstack.ca-cert-path"_s);
    case SettingFix::CheckChirpStackApiKey:
        return Text::tr("Check the key in %1 (an admin key, or a key of the tenant that holds "
                        "the application), and the application ID or DevEUI.")
            .arg(u"--chirpstack.api-key (CHIRPSTACK_API_KEY)"_s);
    case SettingFix::GiveChirpStackTenantId:
        return Text::tr("With a tenant key, give the tenant's ID with %1 (the UUID in the web "
                        "interface's address).")
            .arg(u"--chirpstack.tenant-id"_s);
    case SettingFix::UseChirpStackTls:
        return Text::tr("The server closed the connection at once, as a TLS reverse proxy does "
                        "with plaintext: leave out %1 and give %2 as HOST:PORT, without "
                        "http://.")
            .arg(u"--chirpstack.insecure"_s, u"--chirpstack.api-url"_s);
    }
    return QString();
}

QString CliErrorText::withAdvice(const QString &problem, SettingFix fix)
{
    const QString what = advice(fix);
    return what.isEmpty() || problem.isEmpty() ? problem : problem + u' ' + what;
}

QString CliErrorText::sentence(const V2Error &error)
{
    return withAdvice(error.message, error.fix);
}
