// What a spreadsheet shows of an XLSX cell, read straight from the package's XML (minizip +
// QXmlStreamReader, nothing of libxlsxwriter): the raw <v> text, the cell type, and the number
// format code its style points to. Tests use it to check that money is a yuan number with the ¥
// format, rates are fractions with a percentage format and dates are date cells.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace frontline::test {

struct XlsxCell
{
    QString value;  // <v> as written ("1234.5"), or the shared string's text
    QString type;   // t attribute: "" or "n" for numbers, "s" shared string, "str", "b"…
    QString format; // formatCode of the cell's style ("General" when it has none)
    bool isNumber() const { return type.isEmpty() || type == u'n'; }
};

class XlsxCells
{
public:
    // Reads the workbook at path and the sheet part ("xl/worksheets/sheet1.xml"). False when
    // either cannot be read.
    bool open(const QString &path, const QString &sheetPart);
    // The cell at "B2"; an empty XlsxCell when there is none.
    XlsxCell at(const QString &ref) const { return m_cells.value(ref); }
    // A1-style reference of a 0-based row and column.
    static QString ref(int row, int column);
    qsizetype size() const { return m_cells.size(); }

private:
    QHash<QString, XlsxCell> m_cells;
};

// One entry of a zip package ("xl/charts/chart1.xml"); empty when missing.
QByteArray zipPart(const QString &path, const QString &name);

// Every row of a sheet (the first when sheet is empty) as the importer's XlsxReader reads it:
// numbers as numbers, dates as dates; empty when the file cannot be read.
QList<QList<QVariant>> readXlsxRows(const QString &path, const QString &sheet = QString());

} // namespace frontline::test
