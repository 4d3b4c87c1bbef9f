// Normalisers: data-driven, with the forms real files and real typing produce.
#include "services/PhoneNormalizer.h"
#include "services/TextNormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;

class tst_Normalizers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phone_data();
    void phone();
    void nameKey_data();
    void nameKey();
    void pinyin_data();
    void pinyin();
    void clean();
    void sortKeyIsPinyinOrder();
    void searchDocumentKeepsRepeatedCharacters();
    void searchQuery_data();
    void searchQuery();
};

void tst_Normalizers::phone_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<int>("type");
    const int mobile = PhoneNumber::Mobile, fixed = PhoneNumber::FixedLine;
    QTest::newRow("plain mobile") << u"13800138000"_s << u"+8613800138000"_s << mobile;
    QTest::newRow("spaced +86") << u"+86 138 0013 8000"_s << u"+8613800138000"_s << mobile;
    QTest::newRow("dashed 86") << u"86-138-0013-8000"_s << u"+8613800138000"_s << mobile;
    QTest::newRow("bracketed +86") << u"(+86)13800138000"_s << u"+8613800138000"_s << mobile;
    QTest::newRow("full-width bracketed")
        << u"（＋８６）１３８００１３８０００"_s << u"+8613800138000"_s << mobile;
    QTest::newRow("full-width digits") << u"１３９１２３４５６７８"_s << u"+8613912345678"_s << mobile;
    QTest::newRow("dashes") << u"138-0013-8000"_s << u"+8613800138000"_s << mobile;
    QTest::newRow("beijing landline") << u"010-62345678"_s << u"+861062345678"_s << fixed;
    QTest::newRow("beijing landline brackets") << u"(010)62345678"_s << u"+861062345678"_s << fixed;
    QTest::newRow("shanghai landline") << u"021 5012 3456"_s << u"+862150123456"_s << fixed;
    QTest::newRow("hong kong") << u"+852 9123 4567"_s << u"+85291234567"_s << mobile;
    QTest::newRow("too short") << u"1380013"_s << QString() << 0;
    QTest::newRow("letters") << u"n/a"_s << QString() << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
}

void tst_Normalizers::phone()
{
    QFETCH(QString, raw);
    QFETCH(QString, e164);
    QFETCH(int, type);
    const PhoneNumber p = PhoneNormalizer::normalize(raw);
    QCOMPARE(p.e164, e164);
    QCOMPARE(p.valid, !e164.isEmpty());
    QCOMPARE(p.raw, raw);
    if (p.valid) {
        QCOMPARE(int(p.type), type);
        QCOMPARE(p.normalized(), e164);
    } else {
        QCOMPARE(p.normalized(), raw.normalized(QString::NormalizationForm_KC).simplified()); // kept as typed
    }
}

void tst_Normalizers::nameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("bracket width") << u"北京华联（集团）有限公司"_s << u"北京华联(集团)有限公司"_s << true;
    QTest::newRow("spaces") << u"北京 华联 商厦"_s << u"北京华联商厦"_s << true;
    QTest::newRow("ideographic space") << u"上海\u3000宝钢"_s << u"上海宝钢"_s << true;
    QTest::newRow("full-width latin") << u"ＡＢＣ科技"_s << u"abc科技"_s << true;
    QTest::newRow("punctuation") << u"华为·技术-有限公司。"_s << u"华为技术有限公司"_s << true;
    QTest::newRow("different") << u"北京华联"_s << u"北京华润"_s << false;
}

void tst_Normalizers::nameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(TextNormalizer::nameKey(a) == TextNormalizer::nameKey(b), same);
    QVERIFY(!TextNormalizer::nameKey(a).isEmpty());
}

void tst_Normalizers::pinyin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");
    QTest::newRow("beijing hualian") << u"北京华联"_s << u"beijinghualian"_s << u"bjhl"_s;
    QTest::newRow("mixed latin") << u"ABC科技"_s << u"abckeji"_s << u"abckj"_s;
    QTest::newRow("with punctuation") << u"张伟（销售）"_s << u"zhangweixiaoshou"_s << u"zwxs"_s;
    QTest::newRow("latin only") << u"Acme Corp"_s << u"acmecorp"_s << u"acmecorp"_s;
}

void tst_Normalizers::pinyin()
{
    QFETCH(QString, text);
    QFETCH(QString, full);
    QFETCH(QString, initials);
    const TextNormalizer::Pinyin p = TextNormalizer::pinyin(text);
    QCOMPARE(p.full, full);
    QCOMPARE(p.initials, initials);
}

void tst_Normalizers::clean()
{
    QCOMPARE(TextNormalizer::clean(u"  北京\u3000华联  "_s), u"北京 华联"_s);
    QCOMPARE(TextNormalizer::clean(u"ＡＢＣ１２３"_s), u"ABC123"_s);
}

void tst_Normalizers::sortKeyIsPinyinOrder()
{
    // 安 (an) < 北 (bei) < 陈 (chen) < 门 (men) < 张 (zhang); numbers numeric: 2 < 10.
    const QStringList expected = {u"安徽粮油"_s, u"北京华联"_s, u"陈氏汽车"_s,
                                  u"门店2"_s,    u"门店10"_s,   u"张伟"_s};
    QStringList shuffled = {u"张伟"_s, u"门店10"_s, u"北京华联"_s, u"陈氏汽车"_s, u"安徽粮油"_s, u"门店2"_s};
    std::sort(shuffled.begin(), shuffled.end(), [](const QString &a, const QString &b) {
        return TextNormalizer::sortKey(a) < TextNormalizer::sortKey(b);
    });
    QCOMPARE(shuffled, expected);
}

void tst_Normalizers::searchDocumentKeepsRepeatedCharacters()
{
    const QString doc = TextNormalizer::searchDocument({u"上海海隆贸易"_s, u"张三"_s}, {u"138 0013 8000"_s});
    const QString sep(QChar(0xE000));
    QVERIFY2(doc.startsWith(u"上 海 海 隆 贸 易 "_s + sep + u" 张 三 "_s + sep), qPrintable(doc));
    QVERIFY(doc.contains(u" shanghaihailongmaoyi "_s));
    QVERIFY(doc.contains(u" shhlmy "_s));
    QVERIFY(doc.endsWith(u" 13800138000"_s));
}

void tst_Normalizers::searchQuery_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("query");
    QTest::newRow("initials") << u"bjhl"_s << u"bjhl*"_s;
    QTest::newRow("pinyin upper") << u"BeiJing"_s << u"beijing*"_s;
    QTest::newRow("han") << u"华联"_s << u"\"华 联*\""_s;
    QTest::newRow("two words") << u"北京 138"_s << u"\"北 京*\" 138*"_s;
    QTest::newRow("syntax is neutralised")
        << u"a\" OR *"_s << u"a* or*"_s; // lower-case "or" is a word, not an operator
    QTest::newRow("nothing") << u"  -- "_s << QString();
}

void tst_Normalizers::searchQuery()
{
    QFETCH(QString, typed);
    QFETCH(QString, query);
    QCOMPARE(TextNormalizer::searchQuery(typed), query);
}

QTEST_GUILESS_MAIN(tst_Normalizers)
#include "tst_normalizers.moc"
