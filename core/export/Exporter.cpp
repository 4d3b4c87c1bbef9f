#include "export/Exporter.h"

#include "analytics/MetricsEngine.h"
#include "import/ImportKind.h"
#include "import/SqlStatement.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "performance/TargetPlanner.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

using analytics::Metrics;
using analytics::Period;
using io::CellFormat;

// How a selected column becomes a cell.
enum class Value
{
    Text,
    Number,
    Fen,
    WholePercent,
    Date,      // YYYY-MM-DD
    Timestamp, // UTC ISO-8601, written in local time
    Bool,
    AsGiven, // a row source's own cell (an io::FenCell where a column mixes money and counts)
};

struct Column
{
    const char *field; // the importer's field key
    Value value;
    const char *sql;
};

// A kind whose rows need core's own rules rather than one SELECT (targets: the teams a manager
// sees are a subtree of the org). Calls row for each row; false from row stops it.
using RowSource = bool (*)(Database &db, const AccessScope &scope, const ExportOptions &options,
                           const std::function<bool(const QList<QVariant> &)> &row, QString *error);

bool targetRows(Database &db, const AccessScope &scope, const ExportOptions &options,
                const std::function<bool(const QList<QVariant> &)> &row, QString *error);

struct Spec
{
    const char *key;
    const char *importKind;
    QList<Column> columns;
    const char *from;        // FROM … WHERE <live rows>
    const char *scopeColumn; // the owner column the access scope applies to; nullptr: none
    const char *dateColumn;  // the day a period selects by; nullptr: not dated
    const char *orderBy;
    RowSource rows = nullptr; // instead of the SELECT
    bool dated = false;       // the row source selects by period
};

const QList<Spec> &specs()
{
    static const QList<Spec> all{
        {"customers",
         "customers",
         {
             {"name", Value::Text, "c.name"},
             {"code", Value::Text, "c.code"},
             {"short_name", Value::Text, "c.short_name"},
             {"kind", Value::Text, "c.kind"},
             {"contact", Value::Text,
              "(SELECT name FROM contact WHERE customer_id = c.id AND deleted = 0 ORDER BY id LIMIT 1)"},
             {"title", Value::Text,
              "(SELECT title FROM contact WHERE customer_id = c.id AND deleted = 0 ORDER BY id LIMIT 1)"},
             {"phone", Value::Text,
              "(SELECT group_concat(normalized, ' / ') FROM (SELECT normalized FROM contact_point WHERE "
              "customer_id = c.id AND contact_id IS NULL AND kind = 'phone' AND deleted = 0 ORDER BY id))"},
             {"email", Value::Text,
              "(SELECT group_concat(normalized, ' / ') FROM (SELECT normalized FROM contact_point WHERE "
              "customer_id = c.id AND contact_id IS NULL AND kind = 'email' AND deleted = 0 ORDER BY id))"},
             {"wechat", Value::Text, "c.wechat"},
             {"region", Value::Text, "c.region"},
             {"city", Value::Text, "c.city"},
             {"address", Value::Text, "c.address"},
             {"industry", Value::Text, "c.industry"},
             {"source", Value::Text, "c.source"},
             {"owner", Value::Text, "m.code"},
             {"status", Value::Text, "c.status"},
             {"grade", Value::Text, "c.grade"},
             {"tags", Value::Text, "nullif(trim(c.tags, ','), '')"},
             {"notes", Value::Text, "c.notes"},
             {"created", Value::Timestamp, "c.created_at"},
         },
         "FROM customer c LEFT JOIN member m ON m.id = c.owner_id WHERE c.deleted = 0",
         "c.owner_id",
         "date(c.created_at, 'localtime')",
         "c.id"},
        {"contacts",
         "customers",
         {
             {"name", Value::Text, "c.name"},
             {"code", Value::Text, "c.code"},
             {"contact", Value::Text, "ct.name"},
             {"title", Value::Text, "ct.title"},
             {"phone", Value::Text,
              "(SELECT group_concat(normalized, ' / ') FROM (SELECT normalized FROM contact_point WHERE "
              "contact_id = ct.id AND kind = 'phone' AND deleted = 0 ORDER BY id))"},
             {"email", Value::Text,
              "(SELECT group_concat(normalized, ' / ') FROM (SELECT normalized FROM contact_point WHERE "
              "contact_id = ct.id AND kind = 'email' AND deleted = 0 ORDER BY id))"},
             {"wechat", Value::Text, "ct.wechat"},
             {"owner", Value::Text, "m.code"},
         },
         "FROM contact ct JOIN customer c ON c.id = ct.customer_id AND c.deleted = 0 "
         "LEFT JOIN member m ON m.id = c.owner_id WHERE ct.deleted = 0",
         "c.owner_id",
         nullptr,
         "c.id, ct.id"},
        {"activities",
         "activities",
         {
             {"customer", Value::Text, "c.name"},
             {"kind", Value::Text, "a.kind"},
             {"date", Value::Timestamp, "a.occurred_at"},
             {"member", Value::Text, "m.code"},
             {"summary", Value::Text, "nullif(a.summary, '')"},
             {"outcome", Value::Text, "a.outcome"},
             {"next_step", Value::Text, "a.next_step"},
             {"follow_up", Value::Date, "a.next_follow_up"},
             {"duration", Value::Number, "a.duration_min"},
             {"location", Value::Text, "a.location"},
         },
         "FROM activity a JOIN customer c ON c.id = a.customer_id AND c.deleted = 0 "
         "JOIN member m ON m.id = a.member_id WHERE a.deleted = 0",
         "c.owner_id",
         "date(a.occurred_at, 'localtime')",
         "a.occurred_at, a.id"},
        {"opportunities",
         "opportunities",
         {
             {"external_id", Value::Text, "o.external_id"},
             {"title", Value::Text, "o.title"},
             {"customer", Value::Text, "c.name"},
             {"owner", Value::Text, "m.code"},
             {"amount", Value::Fen, "o.amount_fen"},
             {"close_date", Value::Date, "o.expected_close"},
             {"stage", Value::Text, "s.key"},
             {"probability", Value::WholePercent, "o.probability"},
             {"created", Value::Timestamp, "o.created_at"},
             {"reason", Value::Text, "o.close_reason"},
         },
         "FROM opportunity o JOIN customer c ON c.id = o.customer_id AND c.deleted = 0 "
         "JOIN member m ON m.id = o.owner_id JOIN pipeline_stage s ON s.id = o.stage_id "
         "WHERE o.deleted = 0",
         "c.owner_id",
         "date(o.created_at, 'localtime')",
         "o.id"},
        {"products",
         "products",
         {
             {"sku", Value::Text, "p.sku"},
             {"name", Value::Text, "p.name"},
             {"category", Value::Text, "nullif(p.category, '')"},
             {"price", Value::Fen, "p.unit_price_fen"},
             {"active", Value::Bool, "p.active"},
         },
         "FROM product p WHERE p.deleted = 0",
         nullptr, // the catalogue is everyone's
         nullptr,
         "p.id"},
        {"orders",
         "orders",
         {
             {"order_no", Value::Text, "o.order_no"},
             {"date", Value::Date, "o.order_date"},
             {"rep", Value::Text, "m.code"},
             {"customer", Value::Text, "c.name"},
             {"customer_code", Value::Text, "c.code"},
             {"product_code", Value::Text, "p.sku"},
             {"product", Value::Text, "p.name"},
             {"quantity", Value::Number, "l.quantity"},
             {"unit_price", Value::Fen, "l.unit_price_fen"},
             {"amount", Value::Fen, "l.amount_fen"},
             {"channel", Value::Text, "o.channel"},
             {"region", Value::Text, "c.region"},
             {"status", Value::Text, "o.status"},
         },
         "FROM sales_order o JOIN order_line l ON l.order_id = o.id AND l.deleted = 0 "
         "JOIN customer c ON c.id = o.customer_id AND c.deleted = 0 JOIN member m ON m.id = o.member_id "
         "JOIN product p ON p.id = l.product_id WHERE o.deleted = 0",
         "c.owner_id",
         "o.order_date",
         "o.order_date, o.id, l.id"},
        {"payments",
         "payments",
         {
             {"payment_no", Value::Text, "p.payment_no"},
             {"date", Value::Date, "p.paid_on"},
             {"customer", Value::Text, "c.name"},
             {"customer_code", Value::Text, "c.code"},
             {"order_no", Value::Text, "o.order_no"},
             {"amount", Value::Fen, "p.amount_fen"},
             {"method", Value::Text, "p.method"},
             {"rep", Value::Text, "m.code"},
             {"notes", Value::Text, "p.notes"},
         },
         "FROM payment p JOIN customer c ON c.id = p.customer_id AND c.deleted = 0 "
         "JOIN member m ON m.id = p.member_id LEFT JOIN sales_order o ON o.id = p.order_id WHERE p.deleted = "
         "0",
         "c.owner_id",
         "p.paid_on",
         "p.paid_on, p.id"},
        {"targets",
         "targets",
         {
             {"member", Value::Text, nullptr},
             {"team", Value::Text, nullptr},
             {"period", Value::Text, nullptr},
             {"metric", Value::Text, nullptr},
             {"value", Value::AsGiven, nullptr},
         },
         nullptr,
         nullptr,
         nullptr,
         nullptr,
         targetRows,
         true},
        {"members",
         "members",
         {
             {"code", Value::Text, "m.code"},
             {"name", Value::Text, "m.name"},
             {"role", Value::Text, "m.role"},
             {"team", Value::Text, "t.name"},
             {"phone", Value::Text, "m.phone"},
             {"email", Value::Text, "m.email"},
             {"hire_date", Value::Date, "m.hire_date"},
         },
         "FROM member m LEFT JOIN team t ON t.id = m.team_id WHERE m.deleted = 0",
         "m.id",
         nullptr,
         "m.id"},
    };
    return all;
}

bool targetRows(Database &db, const AccessScope &scope, const ExportOptions &options,
                const std::function<bool(const QList<QVariant> &)> &row, QString *error)
{
    performance::TargetPlanner planner(db, scope);
    // Targets whose period starts within the dates asked for.
    const Period within = options.from.isValid() || options.to.isValid()
                              ? Period::range(options.from.isValid() ? options.from : QDate(1900, 1, 1),
                                              options.to.isValid() ? options.to : QDate(9999, 12, 31))
                              : Period();
    const QList<performance::TargetRow> targets = planner.list(Period(), 0, 0);
    if (!planner.lastError().isEmpty()) {
        *error = planner.lastError();
        return false;
    }
    for (const performance::TargetRow &t : targets) {
        if (within.isValid() && !within.contains(t.period.from()))
            continue;
        const bool money = Metrics::type(t.measure) == analytics::ValueType::Fen;
        if (!row({t.memberId ? QVariant(t.subjectCode) : QVariant(),
                  t.memberId ? QVariant() : QVariant(t.subjectCode), t.period.key(), Metrics::key(t.measure),
                  money ? QVariant::fromValue(io::FenCell{t.value}) : QVariant(t.value)}))
            break;
    }
    return true;
}

const Spec *specFor(const QString &kind)
{
    for (const Spec &s : specs()) {
        if (kind == QLatin1StringView(s.key))
            return &s;
    }
    return nullptr;
}

CellFormat cellFormat(Value value)
{
    switch (value) {
    case Value::Fen:
        return CellFormat::Fen;
    case Value::WholePercent:
        return CellFormat::WholePercent;
    case Value::Number:
        return CellFormat::Integer;
    case Value::Date:
        return CellFormat::Date;
    case Value::Timestamp:
        return CellFormat::DateTime;
    case Value::Text:
    case Value::Bool:
    case Value::AsGiven:
        break;
    }
    return CellFormat::General;
}

bool hasCjk(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x2E80; });
}

QVariant cellOf(const SqlStatement &q, int column, Value value)
{
    if (q.isNull(column))
        return {};
    switch (value) {
    case Value::AsGiven:
    case Value::Text:
        return q.text(column);
    case Value::Number:
    case Value::Fen:
    case Value::WholePercent:
        return q.int64(column);
    case Value::Bool:
        return q.int64(column) != 0;
    case Value::Date: {
        const QString text = q.text(column);
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant(text);
    }
    case Value::Timestamp: {
        const QString text = q.text(column);
        QDateTime utc = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!utc.isValid())
            return text;
        const QDateTime local = utc.toLocalTime();
        // A date-time at 00:00 reads back as a bare date (and an activity then moves to 09:00):
        // the UTC text keeps the moment.
        if (local.time() == QTime(0, 0))
            return utc.toUTC().toString(Qt::ISODate);
        // Whole seconds: what a spreadsheet cell shows and keeps.
        return QDateTime(local.date(),
                         QTime(local.time().hour(), local.time().minute(), local.time().second()));
    }
    }
    return {};
}

} // namespace

Exporter::Exporter(Database &db, AccessScope scope) : m_db(db), m_scope(std::move(scope)) {}

QStringList Exporter::kinds()
{
    QStringList keys;
    for (const Spec &s : specs())
        keys << QString::fromLatin1(s.key);
    return keys;
}

QString Exporter::label(const QString &kind)
{
    if (kind == u"customers"_s)
        return tr("Customers");
    if (kind == u"contacts"_s)
        return tr("Contacts");
    if (kind == u"activities"_s)
        return tr("Visits and calls");
    if (kind == u"opportunities"_s)
        return tr("Opportunities");
    if (kind == u"products"_s)
        return tr("Products");
    if (kind == u"orders"_s)
        return tr("Order lines");
    if (kind == u"payments"_s)
        return tr("Payments");
    if (kind == u"targets"_s)
        return tr("Targets");
    if (kind == u"members"_s)
        return tr("Members");
    return kind;
}

QString Exporter::importKind(const QString &kind)
{
    const Spec *spec = specFor(kind);
    return spec ? QString::fromLatin1(spec->importKind) : QString();
}

bool Exporter::isDated(const QString &kind)
{
    const Spec *spec = specFor(kind);
    return spec && (spec->dateColumn || spec->dated);
}

QStringList Exporter::fields(const QString &kind)
{
    QStringList keys;
    if (const Spec *spec = specFor(kind)) {
        for (const Column &c : spec->columns)
            keys << QString::fromLatin1(c.field);
    }
    return keys;
}

QStringList Exporter::headers(const QString &kind)
{
    const Spec *spec = specFor(kind);
    if (!spec)
        return {};
    const std::unique_ptr<ImportKind> importer = ImportKind::create(QString::fromLatin1(spec->importKind));
    const QList<ImportField> importFields = importer ? importer->fields() : QList<ImportField>();
    QStringList result;
    for (const Column &c : spec->columns) {
        QString header = QString::fromLatin1(c.field);
        for (const ImportField &f : importFields) {
            if (f.key != QLatin1StringView(c.field) || f.synonyms.isEmpty())
                continue;
            header = f.synonyms.constFirst();
            const auto chinese = std::find_if(f.synonyms.cbegin(), f.synonyms.cend(), hasCjk);
            if (chinese != f.synonyms.cend())
                header = *chinese;
            break;
        }
        result << header;
    }
    return result;
}

PermissionArea Exporter::permissionArea(const QString &kind)
{
    return kind == u"orders"_s || kind == u"payments"_s ? PermissionArea::Money
           : kind == u"products"_s                      ? PermissionArea::Orders
           : kind == u"members"_s                       ? PermissionArea::Users
           : kind == u"targets"_s                       ? PermissionArea::Performance
                                                        : PermissionArea::Customers;
}

ExportResult Exporter::run(const QString &kind, const QString &path, const ExportOptions &options)
{
    ExportResult result;
    result.kind = kind;
    result.path = path;
    if (!Permissions(m_db).check(m_scope, permissionArea(kind), PermissionAction::Export, u"export:"_s + kind,
                                 &result.error))
        return result;
    result = write(kind, path, options);
    if (m_db.isReadOnly())
        return result;
    AuditEntry entry;
    entry.action = AuditAction::Export;
    entry.target = u"export:"_s + kind;
    entry.rows = result.rows;
    entry.location = QFileInfo(path).absoluteFilePath();
    entry.detail = result.ok ? u"format=%1"_s.arg(result.format) : u"error=%1"_s.arg(result.error);
    entry.outcome = result.ok ? AuditOutcome::Ok : AuditOutcome::Failed;
    AuditLog audit(m_db, m_scope);
    if (!audit.record(entry) && result.ok) {
        // An export that cannot be recorded does not stay on disk.
        QFile::remove(path);
        result.ok = false;
        result.error = audit.lastError();
    }
    return result;
}

ExportResult Exporter::write(const QString &kind, const QString &path, const ExportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ExportResult result;
    result.kind = kind;
    result.path = path;
    const Spec *spec = specFor(kind);
    if (!spec) {
        result.error = tr("Unknown kind \"%1\": use %2.").arg(kind, kinds().join(u", "_s));
        return result;
    }
    result.format =
        options.format.isEmpty()
            ? (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0 ? u"xlsx"_s : u"csv"_s)
            : options.format.toLower();
    if (result.format != u"csv"_s && result.format != u"xlsx"_s) {
        result.error = tr("Unknown format \"%1\": use csv or xlsx.").arg(options.format);
        return result;
    }

    std::optional<SqlStatement> q;
    if (!spec->rows) {
        QString sql = u"SELECT "_s;
        for (qsizetype i = 0; i < spec->columns.size(); ++i)
            sql += (i ? u", "_s : QString()) + QString::fromLatin1(spec->columns.at(i).sql);
        sql += u' ' + QString::fromLatin1(spec->from);
        if (spec->scopeColumn)
            sql += u" AND "_s + m_scope.ownerCondition(QString::fromLatin1(spec->scopeColumn));
        const bool byPeriod = spec->dateColumn && (options.from.isValid() || options.to.isValid());
        if (byPeriod)
            sql += u" AND "_s + QString::fromLatin1(spec->dateColumn) + u" BETWEEN ? AND ?"_s;
        sql += u" ORDER BY "_s + QString::fromLatin1(spec->orderBy);

        auto *driver = qobject_cast<SqlCipherDriver *>(m_db.connectionForThread().driver());
        if (!driver || !driver->nativeHandle()) {
            result.error = tr("The database is not open.");
            return result;
        }
        q.emplace(driver->nativeHandle(), sql.toUtf8().constData());
        if (!q->isValid()) {
            result.error = q->error();
            return result;
        }
        if (byPeriod) {
            q->bind(1, options.from.isValid() ? options.from.toString(Qt::ISODate) : u"0000-01-01"_s);
            q->bind(2, options.to.isValid() ? options.to.toString(Qt::ISODate) : u"9999-12-31"_s);
        }
    }

    std::unique_ptr<io::TableWriter> writer;
    io::CsvWriter *csv = nullptr;
    if (result.format == u"xlsx"_s) {
        writer = io::createXlsxWriter(path, kind, &result.error);
    } else {
        io::CsvWriteOptions csvOptions;
        csvOptions.encoding = options.encoding.isEmpty() ? QByteArray("utf-8") : options.encoding.toLower();
        csvOptions.byteOrderMark = options.byteOrderMark && csvOptions.encoding.startsWith("utf");
        csvOptions.neutralizeFormulas = true;
        result.encoding = csvOptions.encoding;
        writer = io::createCsvWriter(path, csvOptions, &result.error);
        csv = static_cast<io::CsvWriter *>(writer.get());
    }
    if (!writer)
        return result;

    QList<io::CellFormat> formats;
    QList<QVariant> cells;
    for (const Column &c : spec->columns)
        formats << cellFormat(c.value);
    writer->setColumnFormats(formats);
    for (const QString &h : headers(kind))
        cells << h;
    if (!writer->writeRow(cells)) {
        result.error = writer->errorString();
        return result;
    }
    const auto writeRow = [&](const QList<QVariant> &row) {
        if (!writer->writeRow(row)) {
            result.error = writer->errorString();
            return false;
        }
        ++result.rows;
        if (options.progress && result.rows % 10000 == 0 && !options.progress(result.rows)) {
            result.cancelled = true;
            result.error = tr("The export was cancelled.");
            return false;
        }
        return true;
    };
    if (spec->rows) {
        if (!spec->rows(m_db, m_scope, options, writeRow, &result.error) || !result.error.isEmpty())
            return result;
    } else {
        const int columnCount = int(spec->columns.size());
        while (q->next()) {
            cells.clear();
            for (int i = 0; i < columnCount; ++i)
                cells << cellOf(*q, i, spec->columns.at(i).value);
            if (!writeRow(cells))
                return result;
        }
        if (!q->ok()) {
            result.error = q->error();
            return result;
        }
    }
    if (!writer->finish()) {
        result.error = writer->errorString();
        return result;
    }
    result.encodingErrors = csv && csv->hadEncodingErrors();
    result.ok = true;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace frontline
