#include "PrintDocument.h"

#include <QApplication>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

using namespace Qt::StringLiterals;

namespace frontline {

using analytics::ColumnType;
using analytics::ReportTable;

namespace {

const QColor Ink(0x1f, 0x29, 0x37);
const QColor Muted(0x6b, 0x72, 0x80);
const QColor Rule(0xd1, 0xd5, 0xdb);
const QColor HeaderFill(0xe8, 0xee, 0xf7);
const QColor Zebra(0xf6, 0xf7, 0xf9);
const QColor CardBorder(0xd8, 0xdd, 0xe5);

bool isNumeric(ColumnType type)
{
    return type != ColumnType::Text && type != ColumnType::Date;
}

} // namespace

QFont PrintDocument::paperFont(double points, bool bold)
{
    QFont f = QApplication::font();
    // A Latin face first, then the Chinese ones for 汉字. Qt's PDF writer finds a glyph's text
    // (for search and copy) through the font's character map; Noto Sans CJK draws digits next to
    // Latin text with glyphs that map lacks, so "2025-03" would copy as "-".
    QStringList families = {u"Noto Sans"_s,          u"DejaVu Sans"_s,     u"Segoe UI"_s,
                            u"Helvetica Neue"_s,     u"Arial"_s,           u"Noto Sans CJK SC"_s,
                            u"Source Han Sans SC"_s, u"Microsoft YaHei"_s, u"PingFang SC"_s,
                            u"WenQuanYi Micro Hei"_s};
    families << f.families();
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

struct PrintDocument::Block
{
    enum Kind
    {
        Heading,
        Text,
        Cards,
        Charts,
        Table
    };
    Kind kind = Text;
    QString text;
    QList<PrintCard> cards;
    int columns = 3;
    std::vector<std::unique_ptr<QGraphicsScene>> scenes; // each owns its chart
    QList<QChart *> charts;
    double heightMm = 0;
    ReportTable table;
};

struct PrintDocument::Placed
{
    const Block *block = nullptr;
    QRectF rect;
    qsizetype firstRow = 0; // tables: the rows [firstRow, lastRow) on this page
    qsizetype lastRow = 0;
    bool continued = false;
};

struct TableMetrics
{
    QFont font;
    QFont bold;
    QList<double> widths;
    QList<double> rowHeights;
    double headerHeight = 0;
    double titleHeight = 0;
    double padX = 0;
    double padY = 0;
};

struct PrintDocument::Layout
{
    QPaintDevice *device = nullptr;
    double dpi = 72;
    QSizeF size;    // the paintable area of a page
    QRectF body;    // between the running header and the footer
    double gap = 0; // between blocks
    std::vector<std::vector<Placed>> pages;
    std::map<const Block *, TableMetrics> tables;
    std::map<const Block *, double> heights; // cards, text, headings
    double titleHeight = 0;                  // the first page's title

    double mm(double v) const { return v * dpi / 25.4; }
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, device); }
};

PrintDocument::PrintDocument(PrintHeader header) : m_header(std::move(header)) {}

PrintDocument::~PrintDocument() = default;

void PrintDocument::addHeading(const QString &text)
{
    auto b = std::make_unique<Block>();
    b->kind = Block::Heading;
    b->text = text;
    m_blocks.push_back(std::move(b));
}

void PrintDocument::addText(const QString &text)
{
    auto b = std::make_unique<Block>();
    b->kind = Block::Text;
    b->text = text;
    m_blocks.push_back(std::move(b));
}

void PrintDocument::addCards(const QList<PrintCard> &cards, int columns)
{
    if (cards.isEmpty())
        return;
    auto b = std::make_unique<Block>();
    b->kind = Block::Cards;
    b->cards = cards;
    b->columns = std::max(1, columns);
    m_blocks.push_back(std::move(b));
}

void PrintDocument::addCharts(const QList<QChart *> &charts, double heightMm)
{
    if (charts.isEmpty())
        return;
    auto b = std::make_unique<Block>();
    b->kind = Block::Charts;
    b->charts = charts;
    b->heightMm = heightMm;
    for (QChart *chart : charts) {
        auto scene = std::make_unique<QGraphicsScene>();
        scene->addItem(chart);
        b->scenes.push_back(std::move(scene));
    }
    m_blocks.push_back(std::move(b));
}

void PrintDocument::addTable(const ReportTable &table)
{
    auto b = std::make_unique<Block>();
    b->kind = Block::Table;
    b->table = table;
    m_blocks.push_back(std::move(b));
}

QPageLayout PrintDocument::a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                       QPageLayout::Millimeter);
}

bool PrintDocument::canPaint(QString *error)
{
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = tr("Printing needs the graphical part of Frontline (a QApplication).");
    return false;
}

namespace {

TableMetrics measureTable(const ReportTable &table, QPaintDevice *device, double width, double dpi)
{
    const auto mm = [dpi](double v) { return v * dpi / 25.4; };
    TableMetrics m;
    m.padX = mm(1.4);
    m.padY = mm(0.9);
    const qsizetype columns = table.columns.size();
    QList<double> natural(columns), least(columns);
    // The largest font at which every column gets at least its least width.
    for (const double points : {8.5, 8.0, 7.5, 7.0, 6.5}) {
        m.font = PrintDocument::paperFont(points);
        m.bold = PrintDocument::paperFont(points, true);
        const QFontMetricsF fm(m.font, device);
        const QFontMetricsF fb(m.bold, device);
        double sum = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            double cells = 0;
            for (qsizetype r = 0; r < table.rows.size(); ++r)
                cells = std::max(cells, fm.horizontalAdvance(table.displayText(r, c)));
            const QString title = table.columns.at(c).title;
            double word = 0; // a header wraps at spaces (and between 汉字), never inside a word
            for (const QString &w : title.split(u' ', Qt::SkipEmptyParts))
                word = std::max(word, w.at(0).unicode() >= 0x2E80 ? fb.horizontalAdvance(w.left(2))
                                                                  : fb.horizontalAdvance(w));
            natural[c] = std::max(cells, fb.horizontalAdvance(title)) + 2 * m.padX;
            // Figures never wrap; text may, down to about 20 mm.
            const double cellLeast = isNumeric(table.columns.at(c).type) ? cells : std::min(cells, mm(20));
            least[c] = std::max(cellLeast, word) + 2 * m.padX;
            sum += least[c];
        }
        if (sum <= width)
            break;
    }
    m.widths = least;
    double spare = width - std::accumulate(least.cbegin(), least.cend(), 0.0);
    double wanted = 0;
    for (qsizetype c = 0; c < columns; ++c)
        wanted += natural[c] - least[c];
    if (spare > 0 && wanted > 0) {
        const double share = std::min(1.0, spare / wanted);
        for (qsizetype c = 0; c < columns; ++c)
            m.widths[c] += (natural[c] - least[c]) * share;
        spare -= std::min(spare, wanted);
    }
    if (spare > 0 && columns > 0) {
        // The rest of the line to the text columns (names read better with room), else to all.
        QList<qsizetype> text;
        for (qsizetype c = 0; c < columns; ++c)
            if (!isNumeric(table.columns.at(c).type))
                text << c;
        if (text.isEmpty() || text.size() == columns) {
            for (qsizetype c = 0; c < columns; ++c)
                m.widths[c] += spare / double(columns);
        } else {
            // Figures get a little air too, so that they do not touch the next column.
            const double figures = std::min(spare / 3.0, m.padX * 4 * double(columns - text.size()));
            for (qsizetype c = 0; c < columns; ++c)
                m.widths[c] += isNumeric(table.columns.at(c).type) ? figures / double(columns - text.size())
                                                                   : (spare - figures) / double(text.size());
        }
    }
    const QFontMetricsF fm(m.font, device);
    const QFontMetricsF fb(m.bold, device);
    const auto height = [&](const QFontMetricsF &f, const QString &text, double w) {
        return f.boundingRect(QRectF(0, 0, std::max(1.0, w - 2 * m.padX), 1e6), Qt::TextWordWrap, text)
            .height();
    };
    m.headerHeight = 0;
    for (qsizetype c = 0; c < columns; ++c)
        m.headerHeight = std::max(m.headerHeight, height(fb, table.columns.at(c).title, m.widths.at(c)));
    m.headerHeight += 2 * m.padY;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        double h = fm.height();
        for (qsizetype c = 0; c < columns; ++c) {
            if (!isNumeric(table.columns.at(c).type))
                h = std::max(h, height(fm, table.displayText(r, c), m.widths.at(c)));
        }
        m.rowHeights << h + 2 * m.padY;
    }
    if (table.rows.isEmpty())
        m.rowHeights << fm.height() + 2 * m.padY; // "nothing in this period"
    m.titleHeight = QFontMetricsF(PrintDocument::paperFont(10.5, true), device).height() + mm(2);
    return m;
}

} // namespace

void PrintDocument::layout(Layout &l) const
{
    l.gap = l.mm(5);
    const double header = l.mm(10);
    const double footer = l.mm(9);
    l.body = QRectF(0, header, l.size.width(), l.size.height() - header - footer);
    l.pages.clear();
    l.pages.emplace_back();
    const QFontMetricsF title(paperFont(16, true), l.device);
    const QFontMetricsF sub(paperFont(9), l.device);
    l.titleHeight = title.height() + sub.height() + l.mm(4);
    double y = l.body.top() + l.titleHeight;
    const double width = l.body.width();
    const auto newPage = [&] {
        l.pages.emplace_back();
        y = l.body.top();
    };
    const auto fits = [&](double h) { return y + h <= l.body.bottom() + 0.5; };
    const auto place = [&](const Block *b, double h) {
        if (!fits(h) && y > l.body.top() + 1)
            newPage();
        l.pages.back().push_back(Placed{b, QRectF(0, y, width, h)});
        y += h + l.gap;
    };
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        const Block *b = m_blocks.at(i).get();
        switch (b->kind) {
        case Block::Heading: {
            const double h = QFontMetricsF(paperFont(12, true), l.device).height() + l.mm(1);
            l.heights[b] = h;
            // Kept with what follows it: at least 30 mm of it on the same page.
            if (!fits(h + l.mm(30)) && y > l.body.top() + 1)
                newPage();
            l.pages.back().push_back(Placed{b, QRectF(0, y, width, h)});
            y += h + l.mm(1.5);
            break;
        }
        case Block::Text: {
            const double h = QFontMetricsF(paperFont(9), l.device)
                                 .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, b->text)
                                 .height();
            l.heights[b] = h;
            place(b, h);
            break;
        }
        case Block::Cards: {
            const QFontMetricsF small(paperFont(7.5), l.device);
            const QFontMetricsF value(paperFont(15, true), l.device);
            qsizetype lines = 0;
            for (const PrintCard &c : b->cards)
                lines = std::max(lines, c.details.size());
            const double cardHeight = l.mm(6) + small.height() * double(1 + lines) + value.height() + l.mm(2);
            l.heights[b] = cardHeight;
            const qsizetype rows = (b->cards.size() + b->columns - 1) / b->columns;
            for (qsizetype r = 0; r < rows; ++r) {
                if (!fits(cardHeight) && y > l.body.top() + 1)
                    newPage();
                Placed p{b, QRectF(0, y, width, cardHeight)};
                p.firstRow = r;
                l.pages.back().push_back(p);
                y += cardHeight + l.mm(3);
            }
            y += l.gap - l.mm(3);
            break;
        }
        case Block::Charts:
            place(b, std::min(l.mm(b->heightMm), l.body.height()));
            break;
        case Block::Table: {
            const TableMetrics &m = l.tables[b] = measureTable(b->table, l.device, width, l.dpi);
            const qsizetype rows = std::max<qsizetype>(1, b->table.rows.size());
            qsizetype row = 0;
            bool continued = false;
            // A short table is not split: it starts on the next page when it does not fit here.
            const double whole = m.titleHeight + m.headerHeight +
                                 std::accumulate(m.rowHeights.cbegin(), m.rowHeights.cend(), 0.0);
            if (whole <= l.body.height() * 0.4 && !fits(whole) && y > l.body.top() + 1)
                newPage();
            while (row < rows) {
                // The title, the header and at least one row together.
                if (!fits(m.titleHeight + m.headerHeight + m.rowHeights.at(row)) && y > l.body.top() + 1)
                    newPage();
                const double top = y;
                y += m.titleHeight + m.headerHeight;
                const qsizetype first = row;
                while (row < rows && (row == first || fits(m.rowHeights.at(row)))) {
                    y += m.rowHeights.at(row);
                    ++row;
                }
                Placed p{b, QRectF(0, top, width, y - top)};
                p.firstRow = first;
                p.lastRow = row;
                p.continued = continued;
                l.pages.back().push_back(p);
                continued = true;
                if (row < rows)
                    newPage();
            }
            y += l.gap;
            break;
        }
        }
    }
}

int PrintDocument::print(QPrinter *printer) const
{
    return paint(printer);
}

int PrintDocument::paint(QPagedPaintDevice *device) const
{
    Layout l;
    l.device = device;
    l.dpi = device->logicalDpiY();
    const QRectF paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    l.size = paintRect.size();
    layout(l);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < int(l.pages.size()); ++page) {
        if (page > 0 && !device->newPage())
            return 0;
        paintHeaderFooter(painter, l, page);
        paintPage(painter, l, page);
    }
    painter.end();
    return int(l.pages.size());
}

void PrintDocument::paintHeaderFooter(QPainter &painter, const Layout &l, int page) const
{
    const double w = l.size.width();
    const QFont company = paperFont(9, true);
    const QFont small = paperFont(7.5);
    const double headerLine = l.body.top() - l.mm(3);
    painter.setPen(Ink);
    painter.setFont(company);
    const QRectF top(0, 0, w, headerLine - l.mm(1));
    QString right = m_header.title;
    if (!m_header.period.isEmpty())
        right += u" · "_s + m_header.period;
    painter.setFont(small);
    const double rightWidth = std::min(w * 0.6, QFontMetricsF(small, l.device).horizontalAdvance(right) + 1);
    painter.setPen(Muted);
    painter.drawText(QRectF(w - rightWidth, 0, rightWidth, top.height()), Qt::AlignRight | Qt::AlignBottom,
                     right);
    painter.setPen(Ink);
    painter.setFont(company);
    painter.drawText(QRectF(0, 0, w - rightWidth - l.mm(4), top.height()), Qt::AlignLeft | Qt::AlignBottom,
                     QFontMetricsF(company, l.device)
                         .elidedText(m_header.company, Qt::ElideRight, w - rightWidth - l.mm(4)));
    painter.setPen(QPen(Rule, l.mm(0.25)));
    painter.drawLine(QPointF(0, headerLine), QPointF(w, headerLine));

    const double footerLine = l.body.bottom() + l.mm(3);
    painter.drawLine(QPointF(0, footerLine), QPointF(w, footerLine));
    painter.setFont(small);
    painter.setPen(Muted);
    const QRectF bottom(0, footerLine + l.mm(1), w, l.size.height() - footerLine - l.mm(1));
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignTop,
                     tr("Frontline · printed %1").arg(m_header.printedAt.toString(u"yyyy-MM-dd HH:mm"_s)));
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignTop,
                     tr("Page %1 of %2").arg(page + 1).arg(int(l.pages.size())));

    if (page == 0) {
        const QFont titleFont = paperFont(16, true);
        const QFontMetricsF tm(titleFont, l.device);
        painter.setFont(titleFont);
        painter.setPen(Ink);
        painter.drawText(QRectF(0, l.body.top(), w, tm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         m_header.title);
        QStringList sub;
        for (const QString &s : {m_header.period, m_header.subject})
            if (!s.isEmpty())
                sub << s;
        painter.setFont(paperFont(9));
        painter.setPen(Muted);
        painter.drawText(QRectF(0, l.body.top() + tm.height(), w, l.titleHeight - tm.height()),
                         Qt::AlignLeft | Qt::AlignTop, sub.join(u" · "_s));
    }
}

void PrintDocument::paintPage(QPainter &painter, const Layout &l, int page) const
{
    for (const Placed &p : l.pages.at(std::size_t(page))) {
        const Block *b = p.block;
        switch (b->kind) {
        case Block::Heading:
            painter.setFont(paperFont(12, true));
            painter.setPen(Ink);
            painter.drawText(p.rect, Qt::AlignLeft | Qt::AlignVCenter, b->text);
            break;
        case Block::Text:
            painter.setFont(paperFont(9));
            painter.setPen(Ink);
            painter.drawText(p.rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, b->text);
            break;
        case Block::Cards: {
            const double gap = l.mm(3);
            const double cw = (p.rect.width() - gap * (b->columns - 1)) / b->columns;
            const QFont titleFont = paperFont(8);
            const QFont valueFont = paperFont(15, true);
            const QFont small = paperFont(7.5);
            const QFontMetricsF ft(titleFont, l.device), fv(valueFont, l.device), fs(small, l.device);
            for (int c = 0; c < b->columns; ++c) {
                const qsizetype index = p.firstRow * b->columns + c;
                if (index >= b->cards.size())
                    break;
                const PrintCard &card = b->cards.at(index);
                const QRectF box(p.rect.left() + c * (cw + gap), p.rect.top(), cw, p.rect.height());
                painter.setPen(QPen(CardBorder, l.mm(0.3)));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(box, l.mm(1.5), l.mm(1.5));
                if (card.statusColor.isValid()) {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(card.statusColor);
                    painter.drawRect(
                        QRectF(box.left(), box.top() + l.mm(1.5), l.mm(1), box.height() - l.mm(3)));
                    painter.setBrush(Qt::NoBrush);
                }
                const QRectF inner = box.adjusted(l.mm(3.5), l.mm(2.5), -l.mm(3), -l.mm(2));
                double y = inner.top();
                painter.setFont(small);
                double statusWidth = 0;
                if (!card.status.isEmpty()) {
                    statusWidth = fs.horizontalAdvance(card.status) + l.mm(3);
                    const QRectF badge(inner.right() - statusWidth, y, statusWidth, fs.height() + l.mm(0.8));
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(card.statusColor.isValid() ? card.statusColor : Muted);
                    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
                    painter.setBrush(Qt::NoBrush);
                    painter.setPen(Qt::white);
                    painter.drawText(badge, Qt::AlignCenter, card.status);
                }
                painter.setFont(titleFont);
                painter.setPen(Muted);
                painter.drawText(QRectF(inner.left(), y, inner.width() - statusWidth - l.mm(1), ft.height()),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 ft.elidedText(card.title, Qt::ElideRight, inner.width() - statusWidth));
                y += ft.height() + l.mm(1);
                painter.setFont(valueFont);
                painter.setPen(Ink);
                painter.drawText(QRectF(inner.left(), y, inner.width(), fv.height()),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 fv.elidedText(card.value, Qt::ElideRight, inner.width()));
                y += fv.height() + l.mm(0.5);
                painter.setFont(small);
                painter.setPen(Muted);
                for (const QString &line : card.details) {
                    painter.drawText(QRectF(inner.left(), y, inner.width(), fs.height()),
                                     Qt::AlignLeft | Qt::AlignVCenter,
                                     fs.elidedText(line, Qt::ElideRight, inner.width()));
                    y += fs.height();
                }
            }
            break;
        }
        case Block::Charts: {
            const double gap = l.mm(4);
            const qsizetype n = b->charts.size();
            const double cw = (p.rect.width() - gap * double(n - 1)) / double(n);
            for (qsizetype i = 0; i < n; ++i) {
                QChart *chart = b->charts.at(i);
                const QRectF target(p.rect.left() + double(i) * (cw + gap), p.rect.top(), cw,
                                    p.rect.height());
                // Laid out as on a 96 dpi screen of the same physical size, then scaled onto the
                // page: fonts keep their size relative to the chart, lines stay vectors.
                const QSizeF design(target.width() / l.dpi * 96.0, target.height() / l.dpi * 96.0);
                chart->resize(design);
                b->scenes.at(std::size_t(i))->setSceneRect(QRectF(QPointF(0, 0), design));
                b->scenes.at(std::size_t(i))->render(&painter, target, QRectF(QPointF(0, 0), design));
            }
            break;
        }
        case Block::Table: {
            const TableMetrics &m = l.tables.at(b);
            const ReportTable &t = b->table;
            double y = p.rect.top();
            painter.setFont(paperFont(10.5, true));
            painter.setPen(Ink);
            painter.drawText(QRectF(0, y, p.rect.width(), m.titleHeight - l.mm(1)),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             p.continued ? tr("%1 (continued)").arg(t.title) : t.title);
            y += m.titleHeight;
            const double width = std::accumulate(m.widths.cbegin(), m.widths.cend(), 0.0);
            // The header row, on every page the table reaches.
            painter.fillRect(QRectF(0, y, width, m.headerHeight), HeaderFill);
            painter.setFont(m.bold);
            painter.setPen(Ink);
            double x = 0;
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                const Qt::Alignment align =
                    (isNumeric(t.columns.at(c).type) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom;
                painter.drawText(
                    QRectF(x + m.padX, y + m.padY, m.widths.at(c) - 2 * m.padX, m.headerHeight - 2 * m.padY),
                    align | Qt::TextWordWrap, t.columns.at(c).title);
                x += m.widths.at(c);
            }
            y += m.headerHeight;
            painter.setPen(QPen(Muted, l.mm(0.3)));
            painter.drawLine(QPointF(0, y), QPointF(width, y));
            painter.setFont(m.font);
            if (t.rows.isEmpty()) {
                painter.setPen(Muted);
                painter.drawText(
                    QRectF(m.padX, y + m.padY, width - 2 * m.padX, m.rowHeights.at(0) - 2 * m.padY),
                    Qt::AlignLeft | Qt::AlignVCenter, tr("Nothing in this period."));
                break;
            }
            for (qsizetype r = p.firstRow; r < p.lastRow; ++r) {
                const double h = m.rowHeights.at(r);
                if (r % 2 == 1)
                    painter.fillRect(QRectF(0, y, width, h), Zebra);
                painter.setPen(Ink);
                x = 0;
                for (qsizetype c = 0; c < t.columns.size(); ++c) {
                    const bool numeric = isNumeric(t.columns.at(c).type);
                    painter.drawText(
                        QRectF(x + m.padX, y + m.padY, m.widths.at(c) - 2 * m.padX, h - 2 * m.padY),
                        (numeric ? Qt::AlignRight : Qt::AlignLeft | Qt::TextWordWrap) | Qt::AlignVCenter,
                        t.displayText(r, c));
                    x += m.widths.at(c);
                }
                y += h;
                painter.setPen(QPen(Rule, l.mm(0.15)));
                painter.drawLine(QPointF(0, y), QPointF(width, y));
            }
            break;
        }
        }
    }
}

bool PrintDocument::writePdf(const QString &path, QString *error) const
{
    if (!canPaint(error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(a4());
        writer.setResolution(600);
        writer.setTitle(m_header.period.isEmpty() ? m_header.title
                                                  : m_header.title + u" · "_s + m_header.period);
        writer.setCreator(u"Frontline"_s);
        pages = paint(&writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot write %1: the pages could not be painted.").arg(path);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace frontline
