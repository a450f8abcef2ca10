#include "validation/wizarderrortext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WizardErrorText)
};

// ConnectPage's labels.
QString whereV2Runs()
{
    return Text::tr("Where v2 runs");
}

QString handlerUrl()
{
    return Text::tr("Handler URL");
}

QString discoveryServerUrl()
{
    return Text::tr("Discovery server URL");
}

QString caCertificate()
{
    return Text::tr("CA certificate");
}

// TtsConnectionForm's labels.
QString whereTtsRuns()
{
    return Text::tr("Where The Things Stack runs");
}

QString identityServer()
{
    return Text::tr("Identity Server");
}

QString cluster()
{
    return Text::tr("Cluster");
}

QString applicationId()
{
    return Text::tr("Application ID");
}

QString apiKey()
{
    return Text::tr("API key");
}

} // namespace

QStringList WizardErrorText::labels(Setting setting)
{
    switch (setting) {
    case Setting::V2Location:
        return { whereV2Runs(), handlerUrl(), discoveryServerUrl() };
    case Setting::V2HandlerAddress:
        return { whereV2Runs(), handlerUrl() };
    case Setting::V2DiscoveryAddress:
        return { whereV2Runs(), discoveryServerUrl() };
    case Setting::V2CaFile:
        return { caCertificate() };
    // The tts source's connect page has the same connection form as the target's.
    case Setting::TtsServerAddress:
    case Setting::TtsSourceAddress:
        return { whereTtsRuns(), identityServer(), cluster() };
    case Setting::TtsApplicationId:
    case Setting::TtsSourceApplicationId:
        return { applicationId() };
    case Setting::TtsApiKey:
    case Setting::TtsSourceApiKey:
        return { apiKey() };
    // ChirpStackConnectionForm's labels (the connect page's ChirpStack v4 source).
    case Setting::ChirpStackApiUrl:
        return { Text::tr("ChirpStack server") };
    case Setting::ChirpStackApiKey:
        return { apiKey() };
    case Setting::ChirpStackCaCert:
        return { caCertificate() };
    case Setting::ChirpStackTenantId:
        return { Text::tr("Tenant ID") };
    }
    return {};
}

QString WizardErrorText::advice(SettingFix fix)
{
    switch (fix) {
    case SettingFix::None:
        return QString();
    case SettingFix::GiveV2Location:
        return Text::tr("Choose where v2 runs under “%1” and enter the address.")
            .arg(whereV2Runs());
    case SettingFix::LeaveRetiredV2Server:
        return Text::tr("Under “%1”, choose the handler or discovery server of the private v2 "
                        "deployment that holds your devices.")
            .arg(whereV2Runs());
    case SettingFix::CheckDiscoveryAddress:
        return Text::tr("Check the address and port in “%1”.").arg(discoveryServerUrl());
    case SettingFix::GiveAnnouncingHandler:
        return Text::tr("Check the application ID, or choose the application's handler under "
                        "“%1”.")
            .arg(whereV2Runs());
    case SettingFix::GiveRegionHandler:
        return Text::tr("Check the application ID, or choose the handler of the application's "
                        "region under “%1”.")
            .arg(whereV2Runs());
    case SettingFix::GiveReadableCaFile:
        return Text::tr("Choose a readable PEM file in “%1”.").arg(caCertificate());
    case SettingFix::GivePrivateCa:
        return Text::tr("If the server uses a private certificate authority, choose its "
                        "certificate in “%1”.")
            .arg(caCertificate());
    case SettingFix::CheckTtsAddress:
    case SettingFix::CheckTtsSourceAddress:
        return Text::tr("Check the choice in “%1” and the “%2” and “%3” fields.")
            .arg(whereTtsRuns(), identityServer(), cluster());
    case SettingFix::CheckTtsAddressIsTts:
    case SettingFix::CheckTtsSourceAddressIsTts:
        return Text::tr("Check that the “%1” and “%2” fields point to The Things Stack.")
            .arg(identityServer(), cluster());
    case SettingFix::CheckTtsApiKey:
    case SettingFix::CheckTtsSourceApiKey:
        return Text::tr("Check the “%1” field.").arg(apiKey());
    case SettingFix::CheckTtsApplicationAndKey:
    case SettingFix::CheckTtsSourceApplicationAndKey:
        return Text::tr("Check the “%1” field and the “%2” field.").arg(applicationId(), apiKey());
    case SettingFix::UseTtsKeyWithRights:
    case SettingFix::UseTtsSourceKeyWithRights:
        return Text::tr("Give the key these rights in the Console, or use another key in the "
                        "“%1” field.")
            .arg(apiKey());
    case SettingFix::CheckChirpStackAddress:
        return Text::tr("Check the host and port of ChirpStack's API in “%1”.")
            .arg(Text::tr("ChirpStack server"));
    case SettingFix::CheckChirpStackTls:
        return Text::tr("ChirpStack itself speaks plaintext: check the address in “%1” and turn "
                        "TLS off, or choose the certificate of a private certificate authority "
                        "in “%2”.")
            .arg(Text::tr("ChirpStack server"), caCertificate());
    case SettingFix::CheckChirpStackApiKey:
        return Text::tr("Check the “%1” field (an admin key, or a key of the tenant that holds "
                        "the application), and the application or DevEUI.")
            .arg(apiKey());
    case SettingFix::GiveChirpStackTenantId:
        return Text::tr("With a tenant key, enter the tenant's ID in “%1”.")
            .arg(Text::tr("Tenant ID"));
    case SettingFix::UseChirpStackTls:
        return Text::tr("The server closed the connection at once, as a TLS reverse proxy does "
                        "with plaintext: turn TLS on, and check the port in “%1”.")
            .arg(Text::tr("ChirpStack server"));
    }
    return QString();
}

QString WizardErrorText::withAdvice(const QString &problem, SettingFix fix)
{
    const QString what = advice(fix);
    return what.isEmpty() || problem.isEmpty() ? problem : problem + u' ' + what;
}

QString WizardErrorText::sentence(const V2Error &error)
{
    return withAdvice(error.message, error.fix);
}

QString WizardErrorText::sentence(const SourceError &error)
{
    return withAdvice(error.message, error.fix);
}
