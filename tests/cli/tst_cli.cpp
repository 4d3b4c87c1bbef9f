// frontline-cli as a script uses it: a real process, exit codes, stdout JSON, one-line errors.
#include "storage/Database.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {
using Run = frontline::test::CliRun;

QByteArray folderHash(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        f.open(QIODevice::ReadOnly);
        hash.addData(name.toUtf8());
        hash.addData(f.readAll());
    }
    return hash.result();
}
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void initThenInfoJson();
    void globalOptionsStandAnywhere_data();
    void globalOptionsStandAnywhere();
    void wrongPassphraseExitsOneAndChangesNothing();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void passphraseFromFile();
    void noPassphraseWithoutTerminal();
    void initNeverOverwrites();
    void passwdChangesThePassphrase();
    void checkReportsSound();
    void secondProcessIsToldWhoHoldsTheFile();
    void sqlcipherShellOpensTheFile();
    void versionAndHelp();

private:
    Run cli(const QStringList &args, const QByteArray &passphrase = "s3cret 口令");
    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

Run tst_Cli::cli(const QStringList &args, const QByteArray &passphrase)
{
    return frontline::test::CliRunner().run(args, passphrase);
}

void tst_Cli::init()
{
    m_bin = frontline::test::CliRunner::executable();
    QVERIFY(QFileInfo::exists(m_bin));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"team.db"_s);
}

void tst_Cli::initThenInfoJson()
{
    Run r = cli({u"init"_s, u"--db"_s, m_db});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"info"_s, u"--db"_s, m_db, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject info = r.object();
    QCOMPARE(info.value(u"schema_version"_s).toInt(), Database::latestSchemaVersion());
    QCOMPARE(QFileInfo(info.value(u"path"_s).toString()), QFileInfo(m_db));
    const QJsonArray pragmas = info.value(u"sqlcipher_pragmas"_s).toArray();
    QVERIFY(pragmas.contains(u"PRAGMA kdf_iter = 256000;"_s));
    QVERIFY(pragmas.contains(u"PRAGMA cipher_page_size = 4096;"_s));
    const QJsonObject cipher = info.value(u"cipher"_s).toObject();
    QVERIFY(cipher.value(u"kdf_iter"_s).toInt() >= 256000);
    QCOMPARE(cipher.value(u"page_size"_s).toInt(), 4096);
    QVERIFY(cipher.value(u"hmac"_s).toBool());
    const QJsonObject counts = info.value(u"counts"_s).toObject();
    QVERIFY(counts.contains(u"meta"_s));
    QVERIFY(counts.value(u"meta"_s).toInt() >= 1);
    QVERIFY(counts.contains(u"shared_setting"_s));
    QVERIFY(r.err.isEmpty());
}

void tst_Cli::globalOptionsStandAnywhere_data()
{
    QTest::addColumn<QStringList>("layout");
    QTest::newRow("after") << QStringList{u"info"_s, u"--db"_s, u"@"_s, u"--json"_s};
    QTest::newRow("before") << QStringList{u"--db"_s, u"@"_s, u"--json"_s, u"info"_s};
    QTest::newRow("around") << QStringList{u"--json"_s, u"info"_s, u"--db"_s, u"@"_s};
    QTest::newRow("equals") << QStringList{u"--db=@"_s, u"info"_s, u"--json"_s};
}

void tst_Cli::globalOptionsStandAnywhere()
{
    QFETCH(QStringList, layout);
    QCOMPARE(cli({u"init"_s, u"--db"_s, m_db}).exitCode, 0);
    for (QString &arg : layout)
        arg.replace(u"@"_s, m_db);
    const Run r = cli(layout);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"schema_version"_s).toInt(), Database::latestSchemaVersion());
}

void tst_Cli::wrongPassphraseExitsOneAndChangesNothing()
{
    QCOMPARE(cli({u"init"_s, u"--db"_s, m_db}).exitCode, 0);
    const QByteArray before = folderHash(m_dir->path());
    for (const QString &command : {u"info"_s, u"check"_s, u"passwd"_s}) {
        const Run r = cli({command, u"--db"_s, m_db}, "wrong guess");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(u'\n'), qPrintable(err));
        QVERIFY2(err.contains(u"passphrase is wrong"_s), qPrintable(err));
        QCOMPARE(folderHash(m_dir->path()), before);
    }
}

void tst_Cli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown option") << QStringList{u"info"_s, u"--colour"_s};
    QTest::newRow("another command's option") << QStringList{u"info"_s, u"--remember"_s};
    QTest::newRow("stray argument") << QStringList{u"check"_s, u"extra"_s};
    QTest::newRow("option without value") << QStringList{u"info"_s, u"--db"_s};
}

void tst_Cli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void tst_Cli::passphraseFromFile()
{
    const QString file = m_dir->filePath(u"pass.txt"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("from a file 文件\n");
    f.close();
    Run r = cli({u"init"_s, u"--db"_s, m_db, u"--passphrase-file"_s, file}, {});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The newline is not part of it: the same text in the environment opens the file.
    r = cli({u"check"_s, u"--db"_s, m_db}, "from a file 文件");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"check"_s, u"--db"_s, m_db, u"--passphrase-file"_s, m_dir->filePath(u"missing.txt"_s)}, {});
    QCOMPARE(r.exitCode, 1);
}

void tst_Cli::noPassphraseWithoutTerminal()
{
    QCOMPARE(cli({u"init"_s, u"--db"_s, m_db}).exitCode, 0);
    const Run r = cli({u"info"_s, u"--db"_s, m_db}, {});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("FRONTLINE_PASSPHRASE"));
}

void tst_Cli::initNeverOverwrites()
{
    QCOMPARE(cli({u"init"_s, u"--db"_s, m_db}).exitCode, 0);
    const QByteArray before = folderHash(m_dir->path());
    const Run r = cli({u"init"_s, u"--db"_s, m_db}, "another");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("already exists"));
    QCOMPARE(folderHash(m_dir->path()), before);
}

void tst_Cli::passwdChangesThePassphrase()
{
    QCOMPARE(cli({u"init"_s, u"--db"_s, m_db}).exitCode, 0);
    const QString file = m_dir->filePath(u"new.txt"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("brand new\n");
    f.close();
    Run r = cli({u"passwd"_s, u"--db"_s, m_db, u"--new-passphrase-file"_s, file, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.object().value(u"changed"_s).toBool());
    QCOMPARE(cli({u"info"_s, u"--db"_s, m_db}).exitCode, 1);
    r = cli({u"info"_s, u"--db"_s, m_db}, "brand new");
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void tst_Cli::checkReportsSound()
{
    QCOMPARE(cli({u"init"_s, u"--db"_s, m_db}).exitCode, 0);
    const Run r = cli({u"check"_s, u"--db"_s, m_db, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.object().value(u"ok"_s).toBool());
    QVERIFY(r.object().value(u"problems"_s).toArray().isEmpty());
}

void tst_Cli::secondProcessIsToldWhoHoldsTheFile()
{
    QCOMPARE(cli({u"init"_s, u"--db"_s, m_db}).exitCode, 0);
    Database holder;
    const DatabaseError error = holder.open(m_db, SecureBytes("s3cret 口令"));
    QVERIFY2(!error, qPrintable(error.message()));
    const Run r = cli({u"info"_s, u"--db"_s, m_db});
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(u"already open"_s), qPrintable(err));
    QVERIFY2(err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(err));
    holder.close();
    QCOMPARE(cli({u"info"_s, u"--db"_s, m_db}).exitCode, 0);
}

void tst_Cli::sqlcipherShellOpensTheFile()
{
    const QString shell = QStandardPaths::findExecutable(u"sqlcipher"_s);
    if (shell.isEmpty())
        QSKIP("the sqlcipher shell is not installed (installer/setup.sh installs it)");
    QCOMPARE(cli({u"init"_s, u"--db"_s, m_db}).exitCode, 0);
    const Run info = cli({u"info"_s, u"--db"_s, m_db, u"--json"_s});
    QCOMPARE(info.exitCode, 0);
    const QString deviceId = info.object().value(u"device_id"_s).toString();
    QVERIFY(!deviceId.isEmpty());

    QString script = u"PRAGMA key = 's3cret 口令';\n"_s;
    for (const QJsonValue &pragma : info.object().value(u"sqlcipher_pragmas"_s).toArray())
        script += pragma.toString() + u'\n';
    script += u"SELECT value FROM meta WHERE key = 'device_id';\n"_s;
    QProcess sqlcipher;
    sqlcipher.start(shell, {m_db});
    sqlcipher.write(script.toUtf8());
    sqlcipher.closeWriteChannel();
    QVERIFY(sqlcipher.waitForFinished(60000));
    const QString out = QString::fromUtf8(sqlcipher.readAllStandardOutput());
    QVERIFY2(out.contains(deviceId), qPrintable(out + QString::fromUtf8(sqlcipher.readAllStandardError())));

    // Without the pragmas SQLCipher's defaults do not open it: the settings really are pinned.
    QProcess bare;
    bare.start(shell, {m_db});
    bare.write("PRAGMA key = 's3cret 口令';\nSELECT value FROM meta;\n");
    bare.closeWriteChannel();
    QVERIFY(bare.waitForFinished(60000));
    QVERIFY(!bare.readAllStandardOutput().contains(deviceId.toUtf8()));
}

void tst_Cli::versionAndHelp()
{
    Run r = cli({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("frontline-cli "));
    r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *command : {"init", "info", "check", "passwd"})
        QVERIFY(r.out.contains(command));
    r = cli({u"passwd"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--new-passphrase-file"));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
