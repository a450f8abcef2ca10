#pragma once

#include "convert/deviceoutcome.h"

#include <QWidget>

class DeviceIdDelegate;
class OutcomeFilterProxy;
class OutcomeTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// Browses the preview's outcomes: a status filter and a text filter above a sortable table of
// every device (through an OutcomeFilterProxy), sized for EUIs and statuses at any scale. Rows
// may keep arriving in the model while the user filters, sorts and selects.
//
// The notes column (why a device is skipped or failed) matters most and is the last one: it
// always gets the room the other columns leave, at least a readable minimum, whatever the
// window size and font; ID columns grow to the longest ID only as far as that allows. When a
// filter is on, "N of M shown" says how much of the table is hidden.
//
// When the model can rename (a complete preview), the v3 ID cell is edited in place through a
// DeviceIdDelegate: double-click it, or press F2 anywhere on the row.
class OutcomeBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeBrowser(OutcomeTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString shownText() const; // "12 of 1,000 shown" while a filter is on; else empty
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Selects the first row when rows exist and none is current (the JSON pane then has
    // something to show as soon as the first rows arrive).
    void selectFirstRowIfNone();
    DeviceIdDelegate *deviceIdDelegate() const { return m_idDelegate; }
    // Opens the v3 ID editor of the current row (F2); false when there is none or the
    // preview cannot be changed.
    bool editCurrentDeviceId();
    bool isEditingDeviceId() const; // the current row's v3 ID editor is open
    // Says again which outcome is current (its row changed in place).
    // After the current device was repaired (renamed): the JSON pane shows it as it is now,
    // and its row, which a sorted table may have moved, is scrolled back into view.
    void refreshCurrent();

signals:
    void currentOutcomeChanged(const DeviceOutcome *outcome); // nullptr: none selected

private:
    void setUpTable();
    void applyStatusFilter();
    void emitCurrentOutcome();
    void fitColumns();
    void updateShownCount();

    OutcomeTableModel *m_model;
    OutcomeFilterProxy *m_proxy;
    QComboBox *m_statusFilter;
    QLineEdit *m_textFilter;
    QTableView *m_table;
    DeviceIdDelegate *m_idDelegate;
    QLabel *m_shown;
    bool m_fitting = false;
    bool m_userSizedColumns = false; // after the user drags a column, the widths are theirs
    // Filters once typing pauses this long, not on every key (each filter pass is O(rows)).
    static constexpr int textFilterDelayMs = 150;
    QTimer *m_textFilterTimer;
};
