#include "convert/deviceoutcome.h"

using namespace Qt::StringLiterals;

// These names are stable tokens (CLI --verbose output, logs, tests), so they are not translated;
// the UI translates its own labels.
QString activationName(Activation activation)
{
    switch (activation) {
    case Activation::Otaa:
        return u"OTAA"_s;
    case Activation::Abp:
        return u"ABP"_s;
    case Activation::Template:
        return u"template"_s;
    case Activation::Unusable:
        return u"unusable"_s;
    case Activation::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString outcomeStatusName(OutcomeStatus status)
{
    switch (status) {
    case OutcomeStatus::Exported:
        return u"exported"_s;
    case OutcomeStatus::Skipped:
        return u"skipped"_s;
    case OutcomeStatus::Failed:
        break;
    }
    return u"failed"_s;
}
