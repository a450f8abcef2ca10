#pragma once

#include <QAbstractTableModel>

// A flat table, as every model of the wizard is: no row has children. A subclass says how many
// rows it holds and how many columns it shows; the rest is QAbstractTableModel's.
class FlatTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = QModelIndex()) const final
    {
        return parent.isValid() ? 0 : rows();
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const final
    {
        return parent.isValid() ? 0 : m_columns;
    }

protected:
    FlatTableModel(int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {
    }
    virtual int rows() const = 0;

private:
    int m_columns;
};
