#pragma once

#include <QPushButton>

// The Stop (or Cancel) button of a long run (preview, save, AppKey run, import), with the
// keyboard hand-off every such run needs: a widget that is disabled or hidden while it has the
// focus passes it on to whatever follows it in the window (About…, Save report…), where Enter
// or Space would do something else. So:
// - appear(starter) shows Stop; when `starter` (the button that started the run and is
//   disabled next) has the focus, Stop takes it, so Space or Enter stops;
// - vanish(next) hides Stop; when Stop had the focus, `next` takes it first.
// Hidden until appear().
class StopButton : public QPushButton
{
    Q_OBJECT
public:
    explicit StopButton(const QString &text, QWidget *parent = nullptr);

    // `starter` nullptr: Stop takes the focus in any case.
    void appear(QWidget *starter);
    // Returns whether Stop had the focus (e.g. to hand it on later, once `next` is enabled).
    // `next` nullptr: only hides.
    bool vanish(QWidget *next);
};
