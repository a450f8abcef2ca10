#pragma once

#include "formatters/formatterplan.h"
#include "formatters/formatterrunner.h"

#include <QDialog>

class FormatterTryJob;
class InlineMessage;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// "Try a payload": hex bytes and an FPort in; side by side what TTN v2 made of them (Decoder →
// Converter → Validator) and what The Things Stack makes with the migrated formatter (for a
// formatter copied from another TTS application, only the latter: it is the same script), both
// run by the core's FormatterRunner (QJSEngine, time-limited) off the GUI thread. Opened from
// the preview with the plan the session holds; it changes nothing.
class TryPayloadDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TryPayloadDialog(const FormatterPlan &plan, QWidget *parent = nullptr);

    void setPlan(const FormatterPlan &plan);
    bool isRunning() const;
    // The latest comparison (empty until a run finished).
    const FormatterComparison &comparison() const { return m_comparison; }
    bool hasResult() const { return m_hasResult; }

    void run();

    static constexpr int kMaxFPort = 223; // application ports (224 and up are reserved)

signals:
    void ran();

private:
    QByteArray bytes(bool *ok) const;
    void updateRunButton();
    void onFinished(const FormatterComparison &comparison);
    void showResult(QLabel *status, QPlainTextEdit *fields, const FormatterResult &result);
    bool isCopied() const;
    void showPlanKind();

    FormatterPlan m_plan;
    FormatterTryJob *m_job;
    QLineEdit *m_payload;
    QSpinBox *m_fPort;
    QPushButton *m_run;
    QLabel *m_payloadProblem;
    QLabel *m_v2Status;
    QPlainTextEdit *m_v2Data;
    QLabel *m_ttsStatus;
    QPlainTextEdit *m_ttsData;
    InlineMessage *m_verdict;
    QLabel *m_intro;
    QGroupBox *m_v2Box = nullptr;
    QGroupBox *m_ttsBox = nullptr;
    FormatterComparison m_comparison;
    bool m_hasResult = false;
};
