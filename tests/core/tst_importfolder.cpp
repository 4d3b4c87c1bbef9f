// The watched import folder (ImportFolder), as `frontline-cli watch` and the GUI's automatic
// import use it: a good file ends in done/ with its batch in the import history, its rejects and
// a log; a file the kind cannot use ends in failed/ with the reason in its log; a file still
// being written is left alone until it looks the same twice; a file dropped again changes no
// record; a cancelled round leaves the file where it was; a role that may not import is refused;
// and the GUI's settings survive a round trip through the database.
#include "import/ImportFolder.h"
#include "import/ImportHistory.h"
#include "import/ImportMapping.h"
#include "repositories/OrgRepository.h"
#include "security/Permissions.h"
#include "support/TableChecksums.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::test;

namespace {

const QByteArray GoodCsv =
    QStringLiteral("公司,电话\n新客户甲,13800000001\n新客户乙,13800000002\n,13800000003\n").toUtf8();

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// The tables that hold records (not the import's own bookkeeping).
QMap<QString, QByteArray> records(Database &db)
{
    QMap<QString, QByteArray> all = tableChecksums(db.connection());
    QMap<QString, QByteArray> kept;
    for (const QString &table : {u"customer"_s, u"contact"_s, u"contact_point"_s, u"member"_s, u"team"_s})
        kept.insert(table, all.value(table));
    return kept;
}

} // namespace

class tst_ImportFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void goodFileGoesToDoneWithItsBatch();
    void brokenFileGoesToFailedWithTheReason();
    void fileBeingWrittenWaitsUntilStable();
    void droppedAgainChangesNothing();
    void cancelledRoundLeavesTheFile();
    void roleThatMayNotImportIsRefused();
    void prepareErrors_data();
    void prepareErrors();
    void settingsRoundTrip();

private:
    QString inbox(const QString &name = QString()) const { return QDir(m_dir->path()).filePath(name); }
    void drop(const QString &name, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
    {
        QFile f(inbox(name));
        QVERIFY(f.open(mode));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    std::unique_ptr<ImportFolder> folder(const QString &kind = QString(),
                                         const QString &mapping = u"ledger"_s)
    {
        auto f = std::make_unique<ImportFolder>(m_db->db(), AccessScope::administrator(), m_dir->path(), kind,
                                                mapping);
        if (!f->prepare())
            qWarning() << f->errorString();
        return f;
    }
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ImportFolder::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_db->isValid());
    QVERIFY(m_dir->isValid());
    // The saved mapping the folder uses; its kind comes with it.
    QVERIFY(ImportMapping::save(
        m_db->db(), u"customers"_s, u"ledger"_s,
        QJsonObject{{u"columns"_s, QJsonObject{{u"公司"_s, u"name"_s}, {u"电话"_s, u"phone"_s}}}}));
}

void tst_ImportFolder::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_ImportFolder::goodFileGoesToDoneWithItsBatch()
{
    drop(u"week1.csv"_s, GoodCsv);
    drop(u"notes.docx"_s, "not ours");
    drop(u"~$week1.xlsx"_s, "an Office lock file");
    auto f = folder();
    QCOMPARE(f->kind(), u"customers"_s); // from the saved profile
    QVERIFY(QFileInfo(inbox(u"done"_s)).isDir());
    QVERIFY(QFileInfo(inbox(u"failed"_s)).isDir());
    QStringList waiting;
    const QList<FolderFileResult> results = f->once(0, &waiting);
    QVERIFY(waiting.isEmpty());
    QCOMPARE(results.size(), 1);
    const FolderFileResult &r = results.first();
    QCOMPARE(r.file, u"week1.csv"_s);
    QVERIFY2(r.imported, qPrintable(r.summary.error));
    QCOMPARE(r.summary.read, 3);
    QCOMPARE(r.summary.inserted, 2);
    QCOMPARE(r.summary.rejected, 1); // the row without a name
    QCOMPARE(r.movedTo, inbox(u"done/week1.csv"_s));
    QVERIFY(QFile::exists(inbox(u"done/week1.csv"_s)));
    QVERIFY(!QFile::exists(inbox(u"week1.csv"_s)));
    QVERIFY(QFile::exists(inbox(u"notes.docx"_s)));
    QVERIFY(QFile::exists(inbox(u"~$week1.xlsx"_s)));
    // The rejects and the log beside it.
    QCOMPARE(r.summary.rejectsFile, inbox(u"done/week1.rejects.csv"_s));
    QVERIFY(readAll(r.summary.rejectsFile).contains("13800000003"));
    QCOMPARE(r.logFile, inbox(u"done/week1.log"_s));
    const QByteArray log = readAll(r.logFile);
    QVERIFY(log.contains("week1.rejects.csv"));
    QVERIFY(log.contains(QByteArray("Batch: ").append(QByteArray::number(r.summary.batch))));

    // The batch is in the import history like any import's.
    const QList<ImportBatch> batches = ImportHistory(m_db->db(), AccessScope::administrator()).batches();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().id, r.summary.batch);
    QCOMPARE(batches.first().fileName, u"week1.csv"_s);
    QCOMPARE(batches.first().kind, u"customers"_s);
    QCOMPARE(batches.first().inserted, 2);
    QCOMPARE(count(m_db->db(), u"SELECT count(*) FROM customer WHERE name IN ('新客户甲', '新客户乙')"_s), 2);

    // What the CLI prints and the GUI shows.
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(u"batch"_s).toInteger(), r.summary.batch);
    QCOMPARE(json.value(u"inserted"_s).toInteger(), 2);
    QCOMPARE(json.value(u"moved_to"_s).toString(), r.movedTo);
    QCOMPARE(r.message(), u"week1.csv: batch %1, 3 read, 2 inserted, 1 rejected → %2"_s.arg(r.summary.batch)
                              .arg(QDir::toNativeSeparators(r.movedTo)));

    // Nothing left: a quiet round.
    QVERIFY(f->once(0).isEmpty());
}

void tst_ImportFolder::brokenFileGoesToFailedWithTheReason()
{
    // No column the customers import can take a name from.
    drop(u"wrong.csv"_s, QStringLiteral("产品,数量\n椅子,3\n").toUtf8());
    auto f = folder(u"customers"_s, QString());
    const QList<FolderFileResult> results = f->once(0);
    QCOMPARE(results.size(), 1);
    const FolderFileResult &r = results.first();
    QVERIFY(!r.imported);
    QVERIFY(!r.summary.error.isEmpty());
    QCOMPARE(r.summary.batch, 0);
    QCOMPARE(r.movedTo, inbox(u"failed/wrong.csv"_s));
    QVERIFY(QFile::exists(inbox(u"failed/wrong.csv"_s)));
    QVERIFY(!QFile::exists(inbox(u"wrong.csv"_s)));
    QVERIFY(!QFile::exists(inbox(u"done/wrong.csv"_s)));
    const QString log = QString::fromUtf8(readAll(inbox(u"failed/wrong.log"_s)));
    QVERIFY2(log.contains(u"Failed: "_s + r.summary.error), qPrintable(log));
    QCOMPARE(r.toJson().value(u"error"_s).toString(), r.summary.error);
    QVERIFY(r.message().startsWith(u"wrong.csv failed: "_s + r.summary.error));
    QCOMPARE(count(m_db->db(), u"SELECT count(*) FROM import_batch"_s), 0);
}

void tst_ImportFolder::fileBeingWrittenWaitsUntilStable()
{
    drop(u"growing.csv"_s, QStringLiteral("公司,电话\n写了一半,\n").toUtf8());
    auto f = folder();
    f->look();
    drop(u"growing.csv"_s, QStringLiteral("写完了,\n").toUtf8(), QIODevice::Append);
    QStringList waiting;
    QVERIFY(f->round(&waiting).isEmpty());
    QCOMPARE(waiting, QStringList{u"growing.csv"_s});
    QVERIFY(QFile::exists(inbox(u"growing.csv"_s)));
    QCOMPARE(count(m_db->db(), u"SELECT count(*) FROM import_batch"_s), 0);

    // Unchanged since the last look: now it is taken, both rows.
    waiting.clear();
    const QList<FolderFileResult> results = f->round(&waiting);
    QVERIFY(waiting.isEmpty());
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().imported, qPrintable(results.first().summary.error));
    QCOMPARE(results.first().summary.inserted, 2);
    QVERIFY(QFile::exists(inbox(u"done/growing.csv"_s)));
}

void tst_ImportFolder::droppedAgainChangesNothing()
{
    drop(u"week1.csv"_s, GoodCsv);
    auto f = folder();
    QList<FolderFileResult> results = f->once(0);
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().imported);
    const QMap<QString, QByteArray> before = records(m_db->db());
    QCOMPARE(count(m_db->db(), u"SELECT count(*) FROM customer"_s), 2);

    // The same file again, under the same name: imported, nothing changed, the first copy kept.
    drop(u"week1.csv"_s, GoodCsv);
    results = f->once(0);
    QCOMPARE(results.size(), 1);
    const FolderFileResult &r = results.first();
    QVERIFY2(r.imported, qPrintable(r.summary.error));
    QCOMPARE(r.summary.read, 3);
    QCOMPARE(r.summary.inserted, 0);
    QCOMPARE(r.summary.updated, 0);
    QCOMPARE(r.summary.rejected, 1);
    QCOMPARE(r.summary.merged + r.summary.skipped, 2);
    QCOMPARE(records(m_db->db()), before);
    QVERIFY(QFile::exists(inbox(u"done/week1.csv"_s)));
    QVERIFY(r.movedTo.startsWith(inbox(u"done/week1-"_s)));
    QVERIFY(QFile::exists(r.movedTo));
    QCOMPARE(readAll(r.movedTo), GoodCsv);
    QVERIFY(QFile::exists(QFileInfo(r.movedTo).path() + u'/' + QFileInfo(r.movedTo).completeBaseName() +
                          u".log"_s));
}

void tst_ImportFolder::cancelledRoundLeavesTheFile()
{
    drop(u"week1.csv"_s, GoodCsv);
    auto f = folder();
    std::atomic_bool cancel = true;
    f->setCancelFlag(&cancel);
    QVERIFY(f->once(0).isEmpty());
    QVERIFY(QFile::exists(inbox(u"week1.csv"_s)));
    QVERIFY(QDir(inbox(u"done"_s)).isEmpty());
    QVERIFY(QDir(inbox(u"failed"_s)).isEmpty());
    QCOMPARE(count(m_db->db(), u"SELECT count(*) FROM import_batch"_s), 0);

    cancel = false;
    const QList<FolderFileResult> results = f->once(0);
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().imported);
}

void tst_ImportFolder::roleThatMayNotImportIsRefused()
{
    Database &db = m_db->db();
    OrgRepository org(db, AccessScope::administrator());
    Team team;
    team.name = u"一组"_s;
    const SaveResult t = org.addTeam(team);
    QVERIFY2(t.ok(), qPrintable(t.error));
    Member member;
    member.code = u"R01"_s;
    member.name = u"王五"_s;
    member.role = Role::Rep;
    member.teamId = t.id;
    const SaveResult m = org.addMember(member);
    QVERIFY2(m.ok(), qPrintable(m.error));
    const qint64 rep = m.id;
    const std::optional<AccessScope> scope = AccessScope::forMember(db.connection(), rep);
    QVERIFY(scope);
    QString error;
    QVERIFY2(Permissions(db).set(AccessScope::administrator(), Role::Rep, PermissionArea::Customers,
                                 PermissionAction::Edit, false, &error),
             qPrintable(error));
    drop(u"week1.csv"_s, GoodCsv);
    ImportFolder f(db, *scope, m_dir->path(), QString(), u"ledger"_s);
    QVERIFY(!f.prepare());
    QVERIFY2(f.errorString().contains(u"rep"_s), qPrintable(f.errorString()));
    QVERIFY(QFile::exists(inbox(u"week1.csv"_s)));
    QCOMPARE(count(db, u"SELECT count(*) FROM audit_log WHERE target = 'import:customers'"_s), 1);
}

void tst_ImportFolder::prepareErrors_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QString>("error");
    QTest::newRow("no folder") << u"missing"_s << u"customers"_s << QString() << u"is not a folder"_s;
    QTest::newRow("no kind") << QString() << QString() << QString() << u"--kind"_s;
    QTest::newRow("unknown kind") << QString() << u"invoices"_s << QString() << u"Unknown kind"_s;
    QTest::newRow("unknown mapping") << QString() << u"customers"_s << u"nope"_s << u"nope"_s;
    QTest::newRow("mapping of another kind") << QString() << u"orders"_s << u"ledger"_s << u"ledger"_s;
}

void tst_ImportFolder::prepareErrors()
{
    QFETCH(QString, dir);
    QFETCH(QString, kind);
    QFETCH(QString, mapping);
    QFETCH(QString, error);
    ImportFolder f(m_db->db(), AccessScope::administrator(), inbox(dir), kind, mapping);
    QVERIFY(!f.prepare());
    QVERIFY2(f.errorString().contains(error), qPrintable(f.errorString()));
}

void tst_ImportFolder::settingsRoundTrip()
{
    Database &db = m_db->db();
    const ImportFolderSettings fresh = ImportFolderSettings::load(db);
    QVERIFY(!fresh.enabled);
    QVERIFY(fresh.folder.isEmpty());
    QCOMPARE(fresh.kind, u"customers"_s);
    QCOMPARE(fresh.intervalSeconds, 30);

    ImportFolderSettings s;
    s.enabled = true;
    s.folder = m_dir->path();
    s.kind = u"orders"_s;
    s.mapping = u"ERP 导出"_s;
    s.intervalSeconds = 1; // below the minimum
    QVERIFY(s.save(db));
    QVERIFY(!m_db->reopen());
    const ImportFolderSettings loaded = ImportFolderSettings::load(m_db->db());
    QVERIFY(loaded.enabled);
    QCOMPARE(loaded.folder, m_dir->path());
    QCOMPARE(loaded.kind, u"orders"_s);
    QCOMPARE(loaded.mapping, u"ERP 导出"_s);
    QCOMPARE(loaded.intervalSeconds, ImportFolderSettings::MinInterval);
}

QTEST_GUILESS_MAIN(tst_ImportFolder)
#include "tst_importfolder.moc"
