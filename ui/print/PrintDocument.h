// PrintDocument: a report laid out on paper — A4 for PDF files, the user's printer otherwise.
// It is a list of blocks (headings, text, KPI cards, Qt Charts, tables) that flow down the pages:
// every page has a running header (company name, the report's title, its period) and a footer
// ("Page N of M" and when it was printed); a table split across pages repeats its header row, a
// chart or a card row moves to the next page whole. Figures are shown as in the XLSX output (¥
// with thousands separators, percentages), numbers right-aligned, long text wrapped.
//
// Painting needs a QApplication (Qt Charts are QGraphicsWidgets); frontline-cli makes one, on
// the offscreen platform when there is no display, only when it writes a PDF.
#pragma once

#include "analytics/ReportTable.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <vector>

class QChart;
class QGraphicsScene;
class QPagedPaintDevice;
class QPageLayout;
class QPainter;
class QPrinter;

namespace frontline {

struct PrintHeader
{
    QString company; // the company name from the shared settings; may be empty
    QString title;   // the report's
    QString period;  // as people read it: "2025-03", "2025 Q1", "2025-03-01 – 2025-03-15"
    QString subject; // whose figures: the company, a team, a rep
    QDateTime printedAt = QDateTime::currentDateTime();
};

// A KPI as a card: a title, the figure, a status badge and a few lines of detail.
struct PrintCard
{
    QString title;
    QString value;
    QString status; // "On track"…; empty for none
    QColor statusColor;
    QStringList details;
};

class PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(frontline::PrintDocument)
public:
    explicit PrintDocument(PrintHeader header);
    ~PrintDocument();
    PrintDocument(const PrintDocument &) = delete;
    PrintDocument &operator=(const PrintDocument &) = delete;

    const PrintHeader &header() const { return m_header; }

    void addHeading(const QString &text);
    void addText(const QString &text);
    void addCards(const QList<PrintCard> &cards, int columns = 3);
    // Charts side by side, heightMm tall; the document owns them from here on.
    void addCharts(const QList<QChart *> &charts, double heightMm);
    void addTable(const analytics::ReportTable &table);

    // A4 portrait, 15 mm left and right, 12 mm top and bottom (the running header and footer
    // are inside).
    static QPageLayout a4();
    // Lays the document out on device (whose page layout is already set) and paints it;
    // returns the number of pages, 0 when nothing could be painted.
    int paint(QPagedPaintDevice *device) const;
    // Paints on a printer the user chose, in the page size they chose.
    int print(QPrinter *printer) const;
    // Writes an A4 PDF (title, author "Frontline", the company as creator's subject). The file
    // is replaced only when the whole document was written.
    bool writePdf(const QString &path, QString *error) const;

    // The face for paper: a Latin face for Latin text and figures, the SC faces for 汉字 (in the
    // mainland's forms).
    static QFont paperFont(double points, bool bold = false);
    // Whether this process can paint charts and text (a QApplication exists).
    static bool canPaint(QString *error);

private:
    struct Block;
    struct Layout;
    struct Placed;

    void layout(Layout &l) const;
    void paintPage(QPainter &painter, const Layout &l, int page) const;
    void paintHeaderFooter(QPainter &painter, const Layout &l, int page) const;

    PrintHeader m_header;
    std::vector<std::unique_ptr<Block>> m_blocks;
};

} // namespace frontline
