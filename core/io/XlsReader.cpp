#include "io/XlsReader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cmath>

#ifdef FRONTLINE_HAVE_FREEXL
#include <freexl.h>
#endif

using namespace Qt::StringLiterals;

namespace frontline::io {

XlsReader::XlsReader(const ReadOptions &options) : m_options(options) {}

XlsReader::~XlsReader()
{
#ifdef FRONTLINE_HAVE_FREEXL
    if (m_handle)
        freexl_close(m_handle);
#endif
}

bool XlsReader::isAvailable()
{
#ifdef FRONTLINE_HAVE_FREEXL
    return true;
#else
    return false;
#endif
}

QString XlsReader::format() const
{
    return u"xls"_s;
}

bool XlsReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

double XlsReader::progress() const
{
    return m_rows == 0 ? 1.0 : std::min(1.0, double(m_row) / double(m_rows));
}

#ifdef FRONTLINE_HAVE_FREEXL

bool XlsReader::open(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    // FreeXL asks freexl_close() even after a failed open.
    const int opened = freexl_open(QFile::encodeName(path).constData(), &m_handle);
    if (opened != FREEXL_OK)
        return fail(tr("%1 could not be read as an Excel 97–2003 workbook (FreeXL error %2). Open it in "
                       "Excel or WPS and save it as .xlsx or .csv.")
                        .arg(m_fileName)
                        .arg(opened));
    unsigned int info = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return fail(tr("%1 is protected with a password. Open it in Excel or WPS, remove the password and "
                       "save it again.")
                        .arg(m_fileName));
    unsigned int count = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0)
        return fail(tr("%1 has no worksheet.").arg(m_fileName));
    for (unsigned int i = 0; i < count && i <= 0xffff; ++i) {
        const char *name = nullptr;
        m_sheets << (freexl_get_worksheet_name(m_handle, quint16(i), &name) == FREEXL_OK && name
                         ? QString::fromUtf8(name)
                         : QString::number(i + 1));
    }
    qsizetype index = 0;
    if (!m_options.sheet.isEmpty()) {
        index = m_sheets.indexOf(m_options.sheet);
        const QString wanted = m_options.sheet.trimmed();
        for (qsizetype i = 0; index < 0 && i < m_sheets.size(); ++i) {
            if (m_sheets.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0)
            return fail(tr("%1 has no sheet named \"%2\"; its sheets are: %3.")
                            .arg(m_fileName, m_options.sheet, m_sheets.join(u", "_s)));
    }
    m_sheet = m_sheets.at(index);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(m_handle, quint16(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(m_handle, &rows, &columns) != FREEXL_OK)
        return fail(tr("The sheet \"%1\" in %2 could not be read.").arg(m_sheet, m_fileName));
    m_rows = rows;
    m_columns = columns;
    m_row = 0;
    return true;
}

bool XlsReader::next(SourceRow &row)
{
    if (!m_handle || !m_error.isEmpty())
        return false;
    while (m_row < m_rows) {
        const quint32 r = m_row++;
        QList<QVariant> cells;
        cells.reserve(m_columns);
        qsizetype last = -1;
        for (quint16 c = 0; c < m_columns; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(m_handle, r, c, &cell) != FREEXL_OK) {
                m_error = tr("Row %1 of the sheet \"%2\" in %3 could not be read.")
                              .arg(r + 1)
                              .arg(m_sheet, m_fileName);
                return false;
            }
            QVariant value;
            switch (cell.type) {
            case FREEXL_CELL_INT:
                value = qint64(cell.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE: {
                // As XLSX: integral numbers as integers (codes, phones typed as numbers).
                const double d = cell.value.double_value;
                if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= 9007199254740992.0)
                    value = qint64(d);
                else
                    value = d;
                break;
            }
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                if (cell.value.text_value && *cell.value.text_value)
                    value = QString::fromUtf8(cell.value.text_value);
                break;
            case FREEXL_CELL_DATE:
                value = QDate::fromString(QString::fromLatin1(cell.value.text_value), Qt::ISODate);
                break;
            case FREEXL_CELL_DATETIME:
                value = QDateTime::fromString(QString::fromLatin1(cell.value.text_value),
                                              u"yyyy-MM-dd HH:mm:ss"_s);
                break;
            case FREEXL_CELL_TIME:
                value = QTime::fromString(QString::fromLatin1(cell.value.text_value), u"HH:mm:ss"_s);
                break;
            default: // FREEXL_CELL_NULL, blanks
                break;
            }
            if (value.isValid())
                last = c;
            cells.append(value);
        }
        if (last < 0)
            continue; // a blank row
        cells.resize(last + 1);
        row.number = qint64(r) + 1;
        row.cells = std::move(cells);
        row.hidden = false; // FreeXL does not say which rows are hidden
        if (row.isBlank())
            continue;
        return true;
    }
    return false;
}

#else

bool XlsReader::open(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    return fail(tr("%1 is an Excel 97–2003 workbook (.xls). This copy of Frontline was built without "
                   "FreeXL, which reads them: install FreeXL (Debian/Ubuntu: libfreexl-dev; macOS: brew "
                   "install freexl) and build again, or open the file in Excel or WPS and save it as .xlsx "
                   "or .csv.")
                    .arg(m_fileName));
}

bool XlsReader::next(SourceRow &)
{
    return false;
}

#endif

} // namespace frontline::io
