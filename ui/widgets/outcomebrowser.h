#pragma once

#include "convert/deviceoutcome.h"

#include <QWidget>

class OutcomeFilterProxy;
class OutcomeTableModel;
class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

// Browses the preview's outcomes: a status filter and a text filter above a sortable table of
// every device (through an OutcomeFilterProxy), sized for EUIs and statuses at any scale. Rows
// may keep arriving in the model while the user filters, sorts and selects.
class OutcomeBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeBrowser(OutcomeTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Selects the first row when rows exist and none is current (the JSON pane then has
    // something to show as soon as the first rows arrive).
    void selectFirstRowIfNone();

signals:
    void currentOutcomeChanged(const DeviceOutcome *outcome); // nullptr: none selected

private:
    void setUpTable();
    void applyStatusFilter();
    void emitCurrentOutcome();

    OutcomeTableModel *m_model;
    OutcomeFilterProxy *m_proxy;
    QComboBox *m_statusFilter;
    QLineEdit *m_textFilter;
    QTableView *m_table;
    // Filters once typing pauses this long, not on every key (each filter pass is O(rows)).
    static constexpr int textFilterDelayMs = 150;
    QTimer *m_textFilterTimer;
};
