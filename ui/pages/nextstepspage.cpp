#include "pages/nextstepspage.h"

#include "convert/v3ids.h"
#include "migrationwizard.h"
#include "report/reportsaverow.h"
#include "session/migrationsession.h"
#include "settings/wizardsettings.h"
#include "widgets/appkeypanel.h"
#include "widgets/checklistitem.h"
#include "widgets/chirpstackdisablepanel.h"
#include "widgets/focusorder.h"
#include "widgets/inlinemessage.h"
#include "widgets/sourcedeletepanel.h"
#include "widgets/uiicons.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Quotes a path for a POSIX shell when it needs it.
QString shellWord(const QString &word)
{
    static const QString safe = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                u"_-./:@%+="_s;
    for (const QChar c : word) {
        if (!safe.contains(c))
            return u'\'' + QString(word).replace(u'\'', u"'\\''"_s) + u'\'';
    }
    return word;
}
} // namespace

NextStepsPage::NextStepsPage(MigrationSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_command(new QLineEdit(this))
    , m_appKeys(new AppKeyPanel(this))
    , m_chirpStack(new ChirpStackDisablePanel(this))
    , m_report(new ReportSaveRow(session, this))
{
    setTitle(tr("Next steps"));
    setSubTitle(tr("devices.json is saved. Finish the migration with these steps; tick each one "
                   "when it is done."));
    setFinalPage(true);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);

    m_appKeyTitle = tr("Change the AppKey of the exported devices in TTN v2");
    m_appKeyText = tr("Otherwise a device may join TTN v2 again instead of The Things Stack. In "
                      "the TTN v2 Console: Applications → your application → Devices → a device "
                      "→ Settings → generate a new App Key → Save. The original keys are safe in "
                      "devices.json.");
    ChecklistItem *appKey = addItem(u"appKey"_s, m_appKeyTitle, m_appKeyText);
    // Or automatically, after a confirmation; the item ticks itself when every key changed.
    m_appKeys->setObjectName(u"appKeyPanel"_s);
    auto *keysRow = new QHBoxLayout;
    keysRow->addWidget(m_appKeys, 1);
    appKey->addExtra(keysRow);
    connect(m_appKeys, &AppKeyPanel::changeSucceeded, appKey, [this, appKey] {
        appKey->setDone(true);
        focusStepAfter(appKey); // Enter then goes on with the import, not "Save report…"
    });
    connect(
        m_appKeys, &AppKeyPanel::restoreSucceeded, appKey, [appKey] { appKey->setDone(false); });

    // A ChirpStack source's own step (issue 18 item 7): shown only for such a session.
    ChecklistItem *chirpStack
        = addItem(u"chirpstackDisable"_s, tr("Disable the exported devices in ChirpStack"),
            tr("Otherwise a device may join ChirpStack again instead of The Things Stack."));
    chirpStack->setHidden(true); // until initializePage() knows the source
    auto *chirpStackRow = new QHBoxLayout;
    chirpStackRow->addWidget(m_chirpStack, 1);
    chirpStack->addExtra(chirpStackRow);
    connect(m_chirpStack, &ChirpStackDisablePanel::disabled, chirpStack,
        [chirpStack] { chirpStack->setDone(true); });
    connect(m_chirpStack, &ChirpStackDisablePanel::enabled, chirpStack,
        [chirpStack] { chirpStack->setDone(false); });

    ChecklistItem *import = addItem(u"import"_s, tr("Import the devices into The Things Stack"),
        tr("In The Things Stack Console: Applications → your application → End devices → "
           "Import end devices → The Things Stack JSON → choose devices.json. "
           "Or with the command line interface:"));
    m_command->setObjectName(u"importCommandEdit"_s);
    m_command->setAccessibleName(tr("Import command"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(UiIcons::copy(), tr("&Copy"), this);
    copy->setObjectName(u"copyImportCommandButton"_s);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(copy);
    import->addExtra(commandRow);
    // Or straight from here: the import page ticks the item when every device is in TTS.
    auto *importNow = new QPushButton(tr("&Import into The Things Stack now…"), this);
    importNow->setObjectName(u"importNowButton"_s);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(importNow);
    importRow->addStretch(1);
    import->addExtra(importRow);
    connect(
        importNow, &QPushButton::clicked, this, [this] { migrationWizard()->openImportPage(); });

    ChecklistItem *join = addItem(u"join"_s, tr("Let the devices join The Things Stack"),
        tr("Each OTAA device joins The Things Stack at its next join attempt. To speed it "
           "up, send a downlink that makes it re-join, or power-cycle it. ABP devices that "
           "the preview reported as skipped must be added in The Things Stack Console."));
    auto *watch = new QPushButton(tr("&Watch the devices join…"), this);
    watch->setObjectName(u"watchJoinsButton"_s);
    auto *watchRow = new QHBoxLayout;
    watchRow->addWidget(watch);
    watchRow->addStretch(1);
    join->addExtra(watchRow);
    connect(watch, &QPushButton::clicked, this, [this] { migrationWizard()->openStatusPage(); });
    addSourceDeleteSteps();
    addItem(u"gateways"_s, tr("Migrate your gateways"),
        tr("When the devices work on The Things Stack, register your gateways there and "
           "point them to The Things Stack's server address."));

    for (ChecklistItem *item : std::as_const(m_items))
        listLayout->addWidget(item);
    listLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"checklistArea"_s);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Tab goes through the steps, and the area scrolls to them.
    scroll->setFocusPolicy(Qt::NoFocus);

    m_report->button()->setObjectName(u"saveReportButton"_s);
    m_report->result()->setObjectName(u"reportResult"_s);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_report);

    connect(copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_command->text()); });
    // Each step's check box, then its own buttons, then the next step (the AppKey buttons are
    // built before their step, which left them first in the default order).
    FocusOrder::apply(body()->layout());
    shareWithSession(); // the report lists the steps even before this page is shown
}

bool NextStepsPage::describesExport(const QString &itemKey)
{
    return itemKey != u"gateways"_s;
}

void NextStepsPage::focusStepAfter(ChecklistItem *item)
{
    qsizetype index = m_items.indexOf(item);
    if (index < 0)
        return;
    do // a step this source does not have is hidden
        ++index;
    while (index < m_items.size() && m_items.at(index)->isHidden());
    if (index >= m_items.size())
        return;
    // The next step's first button (e.g. the import's Copy), else its check box.
    ChecklistItem *next = m_items.at(index);
    for (QWidget *widget : FocusOrder::inLayoutOrder(next->layout())) {
        if (qobject_cast<QPushButton *>(widget) && widget->isEnabled() && widget->isVisible()) {
            widget->setFocus();
            return;
        }
    }
    next->checkBox()->setFocus();
}

ChecklistItem *NextStepsPage::addItem(const QString &key, const QString &title, const QString &text)
{
    auto *item = new ChecklistItem(key, title, text, this);
    connect(item, &ChecklistItem::toggled, this, [this, key](bool done) {
        if (describesExport(key)) {
            if (!m_exportId.isEmpty())
                WizardSettings::instance().setExportChecklistItem(m_exportId, key, done);
        } else if (!m_appId.isEmpty()) {
            WizardSettings::instance().setChecklistItem(m_appId, key, done);
        }
        shareWithSession();
    });
    m_items << item;
    return item;
}

void NextStepsPage::initializePage()
{
    m_appId.clear(); // no saving while the stored state is loaded
    m_exportId.clear();
    const QString appId = session()->sourceApplicationId();
    // The AppKey step changes keys in TTN v2, or in the Join Server of a The Things Stack
    // source (issue #17 item 6); never offered for another source.
    const bool v2 = session()->source() == ExportSource::Ttnv2;
    const bool tts = session()->source() == ExportSource::Tts;
    for (ChecklistItem *item : std::as_const(m_items)) {
        if (item->key() == u"chirpstackDisable"_s)
            item->setHidden(session()->source() != ExportSource::ChirpStack);
        if (item->key() != u"appKey"_s)
            continue;
        item->setHidden(!v2 && !tts);
        if (tts)
            item->setTexts(tr("Change the AppKey of the exported devices in the source Join "
                              "Server"),
                tr("Otherwise a device may join the source network again instead of the "
                   "target. In the source's Console: Applications → your application → End "
                   "devices → a device → Settings → Join settings → a new AppKey → Save. The "
                   "original keys are safe in devices.json."));
        else
            item->setTexts(m_appKeyTitle, m_appKeyText);
    }
    const QString exportId = session()->savedExport().fingerprint;
    const WizardSettings &settings = WizardSettings::instance();
    for (ChecklistItem *item : std::as_const(m_items)) {
        if (describesExport(item->key()))
            item->setDone(
                !exportId.isEmpty() && settings.exportChecklistItem(exportId, item->key()));
        else
            item->setDone(settings.checklistItem(appId, item->key()));
    }
    m_appId = appId;
    m_exportId = exportId;
    const MigrationSession::SavedExport &saved = session()->savedExport();
    if (v2)
        m_appKeys->setContext(session()->connection(), saved.paths, saved.readBack);
    else if (tts)
        m_appKeys->setContext(session()->ttsSource(), saved.paths, saved.readBack);
    QStringList exportedDevEuis; // the chirpstack source's device IDs are DevEUIs
    for (const DeviceOutcome &outcome : session()->outcomes()) {
        if (outcome.status == OutcomeStatus::Exported)
            exportedDevEuis << outcome.v2DeviceId;
    }
    m_chirpStack->setContext(session()->chirpStackSource().connection, exportedDevEuis, saved.path);
    m_command->setText(importCommand());
    m_command->setCursorPosition(0);
    updateSourceDeleteSteps();
    m_report->result()->clear();
    shareWithSession(); // the steps this source has
}

int NextStepsPage::nextId() const
{
    const MigrationWizard *wizard = migrationWizard();
    return wizard ? wizard->requestedPageFromNextSteps() : -1;
}

void NextStepsPage::markDone(const QString &key)
{
    for (ChecklistItem *item : std::as_const(m_items)) {
        if (item->key() == key)
            item->setDone(true); // remembered by the item's toggled(), like a tick
    }
}

QString NextStepsPage::importCommand() const
{
    // The application in The Things Stack, as the import form names it; before any is given,
    // the source's ID as TTS would accept it (the Console suggests the same when adding one).
    const QString targetAppId = session()->importSnapshot().connection.applicationId.trimmed();
    const QString v3AppId = !targetAppId.isEmpty()
        ? targetAppId
        : V3Ids::normaliseId(session()->sourceApplicationId());
    const QStringList saved = session()->savedExport().paths;
    const QString create
        = u"ttn-lw-cli end-devices create --application-id "_s + shellWord(v3AppId);
    if (saved.size() <= 1) {
        const QString file
            = saved.isEmpty() ? u"devices.json"_s : QDir::toNativeSeparators(saved.constFirst());
        return create + u" < "_s + shellWord(file);
    }
    // A split export: every part, in order, in one line the user can paste.
    QStringList files;
    for (const QString &part : saved)
        files << shellWord(QDir::toNativeSeparators(part));
    return u"for f in "_s + files.join(u' ') + u"; do "_s + create + u" < \"$f\"; done"_s;
}

void NextStepsPage::shareWithSession()
{
    QList<QPair<QString, bool>> checklist;
    for (const ChecklistItem *item : std::as_const(m_items)) {
        if (!item->isHidden()) // a step this source does not have
            checklist.append({ item->title(), item->isDone() });
    }
    session()->setChecklist(checklist);
}

void NextStepsPage::addSourceDeleteSteps()
{
    ChecklistItem *v2 = addItem(u"v2AbpDelete"_s, tr("Delete the ABP devices from TTN v2"),
        tr("The migration guide: ABP devices must be completely deleted from V2, once The "
           "Things Stack has seen them; otherwise both networks answer them. Their session "
           "and counters are kept in a journal beside devices.json for the undo."));
    ChecklistItem *tts = addItem(u"ttsSourceDelete"_s, tr("Delete the devices at the source"),
        tr("Once a device is active in the target, delete it in the source deployment so it is "
           "not served twice. This cannot be undone."));
    m_v2Delete = new SourceDeletePanel(SourceDeletePanel::Kind::V2Abp, this);
    m_ttsDelete = new SourceDeletePanel(SourceDeletePanel::Kind::Tts, this);
    for (auto [item, panel] : { std::pair { v2, m_v2Delete }, std::pair { tts, m_ttsDelete } }) {
        auto *row = new QHBoxLayout;
        row->addWidget(panel, 1);
        item->addExtra(row);
        connect(panel, &SourceDeletePanel::deleteSucceeded, item, [item] { item->setDone(true); });
        connect(
            panel, &SourceDeletePanel::recreateSucceeded, item, [item] { item->setDone(false); });
    }
}

void NextStepsPage::updateSourceDeleteSteps()
{
    const ExportSource source = session()->source();
    const TtsConnection &target = session()->importSnapshot().target; // empty: not complete
    const QStringList saved = session()->savedExport().paths;
    for (ChecklistItem *item : std::as_const(m_items)) {
        if (item->key() == u"v2AbpDelete"_s) // ABP devices are exported with their session only
            item->setHidden(source != ExportSource::Ttnv2 || !session()->options().withSession);
        else if (item->key() == u"ttsSourceDelete"_s)
            item->setHidden(source != ExportSource::Tts);
    }
    m_v2Delete->setContext(session()->connection(), {}, target, saved);
    m_ttsDelete->setContext({}, session()->ttsSource(), target, saved);
}
