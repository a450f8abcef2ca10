#include "cliflags.h"

using namespace Qt::StringLiterals;

namespace {
const QString kPrefix = u"ttnv2."_s;

QString unprefixedName(const QString &spelledName)
{
    return spelledName.startsWith(kPrefix) ? spelledName.mid(kPrefix.size()) : spelledName;
}
} // namespace

const QList<CliFlag> &CliFlags::all()
{
    static const QList<CliFlag> flags = {
        { u"app-id"_s, u"ID"_s, u"TTNV2_APP_ID"_s, true, false, false },
        { u"app-access-key"_s, u"KEY"_s, u"TTNV2_APP_ACCESS_KEY"_s, true, false, false },
        { u"frequency-plan-id"_s, u"ID"_s, u"FREQUENCY_PLAN_ID"_s, true, false, false },
        { u"with-session"_s, QString(), u"TTNV2_WITH_SESSION"_s, true, true, false },
        { u"handler-address"_s, u"URL"_s, u"TTNV2_HANDLER_ADDRESS"_s, true, false, false },
        { u"discovery-server-address"_s, u"URL"_s, u"TTNV2_DISCOVERY_SERVER_ADDRESS"_s, true, false,
            false },
        { u"ca-cert"_s, u"FILE"_s, u"TTNV2_CA_CERT"_s, true, false, false },
        // An explicit step that writes to v2: deliberately no environment variable.
        { u"change-app-key"_s, QString(), QString(), true, true, false },
        { u"requests-per-second"_s, u"N"_s, QString(), true, false, true },
        { u"timeout"_s, u"DURATION"_s, QString(), true, false, true },
        { u"dev-id-prefix"_s, u"PREFIX"_s, QString(), false, false, false },
        { u"dev-id-map"_s, u"FILE"_s, QString(), false, false, false },
        { u"drop-invalid-attributes"_s, QString(), QString(), false, true, false },
        { u"split"_s, QString(), QString(), false, true, false },
        { u"split-size"_s, u"MIB"_s, QString(), false, false, false },
        { u"dry-run"_s, QString(), QString(), false, true, false },
        { u"verbose"_s, QString(), QString(), false, true, false },
    };
    return flags;
}

const CliFlag *CliFlags::find(const QString &name)
{
    for (const CliFlag &flag : all()) {
        if (flag.name == name)
            return &flag;
    }
    return nullptr;
}

bool CliFlags::isBoolName(const QString &spelledName)
{
    const CliFlag *flag = find(unprefixedName(spelledName));
    return flag && flag->isBool;
}

bool CliFlags::takesValue(const QString &spelledName)
{
    if (spelledName == u"o" || spelledName == u"output" || spelledName == u"source")
        return true;
    const CliFlag *flag = find(unprefixedName(spelledName));
    return flag && !flag->isBool;
}

QString CliFlags::spelled(const QString &name, CliForm form)
{
    const CliFlag *flag = find(name);
    if (flag && flag->sourceScoped && form == CliForm::Source)
        return u"--"_s + kPrefix + name;
    return u"--"_s + name;
}

QString CliFlags::prefixed(const QString &name)
{
    return kPrefix + name;
}
