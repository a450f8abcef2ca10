#pragma once

#include "convert/deviceoutcome.h"
#include "models/flattablemodel.h"

#include <QList>

// The devices of an application after "List devices", each with a check box (all checked at
// first). Only the safe fields of the listing are kept: IDs, EUIs and the activation, no JSON.
class DeviceSelectionModel : public FlatTableModel
{
    Q_OBJECT
public:
    // Name and profile: only where the source has them (ChirpStack); the page hides them else.
    enum Columns {
        IdColumn,
        DevEuiColumn,
        JoinEuiColumn,
        ActivationColumn,
        NameColumn,
        ProfileColumn,
        ColumnCount
    };

    explicit DeviceSelectionModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QList<DeviceOutcome> &batch);
    void clear();

    // Checks or unchecks the given rows with one dataChanged signal.
    void setChecked(const QList<int> &rows, bool checked);
    void setAllChecked(bool checked);

    int checkedCount() const { return m_checkedCount; }
    bool allChecked() const { return m_checkedCount == int(m_rows.size()); }
    QStringList checkedIds() const; // in list order

signals:
    void checkedCountChanged(int checked);

private:
    int rows() const override { return int(m_rows.size()); }
    struct Row
    {
        QString id;
        QString devEui;
        QString joinEui;
        QString activation;
        bool checked = true;
        QString name;
        QString profile;
    };
    QList<Row> m_rows;
    int m_checkedCount = 0;
};
