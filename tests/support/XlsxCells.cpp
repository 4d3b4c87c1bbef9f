#include "XlsxCells.h"

#include "io/XlsxReader.h"
#include "io/ZipArchive.h"

#include <QStringList>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace frontline::test {

QList<QList<QVariant>> readXlsxRows(const QString &path, const QString &sheet)
{
    io::ReadOptions options;
    options.sheet = sheet;
    io::XlsxReader reader(options);
    QList<QList<QVariant>> rows;
    if (!reader.open(path))
        return rows;
    io::SourceRow row;
    while (reader.next(row))
        rows << row.cells;
    return rows;
}

QByteArray zipPart(const QString &path, const QString &name)
{
    io::ZipReader zip(path);
    if (!zip.open())
        return {};
    auto entry = zip.openEntry(name);
    return entry ? entry->readAll() : QByteArray();
}

QString XlsxCells::ref(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

bool XlsxCells::open(const QString &path, const QString &sheetPart)
{
    m_cells.clear();
    const QByteArray styles = zipPart(path, u"xl/styles.xml"_s);
    const QByteArray sheet = zipPart(path, sheetPart);
    if (styles.isEmpty() || sheet.isEmpty())
        return false;
    // Built-in ids used here: 0 General, 9 "0%", 10 "0.00%", 14 a date.
    QHash<int, QString> codes{{0, u"General"_s}, {9, u"0%"_s}, {10, u"0.00%"_s}, {14, u"mm-dd-yy"_s}};
    QList<int> xfFormats;
    QXmlStreamReader xml(styles);
    bool inCellXfs = false;
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (xml.isStartElement() && xml.name() == u"numFmt")
            codes.insert(xml.attributes().value(u"numFmtId"_s).toInt(),
                         xml.attributes().value(u"formatCode"_s).toString());
        else if (xml.isStartElement() && xml.name() == u"cellXfs")
            inCellXfs = true;
        else if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf")
            xfFormats << xml.attributes().value(u"numFmtId"_s).toInt();
    }
    QStringList shared;
    const QByteArray strings = zipPart(path, u"xl/sharedStrings.xml"_s);
    QXmlStreamReader sx(strings);
    while (!strings.isEmpty() && sx.readNext() != QXmlStreamReader::Invalid && !sx.atEnd()) {
        if (sx.isStartElement() && sx.name() == u"si")
            shared << QString();
        else if (sx.isStartElement() && sx.name() == u"t" && !shared.isEmpty())
            shared.last() += sx.readElementText();
    }
    QXmlStreamReader cells(sheet);
    QString current;
    XlsxCell cell;
    while (cells.readNext() != QXmlStreamReader::Invalid && !cells.atEnd()) {
        if (cells.isStartElement() && cells.name() == u"c") {
            current = cells.attributes().value(u"r"_s).toString();
            cell = XlsxCell();
            cell.type = cells.attributes().value(u"t"_s).toString();
            const int style = cells.attributes().value(u"s"_s).toInt();
            cell.format = codes.value(xfFormats.value(style, 0), u"#%1"_s.arg(xfFormats.value(style, 0)));
        } else if (cells.isStartElement() && (cells.name() == u"v" || cells.name() == u"t")) {
            cell.value = cells.readElementText();
            if (cell.type == u's')
                cell.value = shared.value(cell.value.toInt());
        } else if (cells.isEndElement() && cells.name() == u"c") {
            m_cells.insert(current, cell);
        }
    }
    return !cells.hasError();
}

} // namespace frontline::test
