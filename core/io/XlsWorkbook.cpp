#include "io/XlsWorkbook.h"

#include <QDateTime>
#include <QFile>

#include <freexl.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline::io {

namespace {

// A row with nothing but empty or white-space text is blank (as SourceRow::isBlank()).
bool hasContent(const QVariant &cell)
{
    if (!cell.isValid())
        return false;
    if (cell.typeId() != QMetaType::QString)
        return true;
    for (const QChar c : *static_cast<const QString *>(cell.constData())) {
        if (!c.isSpace())
            return true;
    }
    return false;
}

QVariant valueOf(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return qint64(cell.value.int_value);
    case FREEXL_CELL_DOUBLE: {
        // As XLSX: integral numbers as integers (codes, phones typed as numbers).
        const double d = cell.value.double_value;
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= 9007199254740992.0)
            return qint64(d);
        return d;
    }
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        if (cell.value.text_value && *cell.value.text_value)
            return QString::fromUtf8(cell.value.text_value);
        return {};
    case FREEXL_CELL_DATE:
        return QDate::fromString(QString::fromLatin1(cell.value.text_value), Qt::ISODate);
    case FREEXL_CELL_DATETIME:
        return QDateTime::fromString(QString::fromLatin1(cell.value.text_value), u"yyyy-MM-dd HH:mm:ss"_s);
    case FREEXL_CELL_TIME:
        return QTime::fromString(QString::fromLatin1(cell.value.text_value), u"HH:mm:ss"_s);
    default: // FREEXL_CELL_NULL, blanks
        return {};
    }
}

} // namespace

XlsWorkbook::~XlsWorkbook()
{
    if (m_handle)
        freexl_close(m_handle);
}

bool XlsWorkbook::fail(XlsError error, qint64 number, const QString &text)
{
    m_error = error;
    m_errorNumber = number;
    m_errorText = text;
    return false;
}

bool XlsWorkbook::open(const QString &path)
{
    // FreeXL asks freexl_close() even after a failed open.
    const int opened = freexl_open(QFile::encodeName(path).constData(), &m_handle);
    if (opened != FREEXL_OK)
        return fail(XlsError::NotAWorkbook, opened);
    unsigned int info = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return fail(XlsError::Password);
    unsigned int count = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0)
        return fail(XlsError::NoWorksheet);
    for (unsigned int i = 0; i < count && i <= 0xffff; ++i) {
        const char *name = nullptr;
        m_sheets << (freexl_get_worksheet_name(m_handle, quint16(i), &name) == FREEXL_OK && name
                         ? QString::fromUtf8(name)
                         : QString::number(i + 1));
    }
    return true;
}

bool XlsWorkbook::selectSheet(const QString &name)
{
    if (!m_handle || m_error != XlsError::None || m_sheets.isEmpty())
        return false;
    qsizetype index = 0;
    if (!name.isEmpty()) {
        index = m_sheets.indexOf(name);
        const QString wanted = name.trimmed();
        for (qsizetype i = 0; index < 0 && i < m_sheets.size(); ++i) {
            if (m_sheets.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0)
            return fail(XlsError::UnknownSheet, 0, name);
    }
    m_sheet = m_sheets.at(index);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(m_handle, quint16(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(m_handle, &rows, &columns) != FREEXL_OK)
        return fail(XlsError::SheetUnreadable, 0, m_sheet);
    m_index = index;
    m_rows = rows;
    m_columns = columns;
    m_row = 0;
    return true;
}

bool XlsWorkbook::next(XlsRow &row)
{
    if (!m_handle || m_index < 0 || m_error != XlsError::None)
        return false;
    while (m_row < m_rows) {
        const quint32 r = m_row++;
        QList<QVariant> cells;
        cells.reserve(m_columns);
        qsizetype last = -1;
        bool content = false;
        for (quint16 c = 0; c < m_columns; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(m_handle, r, c, &cell) != FREEXL_OK)
                return fail(XlsError::RowUnreadable, qint64(r) + 1, m_sheet);
            QVariant value = valueOf(cell);
            if (value.isValid())
                last = c;
            content = content || hasContent(value);
            cells.append(std::move(value));
        }
        if (!content)
            continue; // a blank row
        cells.resize(last + 1);
        row.number = qint64(r) + 1;
        row.cells = std::move(cells);
        return true;
    }
    return false;
}

} // namespace frontline::io
