// A report as data: sections of typed columns and rows, independent of how they are shown. The
// CLI prints them as text, CSV or JSON; XLSX and PDF writers (core/io, print) render the same
// model, using the column types for number formats (¥ with thousands separators for fen,
// percentages, real dates).
//
// Cell values by column type: Text QString; Fen qint64 fen; Int qint64; Percent double ratio
// (0.125 = 12.5%); Decimal double (or qint64); Date QDate. An invalid QVariant is an empty cell
// (e.g. a rate with nothing to divide by).
#pragma once

#include "Period.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace frontline::analytics {

enum class ColumnType
{
    Text,
    Fen,
    Int,
    Percent,
    Decimal,
    Date
};

// A chart of a section, drawn beside its data where the format can (XLSX): the categories are
// one column, each value column a series, over the first rows (0: all of them).
struct ReportChart
{
    enum class Kind
    {
        Line,
        Bar, // horizontal bars, the first row on top
        Column,
    };
    Kind kind = Kind::Column;
    QString title;
    QString categoryKey;
    QStringList valueKeys;
    qsizetype rows = 0;
};

struct ReportColumn
{
    QString key;   // stable, for CSV headers and JSON: rank, rep, revenue_fen…
    QString title; // for people, translated
    ColumnType type = ColumnType::Text;
};

class ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(frontline::analytics::ReportTable)
public:
    QString key;   // the section: ranking, kpis, trend…
    QString title; // for people
    QList<ReportColumn> columns;
    QList<QList<QVariant>> rows;
    QList<ReportChart> charts;

    void addColumn(const QString &columnKey, const QString &columnTitle, ColumnType type)
    {
        columns << ReportColumn{columnKey, columnTitle, type};
    }
    qsizetype columnIndex(const QString &key) const;
    // A cell whose unit is not its column's: the dashboard's key figures hold money, counts and
    // rates in one "value" column. Displays and XLSX number formats follow cellType(); CSV and
    // JSON keep the raw value (the row says its unit).
    void setCellType(qsizetype row, qsizetype column, ColumnType type)
    {
        m_cellTypes.insert({row, column}, type);
    }
    ColumnType cellType(qsizetype row, qsizetype column) const
    {
        return m_cellTypes.value({row, column}, columns.value(column).type);
    }
    bool hasCellTypes(qsizetype row) const;
    // A cell as people read it: "¥1,234.50", "12.5%", "2025-03-07"; empty when invalid.
    QString displayText(qsizetype row, qsizetype column) const;
    static QString displayText(const QVariant &value, ColumnType type);
    // Columns as [{key, title, type}], rows as objects keyed by column key with raw values
    // (fen as integers, percentages as ratios, dates as ISO text, empty cells as null).
    QJsonObject toJson() const;
    // RFC 4180 CSV with column keys as the header; text cells starting with =, +, - or @ are
    // prefixed with ' so that spreadsheets do not run them as formulas.
    QString toCsv() const;
    static QString typeKey(ColumnType type); // text, fen, int, percent, decimal, date

private:
    QHash<QPair<qsizetype, qsizetype>, ColumnType> m_cellTypes;
};

// A whole report: what, for which period and whom, and its sections.
struct Report
{
    QString kind; // sales, ranking, attainment, funnel, dashboard
    QString title;
    Period period;
    QString subject; // whose data: the company, a team, a rep
    QList<ReportTable> sections;
    QJsonObject extra; // kind-specific structure for JSON readers (the dashboard's cards)

    // {"report", "title", "period", "from", "to", "subject", "columns", "rows" (the first
    // section), "sections" (all of them)} merged with extra.
    QJsonObject toJson() const;
};

} // namespace frontline::analytics
