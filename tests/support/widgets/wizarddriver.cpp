#include "wizarddriver.h"

#include "migrationwizard.h"
#include "models/outcometablemodel.h"
#include "pages/devicespage.h"
#include "pages/exportpage.h"
#include "pages/importpage.h"
#include "pages/optionspage.h"
#include "pages/previewpage.h"
#include "pages/statuspage.h"
#include "widgets/filedialogprovider.h"
#include "widgets/inlinemessage.h"
#include "widgets/messagebox.h"
#include "widgets/outcomebrowser.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

WizardDriver::WizardDriver(MigrationWizard &wizard, int timeoutMs)
    : m_wizard(wizard)
    , m_timeoutMs(timeoutMs)
{
}

bool WizardDriver::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool WizardDriver::waitUntil(const std::function<bool()> &done) const
{
    QDeadlineTimer deadline(m_timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(1);
    }
    return true;
}

bool WizardDriver::click(const QString &objectName)
{
    auto *button = find<QAbstractButton>(objectName);
    if (!button)
        return fail(u"no button "_s + objectName);
    if (!button->isEnabled())
        return fail(u"button "_s + objectName + u" is disabled"_s);
    button->click();
    return true;
}

bool WizardDriver::fillConnection(const QString &appId, const QString &accessKey)
{
    auto *app = find<QLineEdit>(u"appIdEdit"_s);
    auto *key = find<QLineEdit>(u"accessKeyEdit"_s);
    if (!app || !key)
        return fail(u"connect page fields missing"_s);
    app->setText(appId);
    key->setText(accessKey);
    // Fresh settings start at a custom handler with no address; --demo fills the emulator's.
    if (auto *address = find<QLineEdit>(u"addressEdit"_s);
        address && !address->isReadOnly() && address->text().trimmed().isEmpty())
        address->setText(u"http://handler.example.com:8084"_s);
    return true;
}

bool WizardDriver::clickAndAwaitSuccess(
    const QString &button, const QString &statusName, const QString &what)
{
    auto *status = find<InlineMessage>(statusName);
    if (!status)
        return fail(u"no status "_s + statusName);
    if (!click(button))
        return false;
    if (!waitUntil([status] { return status->kind() != InlineMessage::Kind::Busy; }))
        return fail(what + u" did not finish"_s);
    return status->kind() == InlineMessage::Kind::Success || fail(status->text());
}

bool WizardDriver::testConnection()
{
    return clickAndAwaitSuccess(
        u"testConnectionButton"_s, u"connectionStatus"_s, u"connection test"_s);
}

bool WizardDriver::chooseTtsSource(const QUrl &address, const QString &appId, const QString &apiKey)
{
    auto *radio = find<QAbstractButton>(u"sourceTtsRadio"_s);
    if (!radio)
        return fail(u"no source choice"_s);
    radio->setChecked(true);
    if (!address.isEmpty()) {
        auto *preset = find<QComboBox>(u"ttsSourcePresetCombo"_s);
        preset->setCurrentIndex(preset->findText(u"Custom"_s, Qt::MatchStartsWith));
        find<QLineEdit>(u"ttsSourceAddressEdit"_s)->setText(address.toString());
    }
    if (!appId.isEmpty())
        find<QLineEdit>(u"ttsSourceAppIdEdit"_s)->setText(appId);
    if (!apiKey.isEmpty())
        find<QLineEdit>(u"ttsSourceApiKeyEdit"_s)->setText(apiKey);
    return m_wizard.session()->source() == ExportSource::Tts
        || fail(u"the session did not take the tts source"_s);
}

bool WizardDriver::testTtsSourceConnection()
{
    return clickAndAwaitSuccess(
        u"ttsSourceTestButton"_s, u"ttsSourceStatus"_s, u"tts source connection test"_s);
}

bool WizardDriver::chooseChirpStackSource(const QString &apiUrl, const QString &tenantId,
    const QString &application, const QString &apiKey)
{
    auto *radio = find<QAbstractButton>(u"sourceChirpStackRadio"_s);
    if (!radio || !radio->isEnabled())
        return fail(u"no ChirpStack source (ChirpStackDeviceSource::registerSource)"_s);
    radio->setChecked(true);
    const QList<QPair<QString, QString>> fields { { u"chirpstackServerEdit"_s, apiUrl },
        { u"chirpstackTenantEdit"_s, tenantId }, { u"chirpstackApiKeyEdit"_s, apiKey } };
    for (const auto &[name, value] : fields) {
        if (!value.isEmpty())
            find<QLineEdit>(name)->setText(value);
    }
    if (!application.isEmpty())
        find<QComboBox>(u"chirpstackApplicationCombo"_s)->setEditText(application);
    return m_wizard.session()->source() == ExportSource::ChirpStack
        || fail(u"the session did not take the chirpstack source"_s);
}

bool WizardDriver::testChirpStackConnection()
{
    return clickAndAwaitSuccess(
        u"chirpstackTestButton"_s, u"chirpstackStatus"_s, u"chirpstack connection test"_s);
}

bool WizardDriver::disableInChirpStack()
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    return clickAndAwaitSuccess(
        u"chirpstackDisableButton"_s, u"chirpstackDisableStatus"_s, u"disable in ChirpStack"_s);
}

bool WizardDriver::enableInChirpStack()
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    return clickAndAwaitSuccess(
        u"chirpstackEnableButton"_s, u"chirpstackDisableStatus"_s, u"enable in ChirpStack"_s);
}

bool WizardDriver::next()
{
    const int before = m_wizard.currentId();
    auto *page = m_wizard.currentPage();
    if (!page->isComplete()) {
        auto *reason = page->findChild<QWidget *>(u"blockingReason"_s);
        return fail(u"Next is disabled on page %1: %2"_s.arg(before).arg(
            reason ? reason->property("text").toString() : QString()));
    }
    m_wizard.next();
    return m_wizard.currentId() != before || fail(u"Next did not leave page %1"_s.arg(before));
}

bool WizardDriver::back()
{
    const int before = m_wizard.currentId();
    m_wizard.back();
    return m_wizard.currentId() != before || fail(u"Back did not leave page"_s);
}

bool WizardDriver::chooseOneDevice(const QString &deviceId)
{
    pageOf<DevicesPage>(m_wizard)->setChoice(DevicesPage::Choice::OneDevice);
    find<QLineEdit>(u"deviceIdEdit"_s)->setText(deviceId);
    return true;
}

bool WizardDriver::chooseDeviceList(const QStringList &deviceIds)
{
    pageOf<DevicesPage>(m_wizard)->setChoice(DevicesPage::Choice::DeviceList);
    find<QPlainTextEdit>(u"deviceListEdit"_s)->setPlainText(deviceIds.join(u'\n') + u'\n');
    DevicesPage *page = pageOf<DevicesPage>(m_wizard);
    return waitUntil([page] { return !page->isParsingList(); }) || fail(u"the list was not read"_s);
}

bool WizardDriver::chooseApplication(bool listDevices)
{
    pageOf<DevicesPage>(m_wizard)->setChoice(DevicesPage::Choice::Application);
    if (!listDevices)
        return true;
    return clickAndAwaitSuccess(u"listDevicesButton"_s, u"listingStatus"_s, u"listing"_s);
}

bool WizardDriver::setOptions(bool withSession, const QString &prefix)
{
    pageOf<OptionsPage>(m_wizard)->setWithSession(withSession);
    find<QLineEdit>(u"prefixEdit"_s)->setText(prefix);
    return true;
}

bool WizardDriver::waitForPreview()
{
    PreviewPage *page = pageOf<PreviewPage>(m_wizard);
    if (!waitUntil([page] { return !page->isRunning(); }))
        return fail(u"the preview did not finish"_s);
    return page->hasResult() || fail(page->summary().fatal.message);
}

bool WizardDriver::saveTo(const QString &path)
{
    FileDialogProvider::setNextFileName(path);
    if (!click(u"saveButton"_s))
        return false;
    ExportPage *page = pageOf<ExportPage>(m_wizard);
    if (!waitUntil([page] { return !page->isSaving(); }))
        return fail(u"saving did not finish"_s);
    return !m_wizard.session()->savedExport().path.isEmpty()
        || fail(find<InlineMessage>(u"saveResult"_s)->text());
}

bool WizardDriver::selectPreviewRow(const QString &v2DeviceId)
{
    auto *table = find<QTableView>(u"outcomeTable"_s);
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, OutcomeTableModel::V2IdColumn);
        if (index.data().toString() == v2DeviceId) {
            table->setCurrentIndex(model->index(row, 0));
            return true;
        }
    }
    return fail(u"no preview row for "_s + v2DeviceId);
}

bool WizardDriver::typeDeviceId(const QString &v2DeviceId, const QString &deviceId, bool commit)
{
    auto *table = find<QTableView>(u"outcomeTable"_s);
    auto *browser = find<OutcomeBrowser>(u"outcomeBrowser"_s);
    const auto openEditor = [table] {
        return qobject_cast<QLineEdit *>(table->indexWidget(
            table->currentIndex().siblingAtColumn(OutcomeTableModel::V3IdColumn)));
    };
    const bool open = browser->isEditingDeviceId()
        && table->currentIndex().siblingAtColumn(OutcomeTableModel::V2IdColumn).data()
            == v2DeviceId;
    if (!open) { // else: go on typing in the editor already open on that row
        if (!selectPreviewRow(v2DeviceId))
            return false;
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
    }
    QLineEdit *editor = openEditor();
    if (!editor)
        return fail(u"no v3 ID editor opened for "_s + v2DeviceId);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, deviceId);
    if (!commit)
        return true;
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::sendPostedEvents(); // the commit is queued
    QCoreApplication::processEvents();
    return !browser->isEditingDeviceId() || fail(u"the ID was refused: "_s + deviceId);
}

bool WizardDriver::openImportPage()
{
    if (!click(u"importNowButton"_s))
        return false;
    return m_wizard.currentId() == MigrationWizard::ImportPageId
        || fail(u"the import page did not open"_s);
}

bool WizardDriver::openStatusPage()
{
    if (!click(u"watchJoinsButton"_s))
        return false;
    return m_wizard.currentId() == MigrationWizard::StatusPageId
        || fail(u"the status page did not open"_s);
}

bool WizardDriver::runOnImportPage(const QString &button)
{
    ImportPage *page = pageOf<ImportPage>(m_wizard);
    if (!waitUntil([page] { return page->isFileLoaded(); }))
        return fail(u"devices.json was not read"_s);
    if (!click(button))
        return false;
    // The payload formatters follow the devices (and may ask first: tests answer through
    // MessageBox::setNextAnswer).
    if (!waitUntil([page] { return !page->isRunning() && !page->isApplyingFormatters(); }))
        return fail(u"the import did not finish"_s);
    auto *status = find<InlineMessage>(u"importStatus"_s);
    return status->kind() != InlineMessage::Kind::Error || fail(status->text());
}

bool WizardDriver::waitForStatus(
    const std::function<bool(const TtsTrackerSnapshot &)> &done, int refreshEveryMs)
{
    StatusPage *page = pageOf<StatusPage>(m_wizard);
    QDeadlineTimer nextRefresh(refreshEveryMs);
    const bool ok = waitUntil([&] {
        if (page->hasSnapshot() && done(page->latestSnapshot()))
            return true;
        if (nextRefresh.hasExpired()) {
            page->refreshNow();
            nextRefresh.setRemainingTime(refreshEveryMs);
        }
        return false;
    });
    if (ok)
        return true;
    auto *status = find<InlineMessage>(u"trackingStatus"_s);
    return fail(u"the status did not arrive: "_s + (status ? status->text() : QString()));
}
