#include "io/XlsxWriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>
#include <QTime>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

using namespace Qt::StringLiterals;

namespace frontline::io {

namespace {

constexpr quint32 kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
constexpr qsizetype kMaxCellText = 32767;

// Display width in Excel's character units: East Asian wide characters take two.
int displayWidth(QStringView text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        width += wide ? 2 : (c.isLowSurrogate() ? 0 : 1);
    }
    return width;
}

lxw_datetime toLxw(const QDate &date, const QTime &time)
{
    lxw_datetime dt{};
    dt.year = date.isValid() ? date.year() : 0;
    dt.month = date.isValid() ? date.month() : 0;
    dt.day = date.isValid() ? date.day() : 0;
    dt.hour = time.hour();
    dt.min = time.minute();
    dt.sec = time.second() + time.msec() / 1000.0;
    return dt;
}

} // namespace

XlsxWriter::XlsxWriter() = default;

XlsxWriter::~XlsxWriter()
{
    discard();
}

void XlsxWriter::discard()
{
    if (m_workbook) {
        // Frees the workbook and libxlsxwriter's own temporary files without assembling it.
        lxw_workbook_free(m_workbook);
        m_workbook = nullptr;
    }
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
    }
}

bool XlsxWriter::failed(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

QString XlsxWriter::validSheetName(const QString &name)
{
    QString result;
    for (const QChar c : name) {
        static const QString forbidden = u"[]:*?/\\"_s;
        result += forbidden.contains(c) ? u'_' : c;
    }
    result = result.trimmed();
    // Excel refuses a name that begins or ends with an apostrophe.
    while (result.startsWith(u'\''))
        result.remove(0, 1);
    while (result.endsWith(u'\''))
        result.chop(1);
    if (result.size() > 31)
        result.truncate(31);
    return result.isEmpty() ? u"Sheet1"_s : result;
}

bool XlsxWriter::open(const QString &path, const QString &sheetName)
{
    m_path = path;
    const QString native = QDir::toNativeSeparators(path);
    {
        // Reserve a unique name beside the target, so that the final rename stays on one file
        // system and is atomic.
        QTemporaryFile reserve(QFileInfo(path).absolutePath() + u"/."_s + QFileInfo(path).fileName() +
                               u".XXXXXX"_s);
        reserve.setAutoRemove(false);
        if (!reserve.open())
            return failed(tr("Cannot write %1: %2").arg(native, reserve.errorString()));
        m_tempPath = reserve.fileName();
    }
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE; // sheets of a million rows pass 4 GB of XML only rarely, but can
    m_workbook = workbook_new_opt(QFile::encodeName(m_tempPath).constData(), &options);
    if (!m_workbook)
        return failed(tr("Cannot write %1: the workbook could not be created.").arg(native));
    m_sheetNames << validSheetName(sheetName).toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, m_sheetNames.constLast().constData());
    if (!m_sheet)
        return failed(tr("Cannot write %1: the sheet could not be created.").arg(native));
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
    m_time = workbook_add_format(m_workbook);
    format_set_num_format(m_time, "hh:mm:ss");
    m_fen = workbook_add_format(m_workbook);
    format_set_num_format(m_fen, "\"¥\"#,##0.00;-\"¥\"#,##0.00");
    m_percent = workbook_add_format(m_workbook);
    format_set_num_format(m_percent, "0.0%");
    m_wholePercent = workbook_add_format(m_workbook);
    format_set_num_format(m_wholePercent, "0\"%\"");
    m_integer = workbook_add_format(m_workbook);
    format_set_num_format(m_integer, "#,##0");
    m_decimal = workbook_add_format(m_workbook);
    format_set_num_format(m_decimal, "#,##0.00");
    return true;
}

lxw_format *XlsxWriter::dataFormat(CellFormat format) const
{
    switch (format) {
    case CellFormat::Fen:
        return m_fen;
    case CellFormat::Percent:
        return m_percent;
    case CellFormat::WholePercent:
        return m_wholePercent;
    case CellFormat::Integer:
        return m_integer;
    case CellFormat::Decimal:
        return m_decimal;
    case CellFormat::General:
    case CellFormat::Date:
    case CellFormat::DateTime:
        break;
    }
    return nullptr;
}

void XlsxWriter::setProperties(const QString &title, const QString &subject)
{
    if (!m_workbook)
        return;
    m_title = title.toUtf8();
    m_subject = subject.toUtf8();
    lxw_doc_properties properties{};
    properties.title = m_title.data();
    properties.subject = m_subject.data();
    workbook_set_properties(m_workbook, &properties);
}

void XlsxWriter::closeSheet()
{
    if (!m_sheet)
        return;
    for (qsizetype i = 0; i < m_widths.size(); ++i) {
        const double width = std::clamp(m_widths[i] + 2, 8, 60);
        worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), width, nullptr);
    }
    if (m_row > 1) {
        worksheet_freeze_panes(m_sheet, 1, 0);
        if (!m_widths.isEmpty())
            worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_widths.size() - 1));
    }
}

bool XlsxWriter::addSheet(const QString &name)
{
    if (!m_workbook || m_finished)
        return failed(tr("The file is not open for writing."));
    closeSheet();
    // Excel refuses two sheets of one name (compared case-insensitively).
    const QString base = validSheetName(name);
    QString unique = base;
    for (int n = 2; std::any_of(m_sheetNames.cbegin(), m_sheetNames.cend(),
                                [&](const QByteArray &used) {
                                    return QString::fromUtf8(used).compare(unique, Qt::CaseInsensitive) == 0;
                                });
         ++n)
        unique = base.left(31 - 1 - int(QString::number(n).size())) + u'_' + QString::number(n);
    m_sheetNames << unique.toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, m_sheetNames.constLast().constData());
    if (!m_sheet)
        return failed(
            tr("Cannot write %1: the sheet could not be created.").arg(QDir::toNativeSeparators(m_path)));
    m_row = 0;
    m_chartsOnSheet = 0;
    m_widths.clear();
    m_formats.clear();
    return true;
}

bool XlsxWriter::addChart(const Chart &spec)
{
    if (!m_sheet || m_finished)
        return failed(tr("The file is not open for writing."));
    if (spec.valueColumns.isEmpty() || spec.lastRow < spec.firstRow || spec.lastRow >= m_row)
        return true; // nothing to draw
    const uint8_t type = spec.kind == Chart::Kind::Line  ? LXW_CHART_LINE
                         : spec.kind == Chart::Kind::Bar ? LXW_CHART_BAR
                                                         : LXW_CHART_COLUMN;
    lxw_chart *chart = workbook_add_chart(m_workbook, type);
    if (!chart)
        return failed(
            tr("Cannot write %1: the chart could not be created.").arg(QDir::toNativeSeparators(m_path)));
    const char *sheet = m_sheetNames.constLast().constData();
    for (const int column : spec.valueColumns) {
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, sheet, spec.firstRow, lxw_col_t(spec.categoryColumn),
                                    spec.lastRow, lxw_col_t(spec.categoryColumn));
        chart_series_set_values(series, sheet, spec.firstRow, lxw_col_t(column), spec.lastRow,
                                lxw_col_t(column));
        chart_series_set_name_range(series, sheet, 0, lxw_col_t(column));
        if (spec.kind == Chart::Kind::Line)
            chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
    }
    m_chartTexts << spec.title.toUtf8();
    chart_title_set_name(chart, m_chartTexts.constLast().constData());
    if (spec.valueColumns.size() == 1)
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    // For bars the category axis is the vertical one: reversed, the first row is on top.
    if (spec.kind == Chart::Kind::Bar)
        chart_axis_set_reverse(chart->x_axis);
    if (spec.yuan)
        chart_axis_set_num_format(chart->y_axis, "\"¥\"#,##0");
    lxw_chart_options options{};
    options.x_scale = 1.5;
    options.y_scale = spec.kind == Chart::Kind::Bar
                          ? std::clamp(0.6 + 0.06 * double(spec.lastRow - spec.firstRow + 1), 1.0, 2.0)
                          : 1.2;
    const auto beside = lxw_col_t(m_widths.size() + 1);
    const lxw_error e =
        worksheet_insert_chart_opt(m_sheet, lxw_row_t(1 + 24 * m_chartsOnSheet), beside, chart, &options);
    if (e != LXW_NO_ERROR)
        return failed(tr("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(e))));
    ++m_chartsOnSheet;
    return true;
}

bool XlsxWriter::writeRow(const QList<QVariant> &cells)
{
    if (!m_sheet || m_finished)
        return failed(tr("The file is not open for writing."));
    if (m_row >= kMaxRows)
        return failed(tr("An Excel sheet holds at most %1 rows; write CSV for more.")
                          .arg(QLocale().toString(kMaxRows)));
    if (cells.size() > kMaxColumns)
        return failed(tr("An Excel sheet holds at most %1 columns.").arg(kMaxColumns));
    if (m_widths.size() < cells.size())
        m_widths.resize(cells.size(), 0);
    // The first row is the header.
    lxw_format *const textFormat = m_row == 0 ? m_bold : nullptr;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const auto column = lxw_col_t(i);
        CellFormat cellFormat = m_row == 0 ? CellFormat::General : formatOf(i);
        const QVariant v = unwrap(cells.at(i), &cellFormat);
        lxw_format *const numberFormat = m_row == 0 ? m_bold : dataFormat(cellFormat);
        lxw_error e = LXW_NO_ERROR;
        int width = 0;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            continue;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::Short: {
            const qint64 n = v.toLongLong();
            if (cellFormat == CellFormat::Fen) {
                // Yuan with two decimals: the nearest double to n / 100, whose shortest decimal
                // text is exactly the amount (and so re-imports to the same fen).
                e = worksheet_write_number(m_sheet, m_row, column, double(n) / 100.0, numberFormat);
                const qint64 yuan = (n < 0 ? -n : n) / 100;
                const int digits = int(QString::number(yuan).size());
                width = digits + (digits - 1) / 3 + 4 + (n < 0 ? 1 : 0); // ¥, separators, .00
                break;
            }
            const QString text = QString::number(n);
            // Beyond 2^53 a double would change the number: keep such ids as text.
            if (n > (qint64(1) << 53) || n < -(qint64(1) << 53))
                e = worksheet_write_string(m_sheet, m_row, column, text.toUtf8().constData(), textFormat);
            else
                e = worksheet_write_number(m_sheet, m_row, column, double(n), numberFormat);
            width = int(text.size()) + (cellFormat == CellFormat::Integer ? int(text.size() - 1) / 3 : 0) +
                    (cellFormat == CellFormat::WholePercent ? 1 : 0);
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float: {
            const double d = v.toDouble();
            if (!std::isfinite(d))
                continue;
            e = worksheet_write_number(m_sheet, m_row, column, d, numberFormat);
            width = cellFormat == CellFormat::Percent ? 7 : int(QString::number(d, 'g', 12).size());
            break;
        }
        case QMetaType::Bool:
            e = worksheet_write_boolean(m_sheet, m_row, column, v.toBool(), textFormat);
            width = 5;
            break;
        case QMetaType::QDate: {
            const QDate d = v.toDate();
            if (!d.isValid())
                continue;
            lxw_datetime dt = toLxw(d, QTime(0, 0));
            e = worksheet_write_datetime(m_sheet, m_row, column, &dt, m_date);
            width = 10;
            break;
        }
        case QMetaType::QDateTime: {
            const QDateTime d = v.toDateTime();
            if (!d.isValid())
                continue;
            lxw_datetime dt = toLxw(d.date(), d.time());
            e = worksheet_write_datetime(m_sheet, m_row, column, &dt, m_dateTime);
            width = 19;
            break;
        }
        case QMetaType::QTime: {
            const QTime t = v.toTime();
            if (!t.isValid())
                continue;
            lxw_datetime dt = toLxw(QDate(), t);
            e = worksheet_write_datetime(m_sheet, m_row, column, &dt, m_time);
            width = 8;
            break;
        }
        default: {
            QString text = v.toString();
            if (text.isEmpty())
                continue;
            if (text.size() > kMaxCellText)
                text.truncate(kMaxCellText); // Excel's limit for one cell
            e = worksheet_write_string(m_sheet, m_row, column, text.toUtf8().constData(), textFormat);
            // The widest line of a cell with line breaks.
            for (const QStringView line : QStringView(text).tokenize(u'\n'))
                width = std::max(width, displayWidth(line));
            break;
        }
        }
        if (e != LXW_NO_ERROR)
            return failed(tr("Cannot write row %1 of %2: %3")
                              .arg(m_row + 1)
                              .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(e))));
        if (m_row == 0)
            width += 2; // bold
        m_widths[i] = std::max(m_widths[i], width);
    }
    ++m_row;
    return true;
}

bool XlsxWriter::finish()
{
    if (m_finished)
        return true;
    if (!m_workbook)
        return failed(tr("The file is not open for writing."));
    const QString native = QDir::toNativeSeparators(m_path);
    closeSheet();
    const lxw_error e = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (e != LXW_NO_ERROR) {
        discard();
        return failed(tr("Cannot write %1: %2").arg(native, QString::fromUtf8(lxw_strerror(e))));
    }
    // QTemporaryFile made it private to the user; an export is an ordinary document.
    QFile::setPermissions(m_tempPath,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(m_tempPath.toStdU16String()),
                            std::filesystem::path(m_path.toStdU16String()), error);
    if (error) {
        discard();
        return failed(tr("Cannot write %1: %2").arg(native, QString::fromLocal8Bit(error.message())));
    }
    m_tempPath.clear();
    m_finished = true;
    return true;
}

std::unique_ptr<TableWriter> createXlsxWriter(const QString &path, const QString &sheetName, QString *error)
{
    auto writer = std::make_unique<XlsxWriter>();
    if (!writer->open(path, sheetName)) {
        if (error)
            *error = writer->errorString();
        return nullptr;
    }
    return writer;
}

} // namespace frontline::io
