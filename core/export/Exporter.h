// Exports every importable kind (customers, contacts, activities, opportunities, products,
// orders — one row per order line —, payments, targets and members) to CSV or XLSX, with the column headers
// the importer recognises for that kind, so that a file exported and imported again into the same database
// changes nothing (every row is skipped as already there). Runs for an AccessScope: a rep's export holds only
// what the rep may see. Rows stream from one SQL statement to the writer, so a million order lines need no
// more memory than a hundred.
//
// Values are written so that they read back exactly: money as fen (XLSX yuan numbers with "¥"
// formats, CSV exact yuan text such as -1234.50), enumerations as their stored keys (lead,
// direct, won…, which the importer's value synonyms accept), owners and reps by member code,
// timestamps in local time (a timestamp that falls exactly on local midnight is written as UTC
// ISO-8601 text, because a date-time at 00:00 reads back as a bare date), probabilities as whole
// percentage points (25, shown as 25% in XLSX: a ratio 1.0 would read back as 1%).
#pragma once

#include "io/TableWriter.h"
#include "repositories/AccessScope.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace frontline {

class Database;

struct ExportOptions
{
    QString format;                // csv or xlsx; "" = from the file's extension (csv otherwise)
    QByteArray encoding = "utf-8"; // CSV: utf-8 (with a BOM) or gbk/gb18030
    bool byteOrderMark = true;     // CSV in UTF-8 only
    QDate from, to;                // a period (inclusive) for dated kinds; invalid = everything
    // Called every few thousand rows with the rows written; false cancels.
    std::function<bool(qint64 rows)> progress;
};

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // translated
    QString kind;
    QString path;
    QString format;
    QByteArray encoding;         // CSV
    qint64 rows = 0;             // data rows, without the header
    bool encodingErrors = false; // a character had no equivalent in the encoding
    double seconds = 0;
};

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(frontline::Exporter)
public:
    Exporter(Database &db, AccessScope scope);

    // customers, contacts, activities, opportunities, products, orders, payments, targets, members.
    static QStringList kinds();
    // What a kind holds, for people, in the current language ("Order lines").
    static QString label(const QString &kind);
    // The import kind a kind's file is imported as (contacts: customers).
    static QString importKind(const QString &kind);
    // Whether the kind has dates a period selects by (orders by order date, activities by
    // their day, customers and opportunities by their creation day).
    static bool isDated(const QString &kind);
    // The header row of a kind, in column order: one of the importer's own header synonyms of
    // each field (the first Chinese one).
    static QStringList headers(const QString &kind);
    // The importer's field key of each column, in column order.
    static QStringList fields(const QString &kind);

    // What a kind's file reveals, for the permission matrix: orders carry amounts (money),
    // products prices, members the team's people, the rest customers.
    static PermissionArea permissionArea(const QString &kind);

    // Writes the file, if the scope's role may export the kind (a refusal is audited as denied);
    // every export, written or failed, is recorded in the audit log (what, rows, where).
    ExportResult run(const QString &kind, const QString &path, const ExportOptions &options);

private:
    ExportResult write(const QString &kind, const QString &path, const ExportOptions &options);

    Database &m_db;
    AccessScope m_scope;
};

} // namespace frontline
