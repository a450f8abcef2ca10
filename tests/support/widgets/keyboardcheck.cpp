#include "keyboardcheck.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool shown(const QWidget *widget, const QWidget *window)
{
    return widget->isVisibleTo(window) && window->isVisible();
}

QString mnemonicText(const QWidget *widget)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->textFormat() == Qt::RichText ? QString() : label->text();
    if (const auto *box = qobject_cast<const QGroupBox *>(widget))
        return box->title();
    return {};
}

// The widget that really gets the focus for `widget` (a composite's focus proxy).
QWidget *focusTarget(QWidget *widget)
{
    while (widget && widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

bool takesTabFocus(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// Radio buttons of one exclusive group are one Tab stop (arrows move inside it).
const QObject *tabGroup(const QWidget *widget)
{
    const auto *radio = qobject_cast<const QRadioButton *>(widget);
    if (!radio || !radio->autoExclusive())
        return widget;
    if (radio->group())
        return radio->group();
    return radio->parentWidget();
}

} // namespace

QString KeyboardCheck::describe(const QWidget *widget)
{
    if (!widget)
        return u"(nothing)"_s;
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u' ' + widget->objectName();
    const QString shownText = mnemonicText(widget);
    if (!shownText.isEmpty())
        text += u" “"_s + shownText.left(40) + u"”"_s;
    else if (!widget->accessibleName().isEmpty())
        text += u" ["_s + widget->accessibleName() + u']';
    return text;
}

QStringList KeyboardCheck::mnemonicProblems(QWidget *window)
{
    QStringList problems;
    struct Entry
    {
        QWidget *widget;
        QWidget *target; // where the focus goes (labels), or the control itself
    };
    QHash<QString, QList<Entry>> byKey;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!shown(widget, window))
            continue;
        const QString text = mnemonicText(widget);
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            continue;
        QWidget *target = widget;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            target = focusTarget(label->buddy());
            if (!label->buddy()) {
                problems << u"%1 on %2 leads nowhere: the label has no buddy"_s.arg(
                    key.toString(), describe(widget));
                continue;
            }
            if (!target || target->focusPolicy() == Qt::NoFocus) {
                problems << u"%1 on %2 leads to %3, which never takes the focus"_s.arg(
                    key.toString(), describe(widget), describe(label->buddy()));
                continue;
            }
        }
        byKey[key.toString()].append(Entry { widget, target });
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QStringList names;
        for (const Entry &entry : *it)
            names << describe(entry.widget);
        problems << u"%1 is on %2"_s.arg(it.key(), names.join(u" and "_s));
    }
    // Press each label's mnemonic: the focus must land on its field.
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window, 5000)) {
        problems << u"the window could not be activated to press its mnemonics"_s;
        return problems;
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it->size() != 1 || !qobject_cast<QLabel *>(it->constFirst().widget))
            continue;
        const Entry &entry = it->constFirst();
        if (!entry.target->isEnabled())
            continue;
        // Start elsewhere, so a mnemonic that does nothing shows.
        if (QWidget *away = entry.target->nextInFocusChain(); away && away != entry.target)
            away->setFocus(Qt::OtherFocusReason);
        const QKeySequence key(it.key());
        const QKeyCombination combination = key[0];
        QTest::keyClick(window, combination.key(), combination.keyboardModifiers());
        QWidget *focus = QApplication::focusWidget();
        if (focus != entry.target)
            problems << u"%1 on %2 focused %3 instead of %4"_s.arg(
                it.key(), describe(entry.widget), describe(focus), describe(entry.target));
    }
    return problems;
}

QList<QWidget *> KeyboardCheck::tabCycle(QWidget *window, int limit)
{
    QList<QWidget *> visited;
    QWidget *first = QApplication::focusWidget();
    if (!first)
        return visited;
    visited << first;
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus == first || !window->isAncestorOf(focus))
            break;
        if (visited.contains(focus))
            break; // a loop that does not pass the start again
        visited << focus;
    }
    return visited;
}

QStringList KeyboardCheck::focusChainProblems(QWidget *window, QWidget *area)
{
    QStringList problems;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window, 5000))
        return { u"the window could not be activated to press Tab"_s };

    // Every control a keyboard user should reach.
    QList<QWidget *> expected;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (shown(widget, window) && widget->isEnabled() && takesTabFocus(widget)
            && !widget->focusProxy() && widget->window() == window)
            expected << widget;
    }
    QWidget *start = nullptr;
    for (QWidget *widget : expected) {
        if (area->isAncestorOf(widget)) {
            start = widget;
            break;
        }
    }
    if (!start)
        return problems;
    start->setFocus(Qt::TabFocusReason);
    const QList<QWidget *> cycle = tabCycle(window);

    QSet<const QObject *> reachedGroups;
    for (QWidget *widget : cycle)
        reachedGroups.insert(tabGroup(widget));
    for (QWidget *widget : std::as_const(expected)) {
        if (!reachedGroups.contains(tabGroup(widget)))
            problems << u"Tab never reaches %1"_s.arg(describe(widget));
    }

    // Reading order within the area: rotate the cycle so it starts where Tab enters the area.
    QList<QWidget *> inArea;
    const qsizetype n = cycle.size();
    qsizetype entry = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const bool here = area->isAncestorOf(cycle.at(i));
        const bool before = area->isAncestorOf(cycle.at((i + n - 1) % n));
        if (here && !before) {
            entry = i;
            break;
        }
    }
    for (qsizetype k = 0; k < n; ++k) {
        QWidget *widget = cycle.at((entry + k) % n);
        if (area->isAncestorOf(widget))
            inArea << widget;
    }
    const auto rect = [window](const QWidget *widget) {
        return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    };
    for (qsizetype i = 1; i < inArea.size(); ++i) {
        const QRect a = rect(inArea.at(i - 1));
        const QRect b = rect(inArea.at(i));
        const bool sameRow = a.top() < b.bottom() && b.top() < a.bottom();
        const bool backwards = sameRow ? b.left() < a.left() : b.top() < a.top();
        if (backwards)
            problems << u"Tab goes from %1 back to %2, against the reading order"_s.arg(
                describe(inArea.at(i - 1)), describe(inArea.at(i)));
    }
    return problems;
}
