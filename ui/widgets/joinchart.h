#pragma once

#include "tts/ttstracker.h"

#include <QList>
#include <QWidget>

// The status page's picture of the fleet joining: from each refresh's counts, the devices in
// The Things Stack stacked over time, active at the bottom, then joined (not active yet), then
// waiting; the device count on the left, the first and last refresh's times below (the
// locale's format, with the date when not today) and a legend above. Painted with QPainter in
// the palette's colours (light or dark) at any scale. It offers nothing to do, so it is not a
// tab stop; its accessible description (and tooltip) says the latest numbers in words.
class JoinChart : public QWidget
{
    Q_OBJECT
public:
    enum class Series { Active, Joined, Waiting };

    explicit JoinChart(QWidget *parent = nullptr);

    void setHistory(const QList<TtsJoinCounts> &history);
    const QList<TtsJoinCounts> &history() const { return m_history; }

    static QString seriesName(Series series);
    // The series' fill, readable on the palette's Base (light or dark).
    static QColor color(Series series, const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void describe();

    QList<TtsJoinCounts> m_history;
};
