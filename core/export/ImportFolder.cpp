#include "export/ImportFolder.h"

#include "import/ImportKind.h"
#include "import/ImportMapping.h"
#include "import/Importer.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace frontline {

QStringList ImportFolder::suffixes()
{
    return {u"csv"_s, u"tsv"_s, u"txt"_s, u"xlsx"_s};
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
        results << importFile(name);
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
    const bool xlsx = suffix.compare(u"xlsx"_s, Qt::CaseInsensitive) == 0;

    ImportOptions options;
    options.kind = m_kind;
    options.mapping = m_mapping;
    options.rejectsPath = QDir(doneDir()).filePath(stem + u".rejects."_s + (xlsx ? u"xlsx"_s : u"csv"_s));
    Importer importer(m_db, m_scope);
    result.summary = importer.run(source.filePath(), options);
    result.imported = result.summary.ok;

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
