// QtKeychain against a real Secret Service (gnome-keyring in a private D-Bus session, started
// by tests/support/with-keyring.sh).
#include "security/Keychain.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using frontline::Keychain;
using frontline::SecureBytes;

class tst_Keychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void entriesAreSeparatePerDatabase();
    void missingEntryIsNotFound();
};

void tst_Keychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through dbus-run-session and tests/support/with-keyring.sh");
    Keychain::setService(u"Frontline-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void tst_Keychain::writeReadRemove()
{
    const QString entry = Keychain::entryForDatabase(u"/tmp/some/frontline.db"_s);
    QString error;
    const SecureBytes secret = SecureBytes::fromString(u"口令 with spaces & 'quotes'"_s);
    QCOMPARE(Keychain::write(entry, secret, &error), Keychain::Ok);
    const Keychain::ReadResult read = Keychain::read(entry);
    QCOMPARE(read.status, Keychain::Ok);
    QVERIFY(read.secret == secret);
    QCOMPARE(Keychain::remove(entry, &error), Keychain::Ok);
    QCOMPARE(Keychain::read(entry).status, Keychain::NotFound);
}

void tst_Keychain::entriesAreSeparatePerDatabase()
{
    const QString a = Keychain::entryForDatabase(u"/tmp/a.db"_s);
    const QString b = Keychain::entryForDatabase(u"/tmp/b.db"_s);
    QVERIFY(a != b);
    QCOMPARE(Keychain::write(a, SecureBytes("alpha")), Keychain::Ok);
    QCOMPARE(Keychain::write(b, SecureBytes("beta")), Keychain::Ok);
    QCOMPARE(Keychain::read(a).secret.toByteArray(), QByteArray("alpha"));
    QCOMPARE(Keychain::read(b).secret.toByteArray(), QByteArray("beta"));
    Keychain::remove(a);
    Keychain::remove(b);
}

void tst_Keychain::missingEntryIsNotFound()
{
    const Keychain::ReadResult read = Keychain::read(u"database:/does/not/exist"_s);
    QCOMPARE(read.status, Keychain::NotFound);
    QVERIFY(read.secret.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
