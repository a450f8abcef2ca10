#include "widgets/joinchart.h"

#include "models/joinstatusmodel.h"
#include "util/localenumbers.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;
using LocaleNumbers::number;
using LocaleNumbers::withGroupedN;

namespace {
// Below this span the axis shows seconds (a demo, or a refresh just after another).
constexpr qint64 kSecondsBelowMs = 10 * 60 * 1000;

int cumulative(const TtsJoinCounts &counts, JoinChart::Series upTo)
{
    switch (upTo) {
    case JoinChart::Series::Active:
        return counts.active;
    case JoinChart::Series::Joined:
        return counts.active + counts.joined;
    case JoinChart::Series::Waiting:
        return counts.inTts();
    }
    return 0;
}
} // namespace

JoinChart::JoinChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::NoFocus); // nothing to do here: Tab goes past it
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Devices joining over time"));
    describe();
}

void JoinChart::setHistory(const QList<TtsJoinCounts> &history)
{
    m_history = history;
    describe();
    update();
}

QString JoinChart::seriesName(Series series)
{
    switch (series) {
    case Series::Active:
        return tr("Active");
    case Series::Joined:
        return tr("Joined, not active yet");
    case Series::Waiting:
        return tr("Waiting");
    }
    return {};
}

QColor JoinChart::color(Series series, const QPalette &palette)
{
    QColor color;
    switch (series) {
    case Series::Active:
        color = QColor(0x2e, 0x9e, 0x4f);
        break;
    case Series::Joined:
        color = QColor(0x3b, 0x82, 0xd0);
        break;
    case Series::Waiting:
        color = QColor(0xee, 0xb8, 0x55);
        break;
    }
    // A little lighter on a dark base, so the bands stand out from it as they do on white.
    if (palette.color(QPalette::Base).lightness() < 128)
        color = color.lighter(120);
    return color;
}

QSize JoinChart::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return { metrics.averageCharWidth() * 60, metrics.height() * 8 };
}

QSize JoinChart::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return { metrics.averageCharWidth() * 30, metrics.height() * 8 };
}

void JoinChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        updateGeometry();
        update();
        break;
    case QEvent::PaletteChange:
        update();
        break;
    case QEvent::LanguageChange:
        setAccessibleName(tr("Devices joining over time"));
        describe();
        update();
        break;
    default:
        break;
    }
}

void JoinChart::describe()
{
    QString text;
    if (m_history.isEmpty()) {
        text = tr("No answer from The Things Stack yet.");
    } else {
        const TtsJoinCounts &first = m_history.constFirst();
        const TtsJoinCounts &last = m_history.constLast();
        const int refreshes = int(m_history.size());
        text = tr("At %1: %2")
                   .arg(JoinStatusModel::whenText(last.at), JoinStatusModel::countsText(last))
            + u' '
            + withGroupedN(tr("%n refresh(es) since %1.", nullptr, refreshes), refreshes)
                  .arg(JoinStatusModel::whenText(first.at));
    }
    setAccessibleDescription(text);
    setToolTip(text);
}

void JoinChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetricsF metrics(font());
    const qreal line = metrics.height();
    const qreal gap = std::max<qreal>(2, line / 3);
    const QColor text = pal.color(QPalette::WindowText);
    QColor faint = text;
    faint.setAlphaF(0.3f);
    const std::array<Series, 3> topDown { Series::Waiting, Series::Joined, Series::Active };

    // The legend: one row at the top, in the order the bands are stacked.
    qreal x = 0;
    const qreal swatch = std::round(metrics.ascent() * 0.8);
    for (Series series : topDown) {
        const QRectF box(x, std::round((line - swatch) / 2), swatch, swatch);
        painter.fillRect(box, color(series, pal));
        x += swatch + gap;
        const QString name = seriesName(series);
        painter.setPen(text);
        painter.drawText(QRectF(x, 0, metrics.horizontalAdvance(name) + 1, line),
            Qt::AlignLeft | Qt::AlignVCenter, name);
        x += metrics.horizontalAdvance(name) + line;
    }

    int most = 1;
    for (const TtsJoinCounts &counts : m_history)
        most = std::max(most, counts.inTts());
    const QString topLabel = number(most);
    const QString zeroLabel = number(0);
    const qreal labelWidth
        = std::max(metrics.horizontalAdvance(topLabel), metrics.horizontalAdvance(zeroLabel));
    const QRectF plot(labelWidth + gap, line + gap, width() - labelWidth - gap - 1,
        height() - 2 * (line + gap) - 1);
    if (plot.width() < 4 || plot.height() < 4)
        return;
    painter.fillRect(plot, pal.color(QPalette::Base));
    painter.setPen(text);
    painter.drawText(QRectF(0, plot.top() - line / 2, labelWidth, line),
        Qt::AlignRight | Qt::AlignVCenter, topLabel);
    painter.drawText(QRectF(0, plot.bottom() - line / 2, labelWidth, line),
        Qt::AlignRight | Qt::AlignVCenter, zeroLabel);
    painter.setPen(QPen(faint, 1));
    painter.drawLine(
        QPointF(plot.left(), plot.center().y()), QPointF(plot.right(), plot.center().y()));

    if (m_history.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, accessibleDescription());
    } else {
        const qint64 first = m_history.constFirst().at.toMSecsSinceEpoch();
        const qint64 span = m_history.constLast().at.toMSecsSinceEpoch() - first;
        // One refresh only: its counts across the whole width.
        QList<std::pair<qreal, const TtsJoinCounts *>> points;
        for (const TtsJoinCounts &counts : m_history) {
            const qint64 at = counts.at.toMSecsSinceEpoch() - first;
            points.append(
                { span > 0 ? plot.left() + plot.width() * qreal(at) / qreal(span) : plot.left(),
                    &counts });
        }
        if (span <= 0)
            points.append({ plot.right(), &m_history.constLast() });
        const auto y = [&](int value) { return plot.bottom() - plot.height() * value / most; };
        for (Series series : topDown) {
            QPainterPath band;
            band.moveTo(points.constFirst().first, plot.bottom());
            for (const auto &point : points)
                band.lineTo(point.first, y(cumulative(*point.second, series)));
            band.lineTo(points.constLast().first, plot.bottom());
            band.closeSubpath();
            painter.fillPath(band, color(series, pal));
        }
        // Each refresh as a faint tick on the time axis.
        painter.setPen(QPen(faint, 1));
        for (const auto &point : points)
            painter.drawLine(
                QPointF(point.first, plot.bottom()), QPointF(point.first, plot.bottom() + gap));

        const bool seconds = span < kSecondsBelowMs;
        const QString from = JoinStatusModel::whenText(m_history.constFirst().at, seconds);
        const QString to = JoinStatusModel::whenText(m_history.constLast().at, seconds);
        const QRectF axis(plot.left(), plot.bottom() + gap, plot.width(), line);
        painter.setPen(text);
        painter.drawText(axis, Qt::AlignRight | Qt::AlignTop, to);
        if (from != to
            && metrics.horizontalAdvance(from) + metrics.horizontalAdvance(to) + line
                < plot.width())
            painter.drawText(axis, Qt::AlignLeft | Qt::AlignTop, from);
    }
    painter.setPen(QPen(faint, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
}
