#include "ImportMapping.h"

#include "ImportCleaner.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
// "金额(元)", "Probability (%)", "数量（件）": the unit in brackets does not change the field.
QString withoutBrackets(const QString &header)
{
    static const QRegularExpression brackets(u"[(（\\[【][^)）\\]】]*[)）\\]】]"_s);
    return QString(header).remove(brackets);
}
} // namespace

QString ImportMapping::fieldFor(const QString &header, const QList<ImportField> &fields)
{
    const QString k = ImportCleaner::key(header);
    if (k.isEmpty())
        return {};
    const QString bare = ImportCleaner::key(withoutBrackets(header));
    for (const QString &candidate : {k, bare}) {
        if (candidate.isEmpty())
            continue;
        for (const ImportField &f : fields) {
            if (ImportCleaner::key(f.key) == candidate)
                return f.key;
            for (const QString &s : f.synonyms) {
                if (ImportCleaner::key(s) == candidate)
                    return f.key;
            }
        }
    }
    return {};
}

int ImportMapping::detectHeader(const QList<io::SourceRow> &rows, const QList<ImportField> &fields)
{
    int best = -1, bestScore = 0;
    for (int i = 0; i < rows.size() && i < HeaderSearchRows; ++i) {
        QSet<QString> named;
        int nonEmpty = 0;
        for (const QVariant &cell : rows.at(i).cells) {
            if (cell.typeId() != QMetaType::QString)
                continue; // a header is text; numbers and dates are data
            const QString text = ImportCleaner::text(cell);
            if (text.isEmpty())
                continue;
            ++nonEmpty;
            const QString field = fieldFor(text, fields);
            if (!field.isEmpty())
                named.insert(field);
        }
        const int score = int(named.size());
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return bestScore >= 2 ? best : (bestScore == 1 && fields.size() <= 2 ? best : -1);
}

QList<ColumnMapping> ImportMapping::map(const QStringList &headers, const QList<ImportField> &fields,
                                        const QJsonObject &profile, QStringList *errors)
{
    QHash<QString, QString> overrides; // header key → field ("" = ignore)
    const QJsonObject columns = profile.value(u"columns"_s).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const QString field = it.value().toString();
        const bool known =
            field.isEmpty() ||
            std::any_of(fields.cbegin(), fields.cend(), [&](const ImportField &f) { return f.key == field; });
        if (!known) {
            if (errors)
                *errors
                    << tr("The mapping names the field \"%1\", which this kind does not have.").arg(field);
            continue;
        }
        overrides.insert(ImportCleaner::key(it.key()), field);
    }
    QList<ColumnMapping> result;
    QSet<QString> taken;
    for (int i = 0; i < headers.size(); ++i) {
        ColumnMapping m;
        m.column = i;
        m.header = ImportCleaner::text(headers.at(i));
        const QString k = ImportCleaner::key(m.header);
        QString field = overrides.contains(k) ? overrides.value(k) : fieldFor(m.header, fields);
        if (!field.isEmpty()) {
            const auto def = std::find_if(fields.cbegin(), fields.cend(),
                                          [&](const ImportField &f) { return f.key == field; });
            if (taken.contains(field) && !(def != fields.cend() && def->multiple))
                field.clear(); // a second column for a single field: the first one wins
            else
                taken.insert(field);
        }
        m.field = field;
        result << m;
    }
    return result;
}

QJsonObject ImportMapping::toProfile(const QList<ColumnMapping> &columns)
{
    QJsonObject map;
    for (const ColumnMapping &c : columns) {
        if (!c.header.isEmpty())
            map.insert(c.header, c.field);
    }
    return QJsonObject{{u"columns"_s, map}};
}

bool ImportMapping::save(Database &db, const QString &kind, const QString &name, const QJsonObject &profile,
                         QString *error)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString json = QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact));
    QSqlQuery q(db.connectionForThread());
    // No UPSERT on SQLite 3.15: update, and insert when nothing was there.
    q.prepare(u"UPDATE import_profile SET mapping = ?, updated_at = ? WHERE kind = ? AND name = ?"_s);
    q.addBindValue(json);
    q.addBindValue(now);
    q.addBindValue(kind);
    q.addBindValue(name);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() > 0)
        return true;
    q.prepare(
        u"INSERT INTO import_profile (kind, name, mapping, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(kind);
    q.addBindValue(name);
    q.addBindValue(json);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<QJsonObject> ImportMapping::load(Database &db, const QString &kind, const QString &nameOrFile,
                                               QString *error)
{
    QByteArray json;
    QSqlQuery q(db.connectionForThread());
    q.prepare(u"SELECT mapping FROM import_profile WHERE kind = ? AND name = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(nameOrFile);
    if (q.exec() && q.next()) {
        json = q.value(0).toString().toUtf8();
    } else if (QFileInfo(nameOrFile).isFile()) {
        QFile f(nameOrFile);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read the mapping file %1: %2").arg(nameOrFile, f.errorString());
            return std::nullopt;
        }
        json = f.readAll();
    } else {
        if (error)
            *error = tr("There is no saved mapping \"%1\" for %2, and no such file.").arg(nameOrFile, kind);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("The mapping \"%1\" is not valid JSON: %2").arg(nameOrFile, parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

QStringList ImportMapping::profiles(Database &db, const QString &kind)
{
    QStringList names;
    QSqlQuery q(db.connectionForThread());
    q.prepare(u"SELECT name FROM import_profile WHERE kind = ? ORDER BY name"_s);
    q.addBindValue(kind);
    if (q.exec()) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

} // namespace frontline
