#include "pages/devicespage.h"

#include "io/deviceidlist.h"
#include "job/exportjob.h"
#include "migrationwizard.h"
#include "models/deviceselectionmodel.h"
#include "session/migrationsession.h"
#include "settings/wizardsettings.h"
#include "util/localenumbers.h"
#include "validation/inputrules.h"
#include "validation/wizarderrortext.h"
#include "widgets/filedialogprovider.h"
#include "widgets/focushandoff.h"
#include "widgets/inlinemessage.h"

#include <QButtonGroup>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

DevicesPage::DevicesPage(MigrationSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_choices(new QButtonGroup(this))
    , m_oneRadio(new QRadioButton(tr("&One device"), this))
    , m_listRadio(new QRadioButton(tr("A list of de&vices"), this))
    , m_appRadio(new QRadioButton(tr("The &whole application"), this))
    , m_panels(new QStackedWidget(this))
    , m_parseTimer(new QTimer(this))
    , m_devices(new DeviceSelectionModel(this))
    , m_deviceProxy(new QSortFilterProxyModel(this))
{
    setTitle(tr("Choose devices"));
    setSubTitle(tr("Export one device, a list of devices, or every device of the application."));

    m_oneRadio->setObjectName(u"oneDeviceRadio"_s);
    m_listRadio->setObjectName(u"deviceListRadio"_s);
    m_appRadio->setObjectName(u"applicationRadio"_s);
    m_choices->addButton(m_oneRadio, int(Choice::OneDevice));
    m_choices->addButton(m_listRadio, int(Choice::DeviceList));
    m_choices->addButton(m_appRadio, int(Choice::Application));
    m_appRadio->setChecked(true);

    m_panels->addWidget(buildOneDevicePanel());
    m_panels->addWidget(buildListPanel());
    m_panels->addWidget(buildApplicationPanel());

    auto *radios = new QHBoxLayout;
    radios->addWidget(m_oneRadio);
    radios->addWidget(m_listRadio);
    radios->addWidget(m_appRadio);
    radios->addStretch(1);
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(radios);
    layout->addWidget(m_panels, 1);

    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(150);
    connect(m_parseTimer, &QTimer::timeout, this, &DevicesPage::parsePastedList);
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onChoiceChanged();
    });
    onChoiceChanged();
}

DevicesPage::~DevicesPage()
{
    cancelListing();
}

QWidget *DevicesPage::buildOneDevicePanel()
{
    auto *panel = new QWidget(this);
    m_deviceId = new QLineEdit(panel);
    m_deviceId->setObjectName(u"deviceIdEdit"_s);
    m_deviceId->setAccessibleName(tr("v2 device ID"));
    m_deviceId->setPlaceholderText(tr("e.g. my-sensor-01"));
    auto *form = new QFormLayout(panel);
    m_deviceIdLabel = new QLabel(tr("v2 &device ID:"), panel);
    m_deviceIdLabel->setBuddy(m_deviceId);
    form->addRow(m_deviceIdLabel, m_deviceId);
    connect(m_deviceId, &QLineEdit::textChanged, this, &DevicesPage::updateCompleteness);
    return panel;
}

QWidget *DevicesPage::buildListPanel()
{
    auto *panel = new QWidget(this);
    auto *label = new QLabel(tr("Device &IDs, one per line (blank lines and # comments are "
                                "ignored):"),
        panel);
    label->setWordWrap(true);
    m_listEdit = new QPlainTextEdit(panel);
    m_listEdit->setObjectName(u"deviceListEdit"_s);
    m_listEdit->setAccessibleName(tr("Device IDs"));
    m_listEdit->setTabChangesFocus(true);
    m_listEdit->setPlaceholderText(u"my-sensor-01\nmy-sensor-02\n…"_s);
    label->setBuddy(m_listEdit);
    auto *load = new QPushButton(tr("&Load device_ids.txt…"), panel);
    load->setObjectName(u"loadListButton"_s);
    m_listSummary = new InlineMessage(panel);
    m_listSummary->setObjectName(u"listSummary"_s);

    auto *row = new QHBoxLayout;
    row->addWidget(m_listSummary, 1);
    row->addStretch(); // keeps the button at the right while the summary is hidden
    row->addWidget(load, 0, Qt::AlignTop);
    load->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(label);
    layout->addWidget(m_listEdit, 1);
    layout->addLayout(row);
    connect(m_listEdit, &QPlainTextEdit::textChanged, m_parseTimer, qOverload<>(&QTimer::start));
    connect(load, &QPushButton::clicked, this, &DevicesPage::loadListFile);
    return panel;
}

QWidget *DevicesPage::buildApplicationPanel()
{
    auto *panel = new QWidget(this);
    auto *intro = new QLabel(tr("Every device of the application is exported. To leave some out, "
                                "list the devices and uncheck them."),
        panel);
    intro->setWordWrap(true);
    m_listButton = new QPushButton(tr("&List devices"), panel);
    m_listButton->setObjectName(u"listDevicesButton"_s);
    m_listingStatus = new InlineMessage(panel);
    m_listingStatus->setObjectName(u"listingStatus"_s);

    m_deviceFilter = new QLineEdit(panel);
    m_deviceFilter->setObjectName(u"deviceFilterEdit"_s);
    m_deviceFilter->setAccessibleName(tr("Filter devices"));
    m_deviceFilter->setPlaceholderText(tr("Filter by ID, EUI or activation"));
    m_deviceFilter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), panel);
    filterLabel->setBuddy(m_deviceFilter);
    m_deviceProxy->setSourceModel(m_devices);
    m_deviceProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_deviceProxy->setFilterKeyColumn(-1);
    m_deviceTable = new QTreeView(panel);
    m_deviceTable->setObjectName(u"deviceTable"_s);
    m_deviceTable->setAccessibleName(tr("Devices of the application"));
    m_deviceTable->setModel(m_deviceProxy);
    m_deviceTable->setRootIsDecorated(false);
    m_deviceTable->setUniformRowHeights(true);
    m_deviceTable->setAllColumnsShowFocus(true);
    m_deviceTable->setSortingEnabled(true);
    m_deviceTable->sortByColumn(-1, Qt::AscendingOrder);
    m_deviceTable->header()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = m_deviceTable->fontMetrics();
    const int euiWidth
        = metrics.horizontalAdvance(u"0004A30B00200002"_s) + metrics.averageCharWidth() * 3;
    m_deviceTable->header()->resizeSection(
        DeviceSelectionModel::IdColumn, metrics.averageCharWidth() * 36);
    m_deviceTable->header()->resizeSection(DeviceSelectionModel::DevEuiColumn, euiWidth);
    m_deviceTable->header()->resizeSection(DeviceSelectionModel::JoinEuiColumn, euiWidth);

    auto *checkAll = new QPushButton(tr("Check &all"), panel);
    checkAll->setObjectName(u"checkAllButton"_s);
    auto *checkNone = new QPushButton(tr("Check non&e"), panel);
    checkNone->setObjectName(u"checkNoneButton"_s);
    m_selectionLabel = new QLabel(panel);
    m_selectionLabel->setObjectName(u"selectionLabel"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_listButton, 0, Qt::AlignTop);
    top->addWidget(m_listingStatus, 1);
    // As wide as its text, whether or not the status next to it is shown yet.
    m_listButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_deviceFilter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_selectionLabel, 1);
    bottom->addWidget(checkAll);
    bottom->addWidget(checkNone);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addLayout(filterRow);
    layout->addWidget(m_deviceTable, 1);
    layout->addLayout(bottom);

    connect(m_listButton, &QPushButton::clicked, this, &DevicesPage::listDevices);
    connect(m_deviceFilter, &QLineEdit::textChanged, m_deviceProxy,
        &QSortFilterProxyModel::setFilterFixedString);
    connect(checkAll, &QPushButton::clicked, this, [this] { setVisibleRowsChecked(true); });
    connect(checkNone, &QPushButton::clicked, this, [this] { setVisibleRowsChecked(false); });
    connect(m_devices, &DeviceSelectionModel::checkedCountChanged, this, [this] {
        updateSelectionLabel();
        updateCompleteness();
    });
    updateSelectionLabel();
    return panel;
}

DevicesPage::Choice DevicesPage::choice() const
{
    return Choice(m_choices->checkedId());
}

void DevicesPage::setChoice(Choice choice)
{
    m_choices->button(int(choice))->setChecked(true);
}

void DevicesPage::onChoiceChanged()
{
    m_panels->setCurrentIndex(int(choice()));
    updateCompleteness();
}

ExportScope DevicesPage::scope() const
{
    switch (choice()) {
    case Choice::OneDevice:
        return ExportScope::SingleDevice;
    case Choice::DeviceList:
        return ExportScope::DeviceList;
    case Choice::Application:
        break;
    }
    // A narrowed selection is a list; all devices stay one list request.
    return m_listed && !m_devices->allChecked() ? ExportScope::DeviceList
                                                : ExportScope::Application;
}

QStringList DevicesPage::selectedDeviceIds() const
{
    switch (choice()) {
    case Choice::OneDevice:
        return { m_deviceId->text().trimmed() };
    case Choice::DeviceList:
        return m_listIds;
    case Choice::Application:
        break;
    }
    return scope() == ExportScope::DeviceList ? m_devices->checkedIds() : QStringList();
}

QString DevicesPage::deviceIdsFile() const
{
    if (choice() != Choice::DeviceList || m_loadedListFile.isEmpty()
        || m_listEdit->toPlainText() != m_loadedListText)
        return {};
    return m_loadedListFile;
}

void DevicesPage::shareWithSession()
{
    session()->setSelection(scope(), selectedDeviceIds(), deviceIdsFile());
}

bool DevicesPage::isParsingList() const
{
    return m_parseTimer->isActive();
}

QString DevicesPage::blockingReason() const
{
    switch (choice()) {
    case Choice::OneDevice:
        // Words follow the source: its own IDs, a DevEUI for ChirpStack (the source checks it).
        if (m_deviceId->text().trimmed().isEmpty() && session()->source() != ExportSource::Ttnv2)
            return session()->source() == ExportSource::ChirpStack
                ? tr("Enter the device's DevEUI.")
                : tr("Enter the device's ID.");
        return InputRules::deviceIdProblem(m_deviceId->text());
    case Choice::DeviceList:
        if (m_parseTimer->isActive())
            return tr("Reading the list…");
        if (!m_listError.isEmpty())
            return m_listError;
        return m_listIds.isEmpty() ? tr("Paste or load at least one device ID.") : QString();
    case Choice::Application:
        if (m_listing)
            return tr("Wait until the devices are listed.");
        if (m_listed && m_devices->checkedCount() == 0)
            return tr("Check at least one device.");
        return {};
    }
    return {};
}

void DevicesPage::parsePastedList()
{
    const DeviceIdList parsed = DeviceIdList::parse(m_listEdit->toPlainText().toUtf8());
    m_listIds = parsed.ids;
    m_listError = parsed.error;
    if (!parsed.error.isEmpty()) {
        m_listSummary->showMessage(InlineMessage::Kind::Error, parsed.error);
    } else if (parsed.ids.isEmpty()) {
        m_listSummary->clear();
    } else {
        const int count = int(parsed.ids.size());
        QString text = LocaleNumbers::withGroupedN(tr("%n device ID(s).", nullptr, count), count);
        // One warning per line: run together they read as one confusing sentence.
        for (const QString &warning : parsed.warnings)
            text += u'\n' + warning;
        m_listSummary->showMessage(
            parsed.warnings.isEmpty() ? InlineMessage::Kind::Info : InlineMessage::Kind::Warning,
            text);
    }
    updateCompleteness();
}

void DevicesPage::loadListFile()
{
    const QString path = FileDialogProvider::getOpenFileName(this, tr("Load device IDs"),
        WizardSettings::instance().lastFolder(), tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_listSummary->showMessage(InlineMessage::Kind::Error,
            tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    const DeviceIdList parsed = DeviceIdList::read(&file);
    if (!parsed.error.isEmpty()) {
        m_listSummary->showMessage(InlineMessage::Kind::Error, parsed.error);
        return;
    }
    file.seek(0);
    WizardSettings::instance().setLastFolder(QFileInfo(path).absolutePath());
    const QString text = QString::fromUtf8(file.readAll());
    m_listEdit->setPlainText(text);
    m_parseTimer->stop();
    parsePastedList();
    // "Copy as command" can read the IDs from this file, as long as the text is unchanged.
    m_loadedListFile = QFileInfo(path).absoluteFilePath();
    m_loadedListText = text;
    shareWithSession(); // the file is part of the selection (deviceIdsFile())
}

QString DevicesPage::listingKey() const
{
    if (session()->source() == ExportSource::ChirpStack) {
        const ChirpStackSettings cs = session()->chirpStackSource();
        return u"chirpstack\n"_s + cs.application + u'\n' + cs.connection.apiUrl;
    }
    if (session()->source() == ExportSource::Tts) {
        const TtsConnection tts = session()->ttsSource();
        return u"tts\n"_s + tts.applicationId + u'\n' + tts.identityServerUrl.toString();
    }
    const V2Connection connection = session()->connection();
    return connection.appId + u'\n' + connection.handlerUrl.toString() + u'\n'
        + connection.discoveryUrl.toString();
}

void DevicesPage::initializePage()
{
    // Words follow the source: no "v2" on a migration from The Things Stack.
    const bool tts = session()->source() != ExportSource::Ttnv2;
    // ChirpStack's devices have a name and a device profile worth seeing when choosing.
    const bool chirpStack = session()->source() == ExportSource::ChirpStack;
    m_deviceTable->setColumnHidden(DeviceSelectionModel::NameColumn, !chirpStack);
    m_deviceTable->setColumnHidden(DeviceSelectionModel::ProfileColumn, !chirpStack);
    if (chirpStack) {
        // The ID is a DevEUI: room for the names instead.
        const QFontMetrics metrics = m_deviceTable->fontMetrics();
        m_deviceTable->header()->resizeSection(DeviceSelectionModel::IdColumn,
            metrics.horizontalAdvance(u"0004a30b00200002"_s) + metrics.averageCharWidth() * 8);
        m_deviceTable->header()->resizeSection(
            DeviceSelectionModel::NameColumn, metrics.averageCharWidth() * 28);
        m_deviceIdLabel->setText(tr("&DevEUI:")); // ChirpStack's devices are their DevEUIs
        m_deviceId->setAccessibleName(tr("DevEUI"));
    } else {
        m_deviceIdLabel->setText(tts ? tr("&Device ID:") : tr("v2 &device ID:"));
        m_deviceId->setAccessibleName(tts ? tr("Device ID") : tr("v2 device ID"));
    }
    // A listing belongs to the application it was made for.
    if (m_listed && m_listedFor != listingKey()) {
        m_devices->clear();
        m_listed = false;
        m_listingStatus->clear();
    }
    updateCompleteness();
}

void DevicesPage::cleanupPage()
{
    cancelListing();
}

void DevicesPage::cancelListing()
{
    if (!m_listing)
        return;
    m_listing->disconnect(this);
    m_listing->cancel();
    m_listing->deleteLater();
    m_listing = nullptr;
    m_listButton->setEnabled(true);
    m_listingStatus->showMessage(InlineMessage::Kind::Info, tr("Listing canceled."));
    updateCompleteness();
}

void DevicesPage::listDevices()
{
    cancelListing();
    m_devices->clear();
    m_listed = false;
    ExportRequest request = session()->exportRequest();
    request.scope = ExportScope::Application;
    request.deviceIds.clear();
    request.options.withSession = false; // one list request, no per-device GETs
    m_listing = new ExportJob(request, this);
    connect(m_listing, &ExportJob::outcomesReady, m_devices, &DeviceSelectionModel::append);
    connect(m_listing, &ExportJob::stageChanged, this, [this](const QString &stage) {
        m_listingStatus->showMessage(InlineMessage::Kind::Busy, stage);
    });
    connect(m_listing, &ExportJob::finished, this, &DevicesPage::onListingFinished);
    m_listButtonHadFocus = FocusHandOff::disable(m_listButton, m_deviceFilter);
    m_listingStatus->showMessage(InlineMessage::Kind::Busy, tr("Listing devices…"));
    m_listedFor = listingKey();
    updateCompleteness();
    m_listing->start();
}

void DevicesPage::onListingFinished(const ExportSummary &summary)
{
    const bool listHadFocus = std::exchange(m_listButtonHadFocus, false);
    m_listing->deleteLater();
    m_listing = nullptr;
    m_listButton->setEnabled(true);
    if (summary.fatal.isError()) {
        m_devices->clear();
        m_listingStatus->showMessage(
            InlineMessage::Kind::Error, WizardErrorText::sentence(summary.fatal));
        if (listHadFocus)
            m_listButton->setFocus();
    } else {
        m_listed = true;
        m_listingStatus->showMessage(InlineMessage::Kind::Success,
            LocaleNumbers::withGroupedN(
                tr("%n device(s) in the application.", nullptr, m_devices->rowCount()),
                m_devices->rowCount()));
        if (listHadFocus)
            m_deviceTable->setFocus(); // the natural next step: uncheck devices
    }
    updateSelectionLabel();
    updateCompleteness();
}

void DevicesPage::setVisibleRowsChecked(bool checked)
{
    if (m_deviceFilter->text().isEmpty()) {
        m_devices->setAllChecked(checked);
        return;
    }
    QList<int> rows;
    rows.reserve(m_deviceProxy->rowCount());
    for (int row = 0; row < m_deviceProxy->rowCount(); ++row)
        rows << m_deviceProxy->mapToSource(m_deviceProxy->index(row, 0)).row();
    m_devices->setChecked(rows, checked);
}

void DevicesPage::updateSelectionLabel()
{
    m_selectionLabel->setText(m_devices->rowCount() == 0
            ? tr("No devices listed yet.")
            : LocaleNumbers::withGroupedN(
                tr("%1 of %n device(s) selected.", nullptr, m_devices->rowCount()),
                m_devices->rowCount())
                  .arg(LocaleNumbers::number(m_devices->checkedCount())));
}
