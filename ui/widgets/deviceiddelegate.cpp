#include "widgets/deviceiddelegate.h"

#include "models/outcometablemodel.h"

#include <QAbstractProxyModel>
#include <QLineEdit>
#include <QToolTip>
#include <QValidator>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
// Acceptable only when the model would take the ID; anything else is Intermediate, so the user
// can go on typing but QLineEdit (and the delegate's Enter) never hands it over.
class DeviceIdValidator : public QValidator
{
public:
    DeviceIdValidator(std::function<bool(const QString &)> accepts, QObject *parent)
        : QValidator(parent)
        , m_accepts(std::move(accepts))
    {
    }

    State validate(QString &input, int &) const override
    {
        return m_accepts(input.trimmed()) ? Acceptable : Intermediate;
    }

private:
    std::function<bool(const QString &)> m_accepts;
};
} // namespace

DeviceIdDelegate::DeviceIdDelegate(OutcomeTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

int DeviceIdDelegate::sourceRow(const QModelIndex &index) const
{
    QModelIndex source = index;
    while (source.isValid() && source.model() != m_model) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model());
        if (!proxy)
            return -1;
        source = proxy->mapToSource(source);
    }
    return source.isValid() ? source.row() : -1;
}

QWidget *DeviceIdDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const int row = sourceRow(index);
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(u"deviceIdEditor"_s);
    editor->setAccessibleName(tr("New v3 device ID"));
    editor->setFrame(false);
    // The longest device ID The Things Stack takes is 36 characters; allow a few more so the
    // sentence, not a silent stop, tells the user.
    editor->setMaxLength(64);
    OutcomeTableModel *model = m_model;
    editor->setValidator(new DeviceIdValidator(
        [model, row](const QString &id) { return model->checkDeviceId(row, id).ok(); }, editor));
    connect(editor, &QLineEdit::textChanged, this, [this, editor, row](const QString &text) {
        const QString id = text.trimmed();
        const TtsImportRules::Violation check = m_model->checkDeviceId(row, id);
        QString problem;
        if (!check.ok())
            problem = tr("Not possible: %1.").arg(check.reason);
        editor->setToolTip(problem);
        // Shown next to the editor at once, not only when the mouse rests on it.
        if (problem.isEmpty())
            QToolTip::hideText();
        else if (editor->isVisible())
            QToolTip::showText(editor->mapToGlobal(editor->rect().bottomLeft()), problem, editor);
        emit checked(id, problem);
    });
    return editor;
}

void DeviceIdDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return;
    const int row = sourceRow(index);
    // The chosen ID, or the derived one as a starting point to change.
    const QString chosen = row >= 0 ? m_model->chosenDeviceId(row) : QString();
    line->setText(chosen.isEmpty() ? index.data(Qt::EditRole).toString() : chosen);
    line->selectAll();
}

void DeviceIdDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line || !line->hasAcceptableInput())
        return; // refused: the cell keeps its ID
    model->setData(index, line->text().trimmed(), Qt::EditRole);
}

void DeviceIdDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    QToolTip::hideText();
    emit editingEnded();
    QStyledItemDelegate::destroyEditor(editor, index);
}
