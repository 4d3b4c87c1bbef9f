#include "security/SecureBytes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using frontline::SecureBytes;

class tst_SecureBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsUtf8();
    void copiesAreIndependent();
    void clearEmpties();
    void wipeOverwritesOwnStorage();
};

void tst_SecureBytes::holdsUtf8()
{
    const SecureBytes s = SecureBytes::fromString(u"口令"_s);
    QCOMPARE(s.size(), 6);
    QCOMPARE(s.toByteArray(), u"口令"_s.toUtf8());
    QVERIFY(s == SecureBytes(u"口令"_s.toUtf8()));
    QVERIFY(!(s == SecureBytes("other")));
}

void tst_SecureBytes::copiesAreIndependent()
{
    SecureBytes a("secret");
    SecureBytes b = a;
    a.clear();
    QVERIFY(a.isEmpty());
    QCOMPARE(b.toByteArray(), QByteArray("secret"));
    SecureBytes c = std::move(b);
    QCOMPARE(c.toByteArray(), QByteArray("secret"));
}

void tst_SecureBytes::clearEmpties()
{
    SecureBytes s("x");
    s.clear();
    QVERIFY(s.isEmpty());
    QCOMPARE(s.size(), 0);
}

void tst_SecureBytes::wipeOverwritesOwnStorage()
{
    // The zeroing itself cannot be observed without reading freed memory; what can be checked is
    // that wipe empties the variable and never clobbers storage another owner still reads.
    QString text = u"passphrase"_s;
    QString shared = text;
    SecureBytes::wipe(text);
    QVERIFY(text.isEmpty());
    QCOMPARE(shared, u"passphrase"_s);
    SecureBytes::wipe(shared);
    QVERIFY(shared.isEmpty());

    QByteArray bytes("sekrit");
    bytes.detach();
    QByteArray copy = bytes;
    SecureBytes::wipe(bytes);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(copy, QByteArray("sekrit"));
}

QTEST_GUILESS_MAIN(tst_SecureBytes)
#include "tst_securebytes.moc"
