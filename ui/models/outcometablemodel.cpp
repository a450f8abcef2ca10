#include "models/outcometablemodel.h"

#include "appkey/generatedkeycheck.h"
#include "convert/conversionresult.h"
#include "convert/ttsimportrules.h"
#include "widgets/uiicons.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

OutcomeTableModel::OutcomeTableModel(QObject *parent)
    : FlatTableModel(ColumnCount, parent)
{
}

QString OutcomeTableModel::statusText(OutcomeStatus status)
{
    switch (status) {
    case OutcomeStatus::Exported:
        return tr("Exported");
    case OutcomeStatus::Skipped:
        return tr("Skipped");
    case OutcomeStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QString OutcomeTableModel::activationText(const DeviceOutcome &outcome)
{
    QString text;
    switch (outcome.activation) {
    case Activation::Otaa:
        text = tr("OTAA");
        break;
    case Activation::Abp:
        text = tr("ABP");
        break;
    case Activation::Template:
        text = tr("Template");
        break;
    case Activation::Unusable:
        text = tr("Unusable");
        break;
    case Activation::Unknown:
        return QString(); // never read: nothing to say (the note says why)
    }
    return outcome.sessionExported ? tr("%1 with session").arg(text) : text;
}

QString OutcomeTableModel::notesText(const DeviceOutcome &outcome)
{
    QStringList notes;
    if (!outcome.reason.isEmpty())
        notes << outcome.reason + repairHint(outcome);
    notes << outcome.warnings;
    return notes.join(u"; "_s);
}

QString OutcomeTableModel::repairHint(const DeviceOutcome &outcome)
{
    // The core's sentence names no control (TtsImportRules): the wizard says where its repair is.
    if (outcome.status != OutcomeStatus::Failed)
        return {};
    switch (TtsImportRules::repairFor(outcome.rule)) {
    case TtsRepair::NewDeviceId:
        return u" "_s
            + tr("(once the preview is complete, double-click its v3 ID to give it another one)");
    case TtsRepair::DropAttributes:
        return u" "_s
            + tr("(or tick “Drop attributes The Things Stack refuses” on the Options "
                 "page)");
    case TtsRepair::None:
        break;
    }
    return {};
}

QVariant OutcomeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceOutcome &outcome = m_outcomes.at(index.row());
    const int column = index.column();
    if (role == StatusRole)
        return int(outcome.status);
    if (role == SortRole && column == StatusColumn)
        return int(outcome.status);
    if (role == Qt::DecorationRole && column == StatusColumn)
        return UiIcons::status(outcome.status);
    if (role == Qt::ToolTipRole) {
        if (column == V3IdColumn && m_result)
            return tr("<p>%1</p><p>Double-click or press F2 to give it another v3 ID.</p>")
                .arg(outcome.v3DeviceId.toHtmlEscaped());
        return toolTip(outcome, column, m_notes.at(index.row()));
    }
    if (role == Qt::EditRole && column == V3IdColumn)
        return outcome.v3DeviceId;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case StatusColumn:
        return statusText(outcome.status);
    case V2IdColumn:
        return outcome.v2DeviceId;
    case V3IdColumn:
        return outcome.v3DeviceId;
    case DevEuiColumn:
        return outcome.devEui;
    case JoinEuiColumn:
        return outcome.joinEui;
    case ActivationColumn:
        return activationText(outcome);
    case NotesColumn:
        return m_notes.at(index.row());
    }
    return {};
}

QVariant OutcomeTableModel::toolTip(const DeviceOutcome &outcome, int column, const QString &notes)
{
    // Rich text, so a long reason wraps in the tooltip instead of running off the screen.
    const auto paragraph = [](const QString &text) {
        return text.isEmpty() ? QVariant() : QVariant(u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s);
    };
    switch (column) {
    case V2IdColumn: // IDs can be longer than their column
        return paragraph(outcome.v2DeviceId);
    case V3IdColumn:
        return paragraph(outcome.v3DeviceId);
    case NotesColumn:
        return paragraph(notes);
    default:
        return {};
    }
}

Qt::ItemFlags OutcomeTableModel::flags(const QModelIndex &index) const
{
    // A flat table: saying so spares a tree view one hasChildren() call per row on every
    // relayout (100,000 of them for a large application).
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return base;
    if (m_result && index.column() == V3IdColumn)
        return base | Qt::ItemNeverHasChildren | Qt::ItemIsEditable;
    return base | Qt::ItemNeverHasChildren;
}

void OutcomeTableModel::setFromTts(bool fromTts)
{
    if (fromTts == m_fromTts)
        return;
    m_fromTts = fromTts;
    emit headerDataChanged(Qt::Horizontal, V2IdColumn, V3IdColumn);
}

QVariant OutcomeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case V2IdColumn:
        return m_fromTts ? tr("Source device ID") : tr("v2 device ID");
    case V3IdColumn:
        return m_fromTts ? tr("New device ID") : tr("v3 device ID");
    case DevEuiColumn:
    case JoinEuiColumn:
    case ActivationColumn:
        return sharedColumnTitle(Columns(section));
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

QString OutcomeTableModel::sharedColumnTitle(Columns column)
{
    switch (column) {
    case DevEuiColumn:
        return tr("DevEUI");
    case JoinEuiColumn:
        return tr("JoinEUI");
    case ActivationColumn:
        return tr("Activation");
    default:
        return QString();
    }
}

QByteArray OutcomeTableModel::buildSearchText(const DeviceOutcome &outcome, const QString &notes)
{
    // Case folding once per row, not once per row and keystroke: QStringMatcher's
    // case-insensitive search was most of a 100,000-row filter pass. UTF-8 because a
    // substring of code points is a substring of their UTF-8 bytes; fields are separated by
    // a character no typed text holds, so a match never spans two columns.
    const QString *fields[]
        = { &outcome.v2DeviceId, &outcome.v3DeviceId, &outcome.devEui, &outcome.joinEui, &notes };
    const auto isAscii = [](const QString *field) {
        return std::all_of(
            field->cbegin(), field->cend(), [](QChar c) { return c.unicode() < 0x80; });
    };
    if (!std::all_of(std::begin(fields), std::end(fields), isAscii)) {
        QString text = *fields[0];
        for (auto field = std::begin(fields) + 1; field != std::end(fields); ++field) {
            text += kSearchFieldSeparator;
            text += **field;
        }
        return text.toCaseFolded().toUtf8();
    }
    // IDs and EUIs are ASCII: fold them byte by byte into one buffer (the rows arrive on
    // the GUI thread, up to 10,000 at a time), without QString's full case folding.
    qsizetype size = std::size(fields) - 1;
    for (const QString *field : fields)
        size += field->size();
    QByteArray ascii(size, Qt::Uninitialized);
    char *out = ascii.data();
    for (const QString *field : fields) {
        if (field != fields[0])
            *out++ = char(kSearchFieldSeparator);
        for (const QChar c : *field) {
            const char16_t u = c.unicode();
            *out++ = char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
        }
    }
    return ascii;
}

QByteArrayView OutcomeTableModel::searchField(const QByteArray &searchText, SearchField field)
{
    QByteArrayView rest(searchText);
    for (int skip = int(field); skip > 0; --skip) {
        const qsizetype separator = rest.indexOf(char(kSearchFieldSeparator));
        if (separator < 0)
            return {};
        rest = rest.sliced(separator + 1);
    }
    const qsizetype end = rest.indexOf(char(kSearchFieldSeparator));
    return end < 0 ? rest : rest.first(end);
}

void OutcomeTableModel::append(QList<DeviceOutcome> batch)
{
    if (batch.isEmpty())
        return;
    const int first = int(m_outcomes.size());
    beginInsertRows(QModelIndex(), first, first + int(batch.size()) - 1);
    m_notes.reserve(first + batch.size());
    m_searchTexts.reserve(first + batch.size());
    if (m_generatedKeys && !m_generatedKeys->isEmpty()) {
        for (DeviceOutcome &outcome : batch) {
            if (outcome.status != OutcomeStatus::Exported
                || !m_generatedKeys->holdsGeneratedKey(outcome.json))
                continue;
            ++m_generatedKeyRows;
            outcome.warnings << (m_fromTts
                    ? tr("its AppKey in the source Join Server was generated by the AppKey "
                         "change, not the device's own: restore the original keys before "
                         "saving (Export page)")
                    : tr("its AppKey in TTN v2 was generated by the AppKey change, not the "
                         "device's own: restore the original keys before saving (Export page)"));
        }
    }
    for (const DeviceOutcome &outcome : std::as_const(batch)) {
        m_notes.append(outcome.reason.isEmpty() && outcome.warnings.isEmpty() ? QString()
                                                                              : notesText(outcome));
        m_searchTexts.append(buildSearchText(outcome, m_notes.constLast()));
        if (outcome.v2DeviceId.size() > m_longestV2Id.size())
            m_longestV2Id = outcome.v2DeviceId;
        if (outcome.v3DeviceId.size() > m_longestV3Id.size())
            m_longestV3Id = outcome.v3DeviceId;
        m_hasSessions = m_hasSessions || outcome.sessionExported;
        count(outcome, +1);
    }
    m_outcomes.append(std::move(batch)); // moved when the caller gave its list up
    endInsertRows();
}

void OutcomeTableModel::count(const DeviceOutcome &outcome, int delta)
{
    switch (outcome.status) {
    case OutcomeStatus::Exported:
        m_counts.exported += delta;
        break;
    case OutcomeStatus::Skipped:
        m_counts.skipped += delta;
        break;
    case OutcomeStatus::Failed:
        m_counts.failed += delta;
        if (outcome.rule != TtsRule::None)
            m_counts.refused += delta;
        break;
    }
}

void OutcomeTableModel::setResult(std::shared_ptr<ConversionResult> result)
{
    // Only a result that is this table, row for row, can repair it.
    if (result && result->size() != m_outcomes.size())
        result.reset();
    // No dataChanged(): views ask flags() when an edit starts, and a signal over 100,000 rows
    // would make the filter proxy look at every one of them again.
    m_result = std::move(result);
}

TtsImportRules::Violation OutcomeTableModel::checkDeviceId(int row, const QString &deviceId) const
{
    if (!m_result || row < 0 || row >= m_outcomes.size()) {
        TtsImportRules::Violation refused;
        refused.rule = TtsRule::DeviceIdFormat;
        refused.reason = tr("this preview cannot be changed");
        return refused;
    }
    if (deviceId.isEmpty())
        return {};
    return m_result->checkDeviceId(row, deviceId);
}

QList<int> OutcomeTableModel::renameDevice(int row, const QString &deviceId)
{
    if (!checkDeviceId(row, deviceId).ok())
        return {};
    QList<int> changed;
    for (const qsizetype repaired : m_result->setDeviceId(row, deviceId)) {
        const int r = int(repaired);
        count(m_outcomes.at(r), -1);
        m_outcomes[r] = m_result->outcome(repaired);
        const DeviceOutcome &outcome = m_outcomes.at(r);
        count(outcome, +1);
        m_notes[r] = notesText(outcome);
        m_searchTexts[r] = buildSearchText(outcome, m_notes.at(r));
        if (outcome.v3DeviceId.size() > m_longestV3Id.size())
            m_longestV3Id = outcome.v3DeviceId;
        changed << r;
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
    emit rowsRepaired(changed);
    return changed;
}

int OutcomeTableModel::renamedCount() const
{
    int renamed = 0;
    for (qsizetype row = 0; m_result && row < m_result->size(); ++row)
        renamed += !m_result->chosenDeviceId(row).isEmpty();
    return renamed;
}

QString OutcomeTableModel::chosenDeviceId(int row) const
{
    return m_result ? m_result->chosenDeviceId(row) : QString();
}

bool OutcomeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != V3IdColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString deviceId = value.toString().trimmed();
    if (deviceId == m_outcomes.at(index.row()).v3DeviceId && !deviceId.isEmpty())
        return true; // unchanged: nothing to convert again
    return !renameDevice(index.row(), deviceId).isEmpty();
}

void OutcomeTableModel::clear()
{
    beginResetModel();
    m_result.reset();
    m_outcomes.clear();
    m_notes.clear();
    m_searchTexts.clear();
    m_longestV2Id.clear();
    m_longestV3Id.clear();
    m_hasSessions = false;
    m_generatedKeyRows = 0;
    m_counts = {};
    endResetModel();
}

void OutcomeTableModel::setGeneratedKeyCheck(std::shared_ptr<const GeneratedKeyCheck> check)
{
    m_generatedKeys = std::move(check);
}
