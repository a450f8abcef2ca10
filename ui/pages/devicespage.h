#pragma once

#include "job/exportrequest.h"
#include "pages/wizardpage.h"

#include <QPointer>

class DeviceSelectionModel;
class ExportJob;
class InlineMessage;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;
class QTreeView;
struct ExportSummary;

// Page 2: one device, a list of device IDs (pasted or loaded from device_ids.txt), or the whole
// application; for the whole application, "List devices" shows a checkable table to narrow it.
class DevicesPage : public WizardPage
{
    Q_OBJECT
public:
    enum class Choice { OneDevice, DeviceList, Application };

    explicit DevicesPage(MigrationSession *session, QWidget *parent = nullptr);
    ~DevicesPage() override;

    Choice choice() const;
    void setChoice(Choice choice);
    ExportScope scope() const;
    QStringList selectedDeviceIds() const; // empty for the whole application
    // The file the device list was loaded from, while the list is unchanged; else empty.
    QString deviceIdsFile() const;
    DeviceSelectionModel *deviceModel() const { return m_devices; }
    bool isParsingList() const;
    bool isListing() const { return !m_listing.isNull(); }

    QString blockingReason() const override;
    void initializePage() override;
    void cleanupPage() override;
    void cancelListing();

protected:
    void shareWithSession() override;

private:
    QWidget *buildOneDevicePanel();
    QWidget *buildListPanel();
    QWidget *buildApplicationPanel();
    void onChoiceChanged();
    void parsePastedList();
    void loadListFile();
    void listDevices();
    void onListingFinished(const ExportSummary &summary);
    void setVisibleRowsChecked(bool checked);
    void updateSelectionLabel();
    QString listingKey() const;

    QButtonGroup *m_choices;
    QRadioButton *m_oneRadio;
    QRadioButton *m_listRadio;
    QRadioButton *m_appRadio;
    QStackedWidget *m_panels;
    QLineEdit *m_deviceId = nullptr;
    QLabel *m_deviceIdLabel = nullptr; // "v2 device ID", or the tts source's "Device ID"
    QPlainTextEdit *m_listEdit = nullptr;
    InlineMessage *m_listSummary = nullptr;
    QTimer *m_parseTimer;
    QStringList m_listIds;
    QString m_listError;
    QPushButton *m_listButton = nullptr;
    InlineMessage *m_listingStatus = nullptr;
    QLineEdit *m_deviceFilter = nullptr;
    QTreeView *m_deviceTable = nullptr;
    QLabel *m_selectionLabel = nullptr;
    DeviceSelectionModel *m_devices;
    QSortFilterProxyModel *m_deviceProxy;
    QPointer<ExportJob> m_listing;
    bool m_listed = false;
    bool m_listButtonHadFocus = false;
    QString m_listedFor;
    QString m_loadedListFile;
    QString m_loadedListText;
};
