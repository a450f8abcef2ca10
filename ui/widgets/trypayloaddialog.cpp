#include "widgets/trypayloaddialog.h"

#include "jobs/formattertryjob.h"
#include "report/formattertext.h"
#include "widgets/inlinemessage.h"
#include "widgets/mnemonics.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QGroupBox *resultBox(const QString &title, QLabel *status, QPlainTextEdit *data, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    status->setWordWrap(true);
    status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    data->setReadOnly(true);
    data->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    data->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(status);
    layout->addWidget(data, 1);
    return box;
}
} // namespace

TryPayloadDialog::TryPayloadDialog(const FormatterPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_job(new FormatterTryJob(this))
    , m_payload(new QLineEdit(this))
    , m_fPort(new QSpinBox(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_payloadProblem(new QLabel(this))
    , m_v2Status(new QLabel(this))
    , m_v2Data(new QPlainTextEdit(this))
    , m_ttsStatus(new QLabel(this))
    , m_ttsData(new QPlainTextEdit(this))
    , m_verdict(new InlineMessage(this))
    , m_intro(new QLabel(this))
{
    setObjectName(u"tryPayloadDialog"_s);
    setWindowTitle(tr("Try a payload"));
    m_payload->setObjectName(u"tryPayloadEdit"_s);
    m_payload->setPlaceholderText(tr("e.g. 09 C4 32"));
    m_payload->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9A-Fa-f\\s]*"_s), m_payload));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fPort->setObjectName(u"tryFPortSpin"_s);
    m_fPort->setRange(1, kMaxFPort);
    m_fPort->setValue(1);
    m_run->setObjectName(u"tryRunButton"_s);
    m_run->setDefault(true);
    m_payloadProblem->setObjectName(u"tryPayloadProblem"_s);
    m_v2Status->setObjectName(u"tryV2Status"_s);
    m_v2Data->setObjectName(u"tryV2Result"_s);
    m_v2Data->setAccessibleName(tr("TTN v2 result"));
    m_ttsStatus->setObjectName(u"tryTtsStatus"_s);
    m_ttsData->setObjectName(u"tryTtsResult"_s);
    m_ttsData->setAccessibleName(tr("The Things Stack result"));
    m_verdict->setObjectName(u"tryVerdict"_s);

    m_intro->setWordWrap(true);

    auto *inputRow = new QHBoxLayout;
    auto *payloadLabel = new QLabel(tr("&Payload (hex):"), this);
    payloadLabel->setBuddy(m_payload);
    auto *portLabel = new QLabel(tr("&FPort:"), this);
    portLabel->setBuddy(m_fPort);
    inputRow->addWidget(payloadLabel);
    inputRow->addWidget(m_payload, 1);
    inputRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    inputRow->addWidget(portLabel);
    inputRow->addWidget(m_fPort);
    inputRow->addWidget(m_run);

    auto *results = new QHBoxLayout;
    m_v2Box = resultBox(
        tr("TTN v2 (Decoder \u2192 Converter \u2192 Validator)"), m_v2Status, m_v2Data, this);
    m_ttsBox = resultBox(QString(), m_ttsStatus, m_ttsData, this);
    results->addWidget(m_v2Box, 1);
    results->addWidget(m_ttsBox, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton *close = buttons->button(QDialogButtonBox::Close))
        close->setAutoDefault(false); // Enter runs, Escape closes
    Mnemonics::addMissing(buttons->buttons());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(inputRow);
    layout->addWidget(m_payloadProblem);
    layout->addLayout(results, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    m_payloadProblem->hide();
    m_verdict->clear();

    const int em = fontMetrics().averageCharWidth();
    resize(em * 100, fontMetrics().height() * 24);

    connect(m_payload, &QLineEdit::textChanged, this, &TryPayloadDialog::updateRunButton);
    connect(m_payload, &QLineEdit::returnPressed, this, &TryPayloadDialog::run);
    connect(m_run, &QPushButton::clicked, this, &TryPayloadDialog::run);
    connect(m_job, &FormatterTryJob::finished, this, &TryPayloadDialog::onFinished);
    showPlanKind();
    updateRunButton();
    m_payload->setFocus();
}

void TryPayloadDialog::setPlan(const FormatterPlan &plan)
{
    m_plan = plan;
    showPlanKind();
}

bool TryPayloadDialog::isCopied() const
{
    return m_plan.row == FormatterPlan::Row::Copied;
}

// A TTN v2 plan is checked side by side against v2's own functions. Another The Things Stack
// application's formatter moves as it is, so its old result is the new one: one box, the
// target's, shows what the copied script makes of the payload.
void TryPayloadDialog::showPlanKind()
{
    const bool copied = isCopied();
    m_v2Box->setVisible(!copied);
    m_ttsBox->setTitle(copied ? tr("The Things Stack (the source application's formatter)")
                              : tr("The Things Stack (migrated formatter)"));
    m_intro->setText(copied
            ? tr("Runs one uplink through the source application's uplink formatter, copied "
                 "as it is, as The Things Stack runs it. Each call is stopped after %L1 ms. "
                 "Nothing is sent anywhere.")
                  .arg(FormatterRunner::kV2LimitMs)
            : tr("Runs one uplink through TTN v2's payload functions and through the migrated "
                 "formatter as The Things Stack runs it. Each call is stopped after %L1 ms. "
                 "Nothing is sent anywhere.")
                  .arg(FormatterRunner::kV2LimitMs));
}

bool TryPayloadDialog::isRunning() const
{
    return m_job->isRunning();
}

QByteArray TryPayloadDialog::bytes(bool *ok) const
{
    QString hex = m_payload->text();
    hex.remove(QRegularExpression(u"\\s"_s));
    *ok = hex.size() % 2 == 0;
    return QByteArray::fromHex(hex.toLatin1());
}

void TryPayloadDialog::updateRunButton()
{
    bool ok = false;
    bytes(&ok);
    m_payloadProblem->setVisible(!ok);
    if (!ok)
        m_payloadProblem->setText(tr("Two hex digits per byte: one digit is missing."));
    m_run->setEnabled(ok && !m_job->isRunning());
}

void TryPayloadDialog::run()
{
    bool ok = false;
    const QByteArray payload = bytes(&ok);
    if (!ok || m_job->isRunning())
        return;
    m_verdict->showMessage(InlineMessage::Kind::Busy, tr("Running…"));
    m_job->start(m_plan, payload, m_fPort->value());
    updateRunButton();
}

void TryPayloadDialog::showResult(
    QLabel *status, QPlainTextEdit *fields, const FormatterResult &result)
{
    QString text = FormatterText::resultStatus(result);
    for (const QString &warning : result.warnings)
        text += u'\n' + tr("Warning from the formatter: %1").arg(warning);
    status->setText(text);
    fields->setPlainText(result.status == FormatterResult::Status::Decoded
            ? QString::fromUtf8(QJsonDocument(result.data).toJson(QJsonDocument::Indented))
            : QString());
}

void TryPayloadDialog::onFinished(const FormatterComparison &comparison)
{
    m_comparison = comparison;
    m_hasResult = true;
    showResult(m_v2Status, m_v2Data, comparison.v2);
    showResult(m_ttsStatus, m_ttsData, comparison.tts);
    if (isCopied()) {
        if (comparison.tts.status == FormatterResult::Status::Decoded)
            m_verdict->showMessage(InlineMessage::Kind::Success,
                tr("Decoded: these are the fields the target application gives, as the "
                   "source application did."));
        else
            m_verdict->showMessage(InlineMessage::Kind::Warning,
                tr("Not decoded: the source application gives the same answer."));
    } else if (!comparison.equivalent())
        m_verdict->showMessage(InlineMessage::Kind::Warning, tr("The results differ."));
    else if (comparison.v2.status == FormatterResult::Status::Dropped)
        m_verdict->showMessage(InlineMessage::Kind::Info,
            tr("As expected: where TTN v2 dropped the message, The Things Stack forwards it "
               "without decoded fields and with this error."));
    else
        m_verdict->showMessage(InlineMessage::Kind::Success,
            tr("Same result: The Things Stack gives the fields TTN v2 gave."));
    updateRunButton();
    emit ran();
}
