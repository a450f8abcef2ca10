#pragma once

#include <QObject>

// Installed on the wizard's first page: prints "first-paint" on stdout when that page has
// painted for the first time, then quits the application. The cold-start benchmark times the
// process from its start to that line.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};
