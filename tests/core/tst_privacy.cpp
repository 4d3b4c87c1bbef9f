// Privacy: masks checked against hand-written expectations (Chinese personal and company names,
// phones, e-mails), pseudonyms stable within one export and different across exports, the
// anonymizing writer and report transform, consent and its withdrawal, the privacy notice, and
// an erasure that leaves the name, phone and e-mail nowhere in the database.
#include "analytics/ReportTable.h"
#include "io/CsvReader.h"
#include "io/TableWriter.h"
#include "privacy/Anonymizer.h"
#include "privacy/Privacy.h"
#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "security/AuditLog.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::CrmFixture;
using frontline::test::TempDatabase;

class tst_Privacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void maskName_data();
    void maskName();
    void maskPhone_data();
    void maskPhone();
    void maskEmail_data();
    void maskEmail();
    void pseudonymsWithAKnownKey();
    void pseudonymsStableWithinOneExportOnly();
    void writerAnonymizesEveryFileOfOneExport();
    void reportSectionsAreAnonymized();
    void consentGivenAndWithdrawn();
    void privacyNotice();
    void eraseLeavesNoPersonalData();
    void eraseIsAManagersDecision();

private:
    std::unique_ptr<TempDatabase> m_t;
    CrmFixture m_f;
};

void tst_Privacy::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->isValid());
    m_f = CrmFixture();
    const QString built = m_f.build(m_t->db());
    QVERIFY2(built.isEmpty(), qPrintable(built));
}

void tst_Privacy::cleanup()
{
    m_t.reset();
}

void tst_Privacy::maskName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("masked");
    QTest::newRow("person, two characters") << u"张伟"_s << u"张**"_s;
    QTest::newRow("person, three characters") << u"李晓明"_s << u"李**"_s;
    QTest::newRow("compound surname") << u"欧阳娜娜"_s << u"欧**"_s;
    QTest::newRow("city and legal suffix") << u"北京华联商厦有限公司"_s << u"北京**有限公司"_s;
    QTest::newRow("city, no suffix") << u"北京华联商厦"_s << u"北京**"_s;
    QTest::newRow("longest suffix") << u"广州白云制药股份有限公司"_s << u"广州**股份有限公司"_s;
    QTest::newRow("city with 市") << u"上海市宝钢贸易有限责任公司"_s << u"上海市**有限责任公司"_s;
    QTest::newRow("province with 省") << u"浙江省杭州西湖科技有限公司"_s << u"浙江省**有限公司"_s;
    QTest::newRow("no place") << u"华为技术有限公司"_s << u"华**有限公司"_s;
    QTest::newRow("shop") << u"老王五金店"_s << u"老**"_s;
    QTest::newRow("trading house") << u"温州鹿城贸易商行"_s << u"温州**贸易商行"_s;
    QTest::newRow("latin person") << u"Zhang Wei"_s << u"Z**"_s;
    QTest::newRow("latin company") << u"Acme Trading Co., Ltd."_s << u"A** Co., Ltd."_s;
    QTest::newRow("latin inc") << u"Globex Inc"_s << u"G** Inc"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_Privacy::maskName()
{
    QFETCH(QString, name);
    QFETCH(QString, masked);
    QCOMPARE(Anonymizer::maskName(name), masked);
}

void tst_Privacy::maskPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");
    QTest::newRow("mobile") << u"13800138000"_s << u"138****8000"_s;
    QTest::newRow("E.164") << u"+8613800138000"_s << u"138****8000"_s;
    QTest::newRow("0086 and spaces") << u"0086 138 0013 8000"_s << u"138****8000"_s;
    QTest::newRow("as typed") << u"138-0013-8000"_s << u"138****8000"_s;
    QTest::newRow("full-width digits") << u"１３８００１３８０００"_s << u"138****8000"_s;
    QTest::newRow("landline") << u"010-62345678"_s << u"010****5678"_s;
    QTest::newRow("short") << u"12345"_s << u"*****"_s;
    QTest::newRow("no digits") << u"n/a"_s << u"****"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_Privacy::maskPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(Anonymizer::maskPhone(phone), masked);
}

void tst_Privacy::maskEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("masked");
    QTest::newRow("plain") << u"zhang.wei@example.com"_s << u"z***@example.com"_s;
    QTest::newRow("case kept") << u"BJ@HuaLian.cn"_s << u"B***@HuaLian.cn"_s;
    QTest::newRow("chinese local part") << u"张伟@例子.中国"_s << u"张***@例子.中国"_s;
    QTest::newRow("no at") << u"nobody"_s << u"n***"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_Privacy::maskEmail()
{
    QFETCH(QString, email);
    QFETCH(QString, masked);
    QCOMPARE(Anonymizer::maskEmail(email), masked);
}

void tst_Privacy::pseudonymsWithAKnownKey()
{
    // HMAC-SHA256(key, kind \x1f value), first 50 bits in Crockford base 32, computed apart with
    // Python's hmac module.
    const Anonymizer a(QByteArray("0123456789abcdef0123456789abcdef"));
    QCOMPARE(a.pseudonym(u"customer"_s, u"C000001"_s), u"C-QBHVQB2DXM"_s);
    QCOMPARE(a.pseudonym(u"member"_s, u"R1"_s), u"M-HAJFD50200"_s);
}

void tst_Privacy::pseudonymsStableWithinOneExportOnly()
{
    const Anonymizer run1, run2;
    const QString token = run1.pseudonym(u"customer"_s, u"C000123"_s);
    QVERIFY(QRegularExpression(u"^C-[0-9A-HJKMNP-TV-Z]{10}$"_s).match(token).hasMatch());
    QCOMPARE(run1.pseudonym(u"customer"_s, u"C000123"_s), token);
    QVERIFY(run1.pseudonym(u"customer"_s, u"C000124"_s) != token);
    QVERIFY(run1.pseudonym(u"member"_s, u"C000123"_s).mid(2) != token.mid(2));
    QVERIFY(run2.pseudonym(u"customer"_s, u"C000123"_s) != token); // a new key for each export
}

void tst_Privacy::writerAnonymizesEveryFileOfOneExport()
{
    const auto anonymizer = std::make_shared<const Anonymizer>();
    const QString customersPath = m_t->dir() + u"/customers.csv"_s,
                  ordersPath = m_t->dir() + u"/orders.csv"_s;
    QString error;
    io::CsvWriteOptions options;
    options.byteOrderMark = false;
    options.crlf = false;
    {
        auto w = AnonymizingTableWriter::forHeader(
            io::createCsvWriter(customersPath, options, &error), anonymizer,
            {u"customer_code"_s, u"name"_s, u"phone"_s, u"email"_s, u"region"_s, u"address"_s});
        QVERIFY(
            w->writeRow({u"customer_code"_s, u"name"_s, u"phone"_s, u"email"_s, u"region"_s, u"address"_s}));
        QVERIFY(w->writeRow({u"C000001"_s, u"北京华联商厦有限公司"_s, u"13800138000"_s, u"bj@hualian.cn"_s,
                             u"华北"_s, u"朝阳区建国路 1 号"_s}));
        QVERIFY(w->writeRow(
            {u"C000002"_s, u"张伟"_s, QVariant(), u"zhang@example.com"_s, u"华东"_s, QVariant()}));
        QVERIFY(w->finish());
    }
    {
        auto w =
            AnonymizingTableWriter::forHeader(io::createCsvWriter(ordersPath, options, &error), anonymizer,
                                              {u"order_no"_s, u"customer_code"_s, u"amount_fen"_s});
        QVERIFY(w->writeRow({u"order_no"_s, u"customer_code"_s, u"amount_fen"_s}));
        QVERIFY(w->writeRow({u"SO-1"_s, u"C000002"_s, qint64(120000)}));
        QVERIFY(w->writeRow({u"SO-2"_s, u"C000001"_s, qint64(5000)}));
        QVERIFY(w->finish());
    }
    const auto lines = [](const QString &path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll()).trimmed().split(u'\n');
    };
    const QStringList customers = lines(customersPath), orders = lines(ordersPath);
    const QString c1 = anonymizer->pseudonym(u"customer"_s, u"C000001"_s);
    const QString c2 = anonymizer->pseudonym(u"customer"_s, u"C000002"_s);
    QCOMPARE(customers.at(0), u"customer_code,name,phone,email,region,address"_s);
    QCOMPARE(customers.at(1), c1 + u",北京**有限公司,138****8000,b***@hualian.cn,华北,"_s);
    QCOMPARE(customers.at(2), c2 + u",张**,,z***@example.com,华东,"_s);
    // The same customer has the same token in the other file: the files still join.
    QCOMPARE(orders.at(1).section(u',', 1, 1), c2);
    QCOMPARE(orders.at(2).section(u',', 1, 1), c1);
    QCOMPARE(orders.at(1).section(u',', 2, 2), u"120000"_s);
    QVERIFY(orders.at(1).startsWith(u"O-"_s)); // order numbers are pseudonyms too
}

void tst_Privacy::reportSectionsAreAnonymized()
{
    analytics::Report report;
    report.subject = u"张伟"_s;
    analytics::ReportTable ranking;
    ranking.addColumn(u"rank"_s, u"Rank"_s, analytics::ColumnType::Int);
    ranking.addColumn(u"rep"_s, u"Rep"_s, analytics::ColumnType::Text);
    ranking.addColumn(u"code"_s, u"Code"_s, analytics::ColumnType::Text);
    ranking.addColumn(u"team"_s, u"Team"_s, analytics::ColumnType::Text);
    ranking.addColumn(u"revenue_fen"_s, u"Revenue"_s, analytics::ColumnType::Fen);
    ranking.rows << QList<QVariant>{qint64(1), u"张伟"_s, u"R1"_s, u"一组"_s, qint64(180000)};
    analytics::ReportTable byProduct;
    byProduct.addColumn(u"product"_s, u"Product"_s, analytics::ColumnType::Text);
    byProduct.addColumn(u"code"_s, u"Code"_s, analytics::ColumnType::Text);
    byProduct.rows << QList<QVariant>{u"办公椅"_s, u"SKU-1"_s};
    report.sections << ranking << byProduct;
    const Anonymizer a(QByteArray("0123456789abcdef0123456789abcdef"));
    a.anonymize(report);
    QCOMPARE(report.subject, u"张**"_s);
    QCOMPARE(report.sections.at(0).rows.at(0),
             (QList<QVariant>{qint64(1), u"张**"_s, u"M-HAJFD50200"_s, u"一组"_s, qint64(180000)}));
    // Product codes are not personal: they stay.
    QCOMPARE(report.sections.at(1).rows.at(0), (QList<QVariant>{u"办公椅"_s, u"SKU-1"_s}));
}

void tst_Privacy::consentGivenAndWithdrawn()
{
    const qint64 c1 = m_f.customers.value(u"c1"_s), c3 = m_f.customers.value(u"c3"_s);
    Privacy asRep(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    QString error;
    QVERIFY(!asRep.consent(c1)->given.has_value());
    QVERIFY(!asRep.withdrawConsent(c1, &error)); // nothing given yet
    QVERIFY(!asRep.setConsent(c1, true, u"telepathy"_s, QDate(2026, 1, 5), &error));
    QVERIFY(!asRep.setConsent(c3, true, u"form"_s, QDate(2026, 1, 5), &error)); // not R1's customer
    QVERIFY2(asRep.setConsent(c1, true, u"form"_s, QDate(2026, 1, 5), &error), qPrintable(error));
    Consent c = *asRep.consent(c1);
    QCOMPARE(c.given, std::optional<bool>(true));
    QCOMPARE(c.date, QDate(2026, 1, 5));
    QCOMPARE(c.method, u"form"_s);
    QVERIFY(!c.withdrawnAt.isValid());
    QVERIFY(asRep.withdrawConsent(c1, &error));
    c = *asRep.consent(c1);
    QCOMPARE(c.given, std::optional<bool>(false));
    QCOMPARE(c.date, QDate(2026, 1, 5)); // the original consent stays on record
    QVERIFY(c.withdrawnAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    AuditFilter f;
    f.actions = {u"consent"_s};
    const QList<AuditEntry> entries = AuditLog(m_t->db()).entries(f);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).detail, u"withdrawn"_s);
    QCOMPARE(entries.at(1).detail, u"yes method=form date=2026-01-05"_s);
}

void tst_Privacy::privacyNotice()
{
    Privacy admin(m_t->db(), AccessScope::administrator());
    Privacy rep(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    QCOMPARE(admin.notice(), Privacy::defaultNotice());
    QString error;
    QVERIFY(!rep.setNotice(u"我们不收集任何数据。"_s, &error));
    QVERIFY(admin.setNotice(u"本公司隐私声明：……"_s, &error));
    QCOMPARE(rep.notice(), u"本公司隐私声明：……"_s);
    QVERIFY(admin.setNotice(u"第二版"_s, &error));
    QCOMPARE(rep.notice(), u"第二版"_s);
    QVERIFY(admin.setNotice(QString(), &error));
    QCOMPARE(rep.notice(), Privacy::defaultNotice());
}

void tst_Privacy::eraseLeavesNoPersonalData()
{
    Database &db = m_t->db();
    const qint64 c1 = m_f.customers.value(u"c1"_s);
    CustomerRepository customers(db, AccessScope::administrator());
    Contact person;
    person.customerId = c1;
    person.name = u"赵敏"_s;
    person.title = u"采购经理"_s;
    person.wechat = u"zhaomin_wx"_s;
    person.points << ContactPoint{u"phone"_s, u"139 1111 2222"_s, {}, true};
    QVERIFY(customers.addContact(person).ok());
    Customer c = *customers.get(c1);
    c.address = u"北京市朝阳区建国路 88 号"_s;
    c.notes = u"老板姓赵"_s;
    QVERIFY(customers.update(c).ok());
    QSqlQuery q(m_t->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM activity WHERE customer_id = %1 AND deleted = 0"_s.arg(c1)) &&
            q.next());
    const int activities = q.value(0).toInt();
    QVERIFY(activities > 0);
    const QString code = c.code;

    const EraseResult r = Privacy(db, AccessScope::administrator()).erase(c1);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.contacts, 1);
    QCOMPARE(r.points, 3); // the customer's phone and e-mail, the contact's phone

    // Nothing personal anywhere: every column of every table, text and blobs (the full-text
    // index's segments included).
    const QStringList needles{u"华联"_s,   u"13800138000"_s, u"138 0013 8000"_s, u"hualian"_s,
                              u"赵敏"_s,   u"13911112222"_s, u"139 1111 2222"_s, u"zhaomin"_s,
                              u"建国路"_s, u"老板姓赵"_s,    u"采购经理"_s};
    QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    QVERIFY(tables.contains(u"customer_search_segments"_s));
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(m_t->connection());
        QVERIFY2(rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)), qPrintable(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                const QByteArray bytes =
                    v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
                for (const QString &needle : needles)
                    QVERIFY2(!bytes.toLower().contains(needle.toUtf8()),
                             qPrintable(u"%1.%2 holds %3"_s.arg(table, rows.record().fieldName(i), needle)));
            }
        }
    }
    // The tombstone: erased, deleted, its code and owner kept; activities keep their numbers.
    QVERIFY(q.exec(u"SELECT deleted, erased_at IS NOT NULL, code, owner_id FROM customer WHERE id = %1"_s.arg(
                c1)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toString(), code);
    QCOMPARE(q.value(3).toLongLong(), m_f.members.value(u"R1"_s));
    QVERIFY(
        q.exec(
            u"SELECT count(*) FROM activity WHERE customer_id = %1 AND deleted = 0 AND contact_id IS NULL"_s
                .arg(c1)) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), activities);
    QVERIFY(q.exec(u"SELECT count(*) FROM sales_order WHERE customer_id = %1 AND deleted = 0"_s.arg(c1)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Not found by search, not restorable, in the audit log by id and code only.
    CustomerFilter search;
    search.search = u"华联"_s;
    QCOMPARE(customers.count(search), 0);
    QVERIFY(!customers.restore(c1) || !customers.get(c1)->name.contains(u"华联"_s));
    AuditFilter f;
    f.actions = {u"erase"_s};
    const QList<AuditEntry> audit = AuditLog(db).entries(f);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).target, u"customer:%1 %2"_s.arg(c1).arg(code));
    // A second erasure finds nothing to erase.
    QVERIFY(!Privacy(db, AccessScope::administrator()).erase(c1).ok);
}

void tst_Privacy::eraseIsAManagersDecision()
{
    const qint64 c1 = m_f.customers.value(u"c1"_s);
    EraseResult r = Privacy(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s)).erase(c1);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    r = Privacy(m_t->db(), m_f.scopeOf(m_t->db(), u"S1"_s)).erase(c1);
    QVERIFY(!r.ok);
    r = Privacy(m_t->db(), m_f.scopeOf(m_t->db(), u"M1"_s)).erase(m_f.customers.value(u"c3"_s)); // team B's
    QVERIFY(!r.ok);
    r = Privacy(m_t->db(), m_f.scopeOf(m_t->db(), u"M1"_s)).erase(c1);
    QVERIFY2(r.ok, qPrintable(r.error));
}

QTEST_GUILESS_MAIN(tst_Privacy)
#include "tst_privacy.moc"
