#include "Importer.h"

#include "ImportKind.h"
#include "ImportMapping.h"
#include "ImportStore.h"
#include "io/TableWriter.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/FileHash.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline {

QJsonObject ImportSummary::toJson() const
{
    QJsonObject createdJson;
    for (auto it = created.cbegin(); it != created.cend(); ++it)
        createdJson.insert(it.key(), it.value());
    QJsonObject filledJson;
    for (auto it = filled.cbegin(); it != filled.cend(); ++it)
        filledJson.insert(it.key(), it.value());
    QJsonArray mapping;
    for (const ColumnMapping &c : columns)
        mapping.append(QJsonObject{{u"column"_s, c.column},
                                   {u"header"_s, c.header},
                                   {u"field"_s, c.field.isEmpty() ? QJsonValue() : QJsonValue(c.field)}});
    QJsonArray issueList;
    for (const ImportIssue &i : issues) {
        static const char *severities[] = {"warning", "skipped", "rejected"};
        issueList.append(QJsonObject{{u"row"_s, i.row},
                                     {u"column"_s, i.column},
                                     {u"field"_s, i.field},
                                     {u"severity"_s, QString::fromLatin1(severities[i.severity])},
                                     {u"message"_s, i.message}});
    }
    QJsonArray preview;
    for (const QVariantMap &row : previewRows)
        preview.append(QJsonObject::fromVariantMap(row));
    return QJsonObject{
        {u"ok"_s, ok},
        {u"cancelled"_s, cancelled},
        {u"error"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {u"kind"_s, kind},
        {u"file"_s, file},
        {u"format"_s, format},
        {u"encoding"_s, encoding.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(encoding))},
        {u"sheet"_s, sheet.isEmpty() ? QJsonValue() : QJsonValue(sheet)},
        {u"header_row"_s, headerRow},
        {u"mapping"_s, mapping},
        {u"dry_run"_s, dryRun},
        {u"read"_s, read},
        {u"inserted"_s, inserted},
        {u"merged"_s, merged},
        {u"updated"_s, updated},
        {u"skipped"_s, skipped},
        {u"rejected"_s, rejected},
        {u"warnings"_s, warnings},
        {u"created"_s, createdJson},
        {u"filled"_s, filledJson},
        {u"rejects_file"_s, rejectsFile.isEmpty() ? QJsonValue() : QJsonValue(rejectsFile)},
        {u"batch"_s, batch ? QJsonValue(batch) : QJsonValue()},
        {u"seconds"_s, seconds},
        {u"issues"_s, issueList},
        {u"preview"_s, preview},
    };
}

namespace {

// The running import: the session the kind talks to.
class Run : public ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(frontline::Importer)
public:
    Run(Database &db, const AccessScope &scope, const ImportOptions &options, ImportSummary &summary)
        : m_db(db), m_scope(scope), m_options(options), m_summary(summary), m_store(db, scope)
    {}

    ImportStore &store() override { return m_store; }
    const AccessScope &scope() const override { return m_scope; }
    const ImportOptions &options() const override { return m_options; }

    QString columnName(const ImportRow &row, int field) const
    {
        const int column = row.column(field);
        return column >= 0 && column < m_headers.size() ? m_headers.at(column) : QString();
    }
    QString fieldKey(int field) const
    {
        return field >= 0 && field < m_fields.size() ? m_fields.at(field).key : QString();
    }

    void issue(qint64 rowNumber, const QString &column, const QString &field, const QString &message,
               ImportIssue::Severity severity)
    {
        if (m_summary.issues.size() < Importer::MaxIssues)
            m_summary.issues << ImportIssue{rowNumber, column, field, message, severity};
        static const QString actions[] = {u"warning"_s, u"skipped"_s, u"rejected"_s};
        if (!m_store.logRow(rowNumber, actions[severity], column, {}, 0, message))
            fail(m_store.errorText());
    }

    void warn(const ImportRow &row, int field, const QString &message) override
    {
        ++m_summary.warnings;
        issue(row.number(), columnName(row, field), fieldKey(field), message, ImportIssue::Warning);
    }

    RowAction reject(const ImportRow &row, int field, const QString &message) override
    {
        const QString column = columnName(row, field);
        issue(row.number(), column, fieldKey(field), message, ImportIssue::Reject);
        writeReject(row.source(), column.isEmpty()
                                      ? tr("Row %1: %2").arg(row.number()).arg(message)
                                      : tr("Row %1, column %2: %3").arg(row.number()).arg(column, message));
        return RowAction::Rejected;
    }

    void skipped(const ImportRow &row, int field, const QString &message) override
    {
        issue(row.number(), columnName(row, field), fieldKey(field), message, ImportIssue::Skip);
    }

    void skip(const io::SourceRow &row, const QString &message)
    {
        issue(row.number, {}, {}, message, ImportIssue::Skip);
    }

    void filled(const ImportRow &, const QString &what, const QString &) override
    {
        ++m_summary.filled[what];
    }

    void logged(const ImportRow &row, RowAction action, const QString &table, qint64 id,
                const QString &message) override
    {
        const QString name = action == RowAction::Merged    ? u"merged"_s
                             : action == RowAction::Updated ? u"updated"_s
                                                            : u"skipped"_s;
        if (!m_store.logRow(row.number(), name, {}, table, id, message))
            fail(m_store.errorText());
    }

    bool wantsPreview() const override { return m_summary.previewRows.size() < m_options.previewRows; }
    void preview(const QVariantMap &storedRow) override
    {
        if (wantsPreview())
            m_summary.previewRows << storedRow;
    }
    bool cancelled() const override { return m_cancelled; }
    void fail(const QString &error) override
    {
        if (m_failure.isEmpty())
            m_failure = error.isEmpty() ? tr("The database refused a write.") : error;
    }

    ImportSummary execute(io::RowSource &source, const QString &fileName, const QString &path);

private:
    bool openRejects(io::RowSource &source);
    void writeReject(const io::SourceRow &row, const QString &reason);
    bool reportProgress(io::RowSource &source)
    {
        if ((m_options.cancel && m_options.cancel->load()) ||
            (m_options.progress && !m_options.progress(source.progress(), m_summary.read)))
            m_cancelled = true;
        return !m_cancelled;
    }

    Database &m_db;
    const AccessScope &m_scope;
    const ImportOptions &m_options;
    ImportSummary &m_summary;
    ImportStore m_store;
    QList<ImportField> m_fields;
    QStringList m_headers;
    QList<QVariant> m_headerCells;
    QString m_path;
    io::RowSource *m_source = nullptr;
    std::unique_ptr<io::TableWriter> m_rejects;
    bool m_rejectsFailed = false;
    bool m_cancelled = false;
    QString m_failure;
};

bool Run::openRejects(io::RowSource &source)
{
    if (m_rejects || m_rejectsFailed)
        return bool(m_rejects);
    if (m_options.dryRun || (m_path.isEmpty() && m_options.rejectsPath.isEmpty())) {
        m_rejectsFailed = true;
        return false;
    }
    // An .xls input gets its rejects as .xlsx: the nearest format we can write.
    const bool xlsx = source.format() == u"xlsx"_s || source.format() == u"xls"_s;
    QString target = m_options.rejectsPath;
    if (target.isEmpty()) {
        const QFileInfo input(m_path);
        target =
            input.dir().filePath(input.completeBaseName() + u".rejects."_s + (xlsx ? u"xlsx"_s : u"csv"_s));
    }
    QString error;
    if (xlsx) {
        m_rejects =
            io::createXlsxWriter(target, source.sheet().isEmpty() ? u"Rejects"_s : source.sheet(), &error);
    } else {
        io::CsvWriteOptions o;
        o.encoding = source.encoding().isEmpty() ? QByteArray("utf-8") : source.encoding();
        o.byteOrderMark = source.hadByteOrderMark() || o.encoding.toLower().startsWith("utf");
        if (!source.delimiter().isNull())
            o.delimiter = source.delimiter();
        m_rejects = io::createCsvWriter(target, o, &error);
    }
    if (!m_rejects) {
        m_rejectsFailed = true;
        ++m_summary.warnings;
        issue(0, {}, {}, tr("The rejects file cannot be written: %1").arg(error), ImportIssue::Warning);
        return false;
    }
    QList<QVariant> header = m_headerCells;
    header << tr("Reason");
    m_rejects->writeRow(header);
    m_summary.rejectsFile = target;
    return true;
}

void Run::writeReject(const io::SourceRow &row, const QString &reason)
{
    if (!m_source || !openRejects(*m_source))
        return;
    QList<QVariant> cells = row.cells;
    while (cells.size() < m_headerCells.size())
        cells << QVariant();
    cells << reason;
    if (!m_rejects->writeRow(cells)) {
        m_rejects.reset();
        m_rejectsFailed = true;
        m_summary.rejectsFile.clear();
    }
}

bool isSummaryRow(const io::SourceRow &row)
{
    for (const QVariant &cell : row.cells) {
        if (cell.isNull() || !cell.isValid())
            continue;
        const QString text = ImportCleaner::text(cell);
        if (text.isEmpty())
            continue;
        return ImportCleaner::isSummaryLabel(text);
    }
    return false;
}

ImportSummary Run::execute(io::RowSource &source, const QString &fileName, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary &s = m_summary;
    m_path = path;
    m_source = &source;
    s.kind = m_options.kind;
    s.file = fileName;
    s.format = source.format();
    s.encoding = source.encoding();
    s.sheet = source.sheet();
    s.dryRun = m_options.dryRun;
    const auto failWith = [&](const QString &error) {
        s.ok = false;
        s.error = error;
        s.batch = 0;
        s.rejectsFile.clear();
        s.seconds = timer.nsecsElapsed() / 1e9;
        return s;
    };

    const std::unique_ptr<ImportKind> kind = ImportKind::create(m_options.kind);
    if (!kind)
        return failWith(
            tr("Unknown kind \"%1\"; use one of: %2.").arg(m_options.kind, ImportKind::keys().join(u", "_s)));
    QString why;
    if (!kind->allowed(m_scope, &why))
        return failWith(why);
    m_fields = kind->fields();
    if (!m_store.handle())
        return failWith(tr("No database is open."));

    QJsonObject profile = m_options.mappingJson;
    if (profile.isEmpty() && !m_options.mapping.isEmpty()) {
        QString error;
        const std::optional<QJsonObject> loaded =
            ImportMapping::load(m_db, kind->key(), m_options.mapping, &error);
        if (!loaded)
            return failWith(error);
        profile = *loaded;
    }

    // The header is among the first rows: read them, then go on from the buffer.
    QList<io::SourceRow> head;
    io::SourceRow row;
    while (head.size() < ImportMapping::HeaderSearchRows && source.next(row))
        head << row;
    if (!source.errorString().isEmpty())
        return failWith(source.errorString());
    // The profile's headers name fields too: they help find the header row.
    QList<ImportField> detection = m_fields;
    const QJsonObject profileColumns = profile.value(u"columns"_s).toObject();
    for (auto it = profileColumns.constBegin(); it != profileColumns.constEnd(); ++it) {
        for (ImportField &f : detection) {
            if (f.key == it.value().toString())
                f.synonyms << it.key();
        }
    }
    int headerIndex = -1;
    if (profile.contains(u"header_row"_s)) {
        const qint64 number = profile.value(u"header_row"_s).toInteger();
        for (int i = 0; i < head.size(); ++i) {
            if (head.at(i).number == number)
                headerIndex = i;
        }
    } else {
        headerIndex = ImportMapping::detectHeader(head, detection);
    }
    if (headerIndex < 0) {
        QStringList names;
        for (const ImportField &f : std::as_const(m_fields))
            names << f.label;
        return failWith(tr("No header row found: none of the first %1 rows names the columns of %2 (%3). "
                           "Give the mapping with --mapping.")
                            .arg(ImportMapping::HeaderSearchRows)
                            .arg(kind->label(), names.join(u", "_s)));
    }
    m_headerCells = head.at(headerIndex).cells;
    for (const QVariant &cell : std::as_const(m_headerCells))
        m_headers << ImportCleaner::text(cell);
    s.headerRow = head.at(headerIndex).number;
    QStringList mappingErrors;
    s.columns = ImportMapping::map(m_headers, m_fields, profile, &mappingErrors);
    if (!mappingErrors.isEmpty())
        return failWith(mappingErrors.join(u' '));
    QList<int> columns(m_fields.size(), -1);
    QList<QList<int>> extra(m_fields.size());
    for (const ColumnMapping &c : std::as_const(s.columns)) {
        for (int i = 0; i < m_fields.size(); ++i) {
            if (m_fields.at(i).key == c.field) {
                if (columns[i] < 0)
                    columns[i] = c.column;
                extra[i] << c.column;
            }
        }
    }
    QSet<QString> mappedFields;
    for (const ColumnMapping &c : std::as_const(s.columns)) {
        if (!c.field.isEmpty())
            mappedFields.insert(c.field);
    }
    const QStringList missing = kind->missing(mappedFields);
    if (!missing.isEmpty())
        return failWith(tr("No column for %1 (the header row %2 has: %3). Name the columns with --mapping.")
                            .arg(missing.join(u", "_s))
                            .arg(s.headerRow)
                            .arg(m_headers.join(u", "_s)));

    QSqlQuery(m_db.connectionForThread()).exec(u"PRAGMA foreign_keys = OFF"_s);
    const auto restoreKeys =
        qScopeGuard([&] { QSqlQuery(m_db.connectionForThread()).exec(u"PRAGMA foreign_keys = ON"_s); });
    Transaction tx(m_db.connectionForThread());
    if (!tx.isActive())
        return failWith(tx.lastError().text());
    // Inserts into large indexes find their pages in memory instead of decrypting them again.
    const int cacheBefore = m_db.cacheSizeMiB();
    m_db.setCacheSizeMiB(std::max(cacheBefore, 160));
    const auto restoreCache = qScopeGuard([&] { m_db.setCacheSizeMiB(cacheBefore); });

    ImportStore::BatchInfo info;
    info.kind = kind->key();
    info.fileName = fileName;
    info.filePath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    info.fileSize = path.isEmpty() ? 0 : QFileInfo(path).size();
    info.sha256 = path.isEmpty() || m_options.dryRun ? QString() : sha256OfFile(path);
    info.format = s.format;
    info.encoding = QString::fromLatin1(s.encoding);
    info.sheet = s.sheet;
    info.headerRow = s.headerRow;
    info.mapping =
        QString::fromUtf8(QJsonDocument(ImportMapping::toProfile(s.columns)).toJson(QJsonDocument::Compact));
    if (!m_store.beginBatch(info))
        return failWith(m_store.errorText());
    if (!kind->begin(*this))
        return failWith(m_failure.isEmpty() ? m_store.errorText() : m_failure);

    qsizetype next = headerIndex + 1;
    const auto fetch = [&](io::SourceRow &r) {
        if (next < head.size()) {
            r = std::move(head[next++]);
            return true;
        }
        return source.next(r);
    };
    int sinceProgress = 0;
    while (m_failure.isEmpty() && fetch(row)) {
        if (row.isBlank())
            continue;
        ++s.read;
        if (row.hidden && m_options.skipHiddenRows) {
            ++s.skipped;
            skip(row, tr("Hidden row skipped."));
        } else if (isSummaryRow(row)) {
            ++s.skipped;
            skip(row, tr("Summary row (%1) skipped.").arg(ImportCleaner::text(row.cells.value(0))));
        } else {
            const ImportRow r(row, columns, extra);
            switch (kind->process(r, *this)) {
            case RowAction::Inserted:
                ++s.inserted;
                break;
            case RowAction::Merged:
                ++s.merged;
                break;
            case RowAction::Updated:
                ++s.updated;
                break;
            case RowAction::Skipped:
                ++s.skipped;
                break;
            case RowAction::Rejected:
                ++s.rejected;
                break;
            }
        }
        if (++sinceProgress >= 2048) {
            sinceProgress = 0;
            if (!reportProgress(source))
                break;
        }
    }
    if (m_failure.isEmpty() && !source.errorString().isEmpty())
        m_failure = source.errorString();
    if (!m_cancelled && m_failure.isEmpty())
        reportProgress(source);
    if (m_cancelled) {
        s.cancelled = true;
        return failWith(tr("The import was cancelled; nothing was changed."));
    }
    if (!m_failure.isEmpty())
        return failWith(m_failure);
    if (!kind->finish(*this) || !m_failure.isEmpty())
        return failWith(m_failure.isEmpty() ? m_store.errorText() : m_failure);
    if (m_cancelled) {
        s.cancelled = true;
        return failWith(tr("The import was cancelled; nothing was changed."));
    }
    s.created = m_store.createdCounts();
    if (m_rejects && !m_rejects->finish()) {
        ++s.warnings;
        issue(0, {}, {}, tr("The rejects file cannot be written: %1").arg(m_rejects->errorString()),
              ImportIssue::Warning);
        s.rejectsFile.clear();
    }
    ImportStore::Counts counts;
    counts.read = s.read;
    counts.inserted = s.inserted;
    counts.merged = s.merged;
    counts.updated = s.updated;
    counts.skipped = s.skipped;
    counts.rejected = s.rejected;
    counts.warnings = s.warnings;
    counts.created = m_store.createdText();
    counts.rejectsFile = s.rejectsFile;
    if (!m_store.finishBatch(counts))
        return failWith(m_store.errorText());
    if (m_options.dryRun) {
        tx.rollback();
    } else {
        AuditLog audit(m_db, m_scope);
        if (!audit.record(AuditAction::Import, u"batch:%1 %2"_s.arg(m_store.batchId()).arg(s.kind),
                          u"inserted=%1 merged=%2 updated=%3 rejected=%4"_s.arg(s.inserted)
                              .arg(s.merged)
                              .arg(s.updated)
                              .arg(s.rejected),
                          s.read, m_path))
            return failWith(audit.lastError());
        if (!tx.commit()) {
            if (!s.rejectsFile.isEmpty())
                QFile::remove(s.rejectsFile);
            return failWith(tx.lastError().text());
        }
        s.batch = m_store.batchId();
    }
    s.ok = true;
    s.seconds = timer.nsecsElapsed() / 1e9;
    return s;
}

} // namespace

Importer::Importer(Database &db, AccessScope scope) : m_db(db), m_scope(std::move(scope)) {}

ImportSummary Importer::run(const QString &path, const ImportOptions &options)
{
    QString error;
    const std::unique_ptr<io::RowSource> source = io::openRowSource(path, options.read, &error);
    if (!source) {
        ImportSummary s;
        s.kind = options.kind;
        s.file = QFileInfo(path).fileName();
        s.error = error;
        return s;
    }
    return run(*source, QFileInfo(path).fileName(), options, path);
}

ImportSummary Importer::run(io::RowSource &source, const QString &fileName, const ImportOptions &options,
                            const QString &path)
{
    ImportSummary summary;
    Run run(m_db, m_scope, options, summary);
    return run.execute(source, fileName, path);
}

} // namespace frontline
