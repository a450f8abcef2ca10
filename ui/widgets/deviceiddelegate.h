#pragma once

#include <QStyledItemDelegate>

class OutcomeTableModel;

// The editor of the preview's v3 ID cell: a line edit whose text is checked at every keystroke
// against The Things Stack's rules and the other devices of the export
// (OutcomeTableModel::checkDeviceId, i.e. ConversionResult::checkDeviceId). The sentence that
// says what is wrong is shown as the editor's tooltip and sent out by checked(), for the page to
// show under the table; an ID that is refused is never committed: Enter does nothing and leaving
// the cell keeps the ID it had (a validator that never accepts it).
class DeviceIdDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    DeviceIdDelegate(OutcomeTableModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;

    // The row of the preview's own model behind a view's index (through any proxies).
    int sourceRow(const QModelIndex &index) const;

signals:
    // While editing: the editor's text and what is wrong with it (empty: it can be used).
    void checked(const QString &deviceId, const QString &problem) const;
    void editingEnded() const;

private:
    OutcomeTableModel *m_model;
};
