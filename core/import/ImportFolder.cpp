#include "import/ImportFolder.h"

#include "import/ImportKind.h"
#include "import/ImportMapping.h"
#include "import/Importer.h"
#include "security/Permissions.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString EnabledKey = u"import_folder.enabled"_s;
const QString FolderKey = u"import_folder.folder"_s;
const QString KindKey = u"import_folder.kind"_s;
const QString MappingKey = u"import_folder.mapping"_s;
const QString IntervalKey = u"import_folder.interval"_s;
} // namespace

QJsonObject FolderFileResult::toJson() const
{
    const ImportSummary &s = summary;
    QJsonObject json{
        {u"file"_s, file}, {u"imported"_s, imported}, {u"moved_to"_s, movedTo}, {u"log"_s, logFile}};
    if (imported) {
        json.insert(u"batch"_s, s.batch);
        json.insert(u"read"_s, s.read);
        json.insert(u"inserted"_s, s.inserted);
        json.insert(u"merged"_s, s.merged);
        json.insert(u"updated"_s, s.updated);
        json.insert(u"skipped"_s, s.skipped);
        json.insert(u"rejected"_s, s.rejected);
        json.insert(u"rejects_file"_s, s.rejectsFile.isEmpty() ? QJsonValue() : QJsonValue(s.rejectsFile));
    } else {
        json.insert(u"error"_s, s.error);
    }
    return json;
}

QString FolderFileResult::message() const
{
    const ImportSummary &s = summary;
    return imported ? tr("%1: batch %2, %3 read, %4 inserted, %5 rejected → %6")
                          .arg(file)
                          .arg(s.batch)
                          .arg(s.read)
                          .arg(s.inserted)
                          .arg(s.rejected)
                          .arg(QDir::toNativeSeparators(movedTo))
                    : tr("%1 failed: %2 → %3").arg(file, s.error, QDir::toNativeSeparators(movedTo));
}

ImportFolderSettings ImportFolderSettings::load(const Database &db)
{
    ImportFolderSettings s;
    s.enabled = db.metaValue(EnabledKey) == u"1"_s;
    s.folder = db.metaValue(FolderKey);
    s.kind = db.metaValue(KindKey, u"customers"_s);
    s.mapping = db.metaValue(MappingKey);
    bool ok = false;
    const int interval = db.metaValue(IntervalKey).toInt(&ok);
    if (ok)
        s.intervalSeconds = std::clamp(interval, MinInterval, MaxInterval);
    return s;
}

bool ImportFolderSettings::save(Database &db) const
{
    return db.setMetaValue(EnabledKey, enabled ? u"1"_s : u"0"_s) && db.setMetaValue(FolderKey, folder) &&
           db.setMetaValue(KindKey, kind) && db.setMetaValue(MappingKey, mapping) &&
           db.setMetaValue(IntervalKey,
                           QString::number(std::clamp(intervalSeconds, MinInterval, MaxInterval)));
}

QStringList ImportFolder::suffixes()
{
    return {u"csv"_s, u"tsv"_s, u"txt"_s, u"xlsx"_s, u"xls"_s};
}

ImportFolder::ImportFolder(Database &db, AccessScope scope, QString dir, QString kind, QString mapping)
    : m_db(db), m_scope(std::move(scope)), m_dir(std::move(dir)), m_kind(std::move(kind)),
      m_mapping(std::move(mapping))
{}

QString ImportFolder::doneDir() const
{
    return QDir(m_dir).filePath(u"done"_s);
}

QString ImportFolder::failedDir() const
{
    return QDir(m_dir).filePath(u"failed"_s);
}

bool ImportFolder::prepare()
{
    const QString native = QDir::toNativeSeparators(m_dir);
    if (!QFileInfo(m_dir).isDir()) {
        m_error = tr("%1 is not a folder.").arg(native);
        return false;
    }
    if (m_kind.isEmpty()) {
        if (m_mapping.isEmpty()) {
            m_error = tr("Name the kind of the files (--kind) or a saved mapping that knows it.");
            return false;
        }
        QStringList kinds;
        QSqlQuery q(m_db.connectionForThread());
        q.prepare(u"SELECT DISTINCT kind FROM import_profile WHERE name = ? ORDER BY kind"_s);
        q.addBindValue(m_mapping);
        if (q.exec()) {
            while (q.next())
                kinds << q.value(0).toString();
        }
        if (kinds.isEmpty() && QFileInfo(m_mapping).isFile()) {
            QFile f(m_mapping);
            if (f.open(QIODevice::ReadOnly))
                m_kind = QJsonDocument::fromJson(f.readAll()).object().value(u"kind"_s).toString();
        } else if (kinds.size() > 1) {
            m_error = tr("The mapping \"%1\" is saved for %2: name the kind with --kind.")
                          .arg(m_mapping, kinds.join(u", "_s));
            return false;
        } else if (kinds.size() == 1) {
            m_kind = kinds.constFirst();
        }
        if (m_kind.isEmpty()) {
            m_error = tr("The mapping \"%1\" does not say which kind of records it is for: name the kind "
                         "with --kind.")
                          .arg(m_mapping);
            return false;
        }
    }
    const std::unique_ptr<ImportKind> kind = ImportKind::create(m_kind);
    if (!kind) {
        m_error = tr("Unknown kind \"%1\"; kinds: %2.").arg(m_kind, ImportKind::keys().join(u", "_s));
        return false;
    }
    m_kind = kind->key();
    QString why;
    if (!kind->allowed(m_scope, &why)) {
        m_error = why;
        return false;
    }
    if (!Permissions(m_db).check(m_scope, ImportKind::permissionArea(m_kind), PermissionAction::Edit,
                                 u"import:"_s + m_kind, &m_error))
        return false;
    if (!m_mapping.isEmpty() && !ImportMapping::load(m_db, m_kind, m_mapping, &m_error))
        return false;
    if (!QDir().mkpath(doneDir()) || !QDir().mkpath(failedDir())) {
        m_error = tr("Cannot create the done and failed folders in %1.").arg(native);
        return false;
    }
    return true;
}

QHash<QString, ImportFolder::Seen> ImportFolder::candidates() const
{
    QHash<QString, Seen> files;
    const QFileInfoList list = QDir(m_dir).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : list) {
        const QString name = info.fileName();
        if (name.startsWith(u"~$"_s) || name.startsWith(u'.') || name.contains(u".rejects."_s) ||
            !suffixes().contains(info.suffix().toLower()))
            continue;
        files.insert(name, Seen{info.size(), info.lastModified()});
    }
    return files;
}

void ImportFolder::look()
{
    m_lastLook = candidates();
}

QList<FolderFileResult> ImportFolder::once(int settleMs, QStringList *waiting)
{
    look();
    if (!m_lastLook.isEmpty() && settleMs > 0)
        QThread::msleep(ulong(settleMs));
    return round(waiting);
}

void ImportFolder::watch(int intervalMs, const std::atomic_bool &stop,
                         const std::function<void(const QList<FolderFileResult> &)> &report)
{
    look();
    while (!stop.load()) {
        // Sleep in short steps so that stop ends the wait promptly.
        for (int slept = 0; slept < intervalMs && !stop.load(); slept += 100)
            QThread::msleep(ulong(std::min(100, intervalMs - slept)));
        if (stop.load())
            break;
        const QList<FolderFileResult> results = round();
        if (!results.isEmpty())
            report(results);
    }
}

QList<FolderFileResult> ImportFolder::round(QStringList *waiting)
{
    const QHash<QString, Seen> now = candidates();
    QStringList names = now.keys();
    names.sort();
    QList<FolderFileResult> results;
    QHash<QString, Seen> next;
    for (const QString &name : std::as_const(names)) {
        const auto before = m_lastLook.constFind(name);
        if (before == m_lastLook.cend() || !(*before == now.value(name))) {
            next.insert(name, now.value(name)); // new or still changing: the next round decides
            if (waiting)
                *waiting << name;
            continue;
        }
        if (m_cancel && m_cancel->load())
            break;
        FolderFileResult result = importFile(name);
        if (result.summary.cancelled)
            break; // left where it was: the next look starts over with it
        results << result;
    }
    m_lastLook = next;
    return results;
}

FolderFileResult ImportFolder::importFile(const QString &name)
{
    FolderFileResult result;
    result.file = name;
    const QFileInfo source(QDir(m_dir).filePath(name));
    // A name not yet used in done/ or failed/, for the file, its rejects and its log.
    QString stem = source.completeBaseName();
    const QString suffix = source.suffix();
    const auto taken = [&](const QString &s) {
        for (const QString &dir : {doneDir(), failedDir()}) {
            const QDir d(dir);
            if (d.exists(s + u'.' + suffix) || d.exists(s + u".log"_s))
                return true;
        }
        return false;
    };
    if (taken(stem)) {
        const QString stamped = stem + u'-' + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        stem = stamped;
        for (int n = 2; taken(stem); ++n)
            stem = stamped + u'-' + QString::number(n);
    }
    const bool xlsx = suffix.startsWith(u"xls"_s, Qt::CaseInsensitive); // .xls rejects as .xlsx

    ImportOptions options;
    options.kind = m_kind;
    options.mapping = m_mapping;
    options.rejectsPath = QDir(doneDir()).filePath(stem + u".rejects."_s + (xlsx ? u"xlsx"_s : u"csv"_s));
    options.cancel = m_cancel;
    Importer importer(m_db, m_scope);
    result.summary = importer.run(source.filePath(), options);
    result.imported = result.summary.ok;
    if (result.summary.cancelled) {
        QFile::remove(options.rejectsPath);
        return result;
    }

    const QDir target(result.imported ? doneDir() : failedDir());
    result.movedTo = target.filePath(stem + u'.' + suffix);
    QString moveError;
    if (!QFile::rename(source.filePath(), result.movedTo)) {
        moveError = tr("The file could not be moved to %1.").arg(QDir::toNativeSeparators(result.movedTo));
        result.movedTo.clear();
    }

    const ImportSummary &s = result.summary;
    QStringList log;
    log << tr("File: %1").arg(name) << tr("Kind: %1").arg(m_kind)
        << tr("Time: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!m_mapping.isEmpty())
        log << tr("Mapping: %1").arg(m_mapping);
    if (s.ok) {
        log << tr("Batch: %1").arg(s.batch)
            << tr("Read %1, inserted %2, merged %3, updated %4, skipped %5, rejected %6; %7 warnings.")
                   .arg(s.read)
                   .arg(s.inserted)
                   .arg(s.merged)
                   .arg(s.updated)
                   .arg(s.skipped)
                   .arg(s.rejected)
                   .arg(s.warnings);
        if (!s.rejectsFile.isEmpty())
            log << tr("Rejects: %1").arg(QFileInfo(s.rejectsFile).fileName());
    } else {
        log << tr("Failed: %1").arg(s.error);
    }
    if (!moveError.isEmpty())
        log << moveError;
    int shown = 0;
    for (const ImportIssue &i : s.issues) {
        if (i.severity == ImportIssue::Skip || ++shown > 50)
            continue;
        log << u"%1 %2%3: %4"_s.arg(i.severity == ImportIssue::Reject ? tr("rejected") : tr("warning"))
                   .arg(i.row)
                   .arg(i.column.isEmpty() ? QString() : u" ["_s + i.column + u']')
                   .arg(i.message);
    }
    result.logFile = target.filePath(stem + u".log"_s);
    QSaveFile file(result.logFile);
    if (!file.open(QIODevice::WriteOnly) || file.write((log.join(u'\n') + u'\n').toUtf8()) < 0 ||
        !file.commit())
        result.logFile.clear();
    return result;
}

} // namespace frontline
