#include "DemoGenerator.h"

#include "analytics/Rollups.h"
#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/OrgRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/TaskRepository.h"
#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringView>

#include <algorithm>
#include <array>
#include <limits>
#include <random>
#include <span>
#include <vector>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

// ---------------------------------------------------------------------------------------------
// Randomness. std::mt19937_64 is specified bit for bit; the standard distributions are not
// (libstdc++, libc++ and MSVC differ), so the few we need are written here on integers, and the
// same seed gives the same data on every platform.

class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // Uniform in [0, n), n > 0.
    qint64 below(qint64 n)
    {
        const quint64 range = quint64(n);
        const quint64 limit =
            std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
        quint64 x = next();
        while (x >= limit)
            x = next();
        return qint64(x % range);
    }
    // Uniform in [lo, hi]; lo when hi < lo.
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    int between(int lo, int hi) { return int(between(qint64(lo), qint64(hi))); }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    // An index drawn with the given weights.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        int r = int(below(total));
        for (int i = 0; i < int(weights.size()); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return int(weights.size()) - 1;
    }
    int weighted(std::initializer_list<int> weights)
    {
        return weighted(std::span<const int>(weights.begin(), weights.size()));
    }
    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items)
    {
        return items[std::size_t(below(qint64(N)))];
    }
    template <typename T> const T &pick(const QList<T> &items) { return items.at(below(items.size())); }

private:
    std::mt19937_64 m_engine;
};

template <std::size_t N> using Words = std::array<QStringView, N>;

// ---------------------------------------------------------------------------------------------
// Names.

constexpr Words<100> Surnames = {
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵",   u"吴",  u"周", u"徐", u"孙", u"马",
    u"朱", u"胡", u"郭", u"何", u"高", u"林", u"罗", u"郑",   u"梁",  u"谢", u"宋", u"唐", u"许",
    u"韩", u"冯", u"邓", u"曹", u"彭", u"曾", u"肖", u"田",   u"董",  u"袁", u"潘", u"于", u"蒋",
    u"蔡", u"余", u"杜", u"叶", u"程", u"苏", u"魏", u"吕",   u"丁",  u"任", u"沈", u"姚", u"卢",
    u"姜", u"崔", u"钟", u"谭", u"陆", u"汪", u"范", u"金",   u"石",  u"廖", u"贾", u"夏", u"韦",
    u"付", u"方", u"白", u"邹", u"孟", u"熊", u"秦", u"邱",   u"江",  u"尹", u"薛", u"闫", u"段",
    u"雷", u"侯", u"龙", u"史", u"陶", u"黎", u"贺", u"顾",   u"毛",  u"郝", u"龚", u"邵", u"万",
    u"钱", u"严", u"覃", u"武", u"戴", u"莫", u"孔", u"欧阳", u"上官"};

constexpr Words<60> GivenSingle = {
    u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇", u"艳", u"杰", u"娟", u"涛",
    u"明", u"超", u"秀", u"霞", u"平", u"刚", u"桂", u"斌", u"辉", u"鹏", u"华", u"飞", u"鑫", u"波", u"宇",
    u"浩", u"凯", u"健", u"俊", u"帆", u"帅", u"旭", u"宁", u"龙", u"林", u"阳", u"玲", u"婷", u"雪", u"慧",
    u"颖", u"琳", u"倩", u"丹", u"萍", u"红", u"洁", u"璐", u"瑶", u"峰", u"亮", u"晨", u"昊", u"楠", u"欢"};
constexpr Words<40> GivenFirst = {u"子", u"文", u"晓", u"建", u"志", u"海", u"俊", u"思", u"雨", u"佳",
                                  u"嘉", u"梓", u"浩", u"宇", u"欣", u"一", u"诗", u"若", u"明", u"永",
                                  u"国", u"春", u"秀", u"玉", u"德", u"振", u"立", u"雅", u"美", u"家",
                                  u"天", u"金", u"丽", u"新", u"少", u"晨", u"昊", u"静", u"宏", u"伟"};
constexpr Words<40> GivenSecond = {u"轩", u"涵", u"琪", u"怡", u"婷", u"豪", u"然", u"辰", u"杰", u"华",
                                   u"东", u"强", u"平", u"峰", u"磊", u"丽", u"敏", u"雪", u"宁", u"博",
                                   u"军", u"芳", u"梅", u"英", u"兰", u"红", u"刚", u"成", u"林", u"鹏",
                                   u"洋", u"琳", u"萱", u"瑶", u"泽", u"航", u"凯", u"妍", u"睿", u"彤"};

QString personName(Random &r)
{
    // Common surnames are far more common: the first ten carry about a third of the weight.
    static const std::vector<int> weights = [] {
        std::vector<int> w;
        for (int i = 0; i < int(Surnames.size()); ++i)
            w.push_back(i < 5 ? 14 : i < 10 ? 9 : i < 30 ? 4 : i < 98 ? 2 : 1);
        return w;
    }();
    QString name = Surnames[std::size_t(r.weighted(weights))].toString();
    if (r.chance(0.35))
        name += r.pick(GivenSingle);
    else
        name += r.pick(GivenFirst) + r.pick(GivenSecond).toString();
    return name;
}

constexpr Words<10> Numerals = {u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九", u"十"};

// 1–99 in Chinese: 三, 十二, 二十, 二十一.
QString chineseNumber(int n)
{
    if (n <= 10)
        return Numerals[std::size_t(n - 1)].toString();
    if (n < 20)
        return u"十"_s + Numerals[std::size_t(n - 11)];
    const QString tens = Numerals[std::size_t(n / 10 - 1)] + u"十"_s;
    return n % 10 ? tens + Numerals[std::size_t(n % 10 - 1)] : tens;
}

// Lower-case ASCII letters and digits of the pinyin of text ("恒达" → "hengda").
QString asciiPinyin(const QString &text, bool initials = false)
{
    const TextNormalizer::Pinyin p = TextNormalizer::pinyin(text);
    QString out;
    for (const QChar c : initials ? p.initials : p.full) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Geography: regions → cities with their telephone area codes and local number lengths (as
// libphonenumber knows them).

struct City
{
    QStringView name;
    QStringView areaCode;
    int localDigits;
};

struct RegionSpec
{
    QStringView name; // 华东
    std::span<const City> cities;
};

constexpr City EastCities[] = {{u"上海", u"021", 8},  {u"杭州", u"0571", 8}, {u"南京", u"025", 8},
                               {u"苏州", u"0512", 8}, {u"宁波", u"0574", 8}, {u"合肥", u"0551", 8},
                               {u"济南", u"0531", 8}, {u"青岛", u"0532", 8}};
constexpr City SouthCities[] = {{u"广州", u"020", 8},  {u"深圳", u"0755", 8}, {u"东莞", u"0769", 8},
                                {u"佛山", u"0757", 8}, {u"厦门", u"0592", 7}, {u"福州", u"0591", 8},
                                {u"南宁", u"0771", 7}};
constexpr City NorthCities[] = {{u"北京", u"010", 8},
                                {u"天津", u"022", 8},
                                {u"石家庄", u"0311", 8},
                                {u"太原", u"0351", 7},
                                {u"呼和浩特", u"0471", 7}};
constexpr City SouthwestCities[] = {
    {u"成都", u"028", 8}, {u"重庆", u"023", 8}, {u"昆明", u"0871", 8}, {u"贵阳", u"0851", 8}};
constexpr City CentralCities[] = {
    {u"武汉", u"027", 8}, {u"长沙", u"0731", 8}, {u"郑州", u"0371", 8}, {u"南昌", u"0791", 8}};
constexpr City NorthwestCities[] = {
    {u"西安", u"029", 8}, {u"兰州", u"0931", 7}, {u"乌鲁木齐", u"0991", 7}, {u"银川", u"0951", 7}};
constexpr City NortheastCities[] = {
    {u"沈阳", u"024", 8}, {u"大连", u"0411", 8}, {u"长春", u"0431", 8}, {u"哈尔滨", u"0451", 8}};

const RegionSpec Regions[] = {{u"华东", EastCities},     {u"华南", SouthCities},
                              {u"华北", NorthCities},    {u"西南", SouthwestCities},
                              {u"华中", CentralCities},  {u"西北", NorthwestCities},
                              {u"东北", NortheastCities}};
constexpr int RegionCount = int(std::size(Regions));

constexpr Words<12> Districts = {u"高新区", u"经开区", u"城东区", u"城西区", u"城南区", u"城北区",
                                 u"新区",   u"滨江区", u"开发区", u"中心区", u"湖滨区", u"工业园区"};
constexpr Words<18> Roads = {u"人民路", u"解放路", u"中山路",   u"建设路",   u"长江路", u"黄河路",
                             u"科技路", u"文化路", u"新华路",   u"和平路",   u"胜利路", u"青年路",
                             u"朝阳路", u"学府路", u"工业大道", u"创业大道", u"金融街", u"世纪大道"};
constexpr Words<10> Buildings = {u"国际大厦", u"科技大厦", u"商务中心", u"金融中心", u"创业园",
                                 u"时代广场", u"写字楼",   u"产业园",   u"财富中心", u"万达广场"};

// ---------------------------------------------------------------------------------------------
// Customers' trades: the word in the company name, the industry, and how much of each product
// category they buy (furniture, stationery, IT, consumables, appliances, cleaning).

constexpr int CategoryCount = 6;
constexpr Words<CategoryCount> Categories = {u"办公家具", u"办公文具", u"IT设备",
                                             u"打印耗材", u"办公电器", u"清洁劳保"};

struct Trade
{
    QStringView word;
    QStringView shortWord; // in the short name: 恒达 + 机械
    QStringView industry;
    std::array<int, CategoryCount> buys;
    bool firm = false; // 律师事务所: "<city>市<name><word>", no 有限公司
};

constexpr Trade Trades[] = {
    {u"科技", u"科技", u"信息技术", {2, 3, 6, 2, 1, 1}},
    {u"网络科技", u"网络", u"互联网", {2, 2, 7, 1, 1, 1}},
    {u"软件", u"软件", u"信息技术", {2, 2, 7, 2, 1, 1}},
    {u"电子", u"电子", u"电子制造", {1, 3, 3, 3, 1, 2}},
    {u"机械制造", u"机械", u"制造业", {1, 3, 2, 3, 1, 3}},
    {u"精密模具", u"模具", u"制造业", {1, 3, 2, 3, 1, 3}},
    {u"商贸", u"商贸", u"批发零售", {2, 4, 2, 3, 1, 1}},
    {u"贸易", u"贸易", u"批发零售", {2, 4, 2, 3, 1, 1}},
    {u"进出口", u"进出口", u"批发零售", {2, 4, 2, 3, 1, 1}},
    {u"建筑工程", u"建筑", u"建筑业", {2, 3, 2, 2, 1, 2}},
    {u"装饰工程", u"装饰", u"建筑业", {4, 2, 1, 1, 2, 1}},
    {u"物流", u"物流", u"交通物流", {1, 4, 2, 3, 1, 2}},
    {u"供应链管理", u"供应链", u"交通物流", {1, 4, 3, 3, 1, 1}},
    {u"医药", u"医药", u"医药健康", {1, 4, 2, 3, 1, 2}},
    {u"医疗器械", u"医疗", u"医药健康", {1, 4, 3, 3, 1, 1}},
    {u"教育咨询", u"教育", u"教育培训", {3, 5, 2, 2, 1, 1}},
    {u"餐饮管理", u"餐饮", u"餐饮酒店", {2, 2, 1, 1, 4, 4}},
    {u"房地产开发", u"地产", u"房地产", {4, 3, 2, 2, 2, 1}},
    {u"物业管理", u"物业", u"房地产", {2, 3, 1, 2, 3, 5}},
    {u"化工", u"化工", u"化工", {1, 3, 2, 3, 1, 3}},
    {u"食品", u"食品", u"食品饮料", {1, 3, 2, 2, 2, 3}},
    {u"文化传媒", u"传媒", u"文化传媒", {3, 3, 4, 2, 2, 1}},
    {u"广告", u"广告", u"文化传媒", {3, 3, 4, 3, 1, 1}},
    {u"投资管理", u"投资", u"金融服务", {4, 3, 3, 2, 2, 1}},
    {u"财务咨询", u"财务", u"商务服务", {2, 5, 3, 3, 1, 1}},
    {u"人力资源", u"人力", u"商务服务", {2, 5, 3, 2, 1, 1}},
    {u"汽车销售服务", u"汽车", u"汽车", {3, 3, 2, 2, 2, 2}},
    {u"环保科技", u"环保", u"节能环保", {1, 3, 3, 2, 1, 2}},
    {u"新能源", u"能源", u"能源", {1, 3, 3, 2, 1, 2}},
    {u"律师事务所", u"律所", u"法律服务", {3, 5, 2, 3, 1, 1}, true},
    {u"会计师事务所", u"会计所", u"商务服务", {2, 6, 3, 3, 1, 1}, true},
};

// Schools, hospitals and hotels are named differently.
constexpr std::array<int, CategoryCount> SchoolBuys = {4, 6, 2, 2, 1, 2};
constexpr std::array<int, CategoryCount> HospitalBuys = {2, 4, 3, 3, 2, 3};
constexpr std::array<int, CategoryCount> HotelBuys = {3, 2, 1, 1, 4, 5};
constexpr std::array<int, CategoryCount> HouseholdBuys = {3, 3, 3, 2, 2, 1};

// 字号, the distinctive part of a company name, from two characters.
constexpr Words<40> BrandFirst = {u"恒", u"鑫", u"华", u"宏", u"金", u"瑞", u"博", u"天", u"嘉", u"永",
                                  u"信", u"中", u"海", u"东", u"正", u"德", u"凯", u"明", u"安", u"志",
                                  u"盛", u"汇", u"远", u"佳", u"鼎", u"润", u"新", u"兴", u"同", u"和",
                                  u"众", u"康", u"泰", u"万", u"卓", u"精", u"锦", u"裕", u"荣", u"伟"};
constexpr Words<40> BrandSecond = {u"达", u"源", u"锐", u"图", u"鼎", u"丰", u"远", u"成", u"禾", u"盛",
                                   u"信", u"恒", u"纳", u"升", u"泰", u"业", u"隆", u"越", u"辉", u"安",
                                   u"诚", u"通", u"航", u"美", u"润", u"元", u"创", u"合", u"瑞", u"和",
                                   u"晟", u"桥", u"茂", u"祥", u"益", u"福", u"宇", u"邦", u"腾", u"凯"};

// ---------------------------------------------------------------------------------------------
// The catalogue. Prices in fen.

enum class Availability
{
    Always,
    Discontinued,
    New
};

struct ProductSpec
{
    QStringView sku;
    QStringView name;
    int category;
    qint64 priceFen;
    int popularity;
    Availability availability = Availability::Always;
};

constexpr ProductSpec Catalogue[] = {
    {u"FUR-001", u"人体工学办公椅", 0, 89900, 8},
    {u"FUR-002", u"职员办公桌 1.4米", 0, 128000, 7},
    {u"FUR-003", u"会议桌 2.4米", 0, 368000, 3},
    {u"FUR-004", u"钢制文件柜", 0, 68000, 6},
    {u"FUR-005", u"经理办公桌", 0, 480000, 2},
    {u"FUR-006", u"四人位屏风工位", 0, 560000, 3},
    {u"FUR-007", u"会议椅", 0, 32000, 7},
    {u"FUR-008", u"三人位沙发", 0, 298000, 2},
    {u"FUR-009", u"前台接待台", 0, 320000, 1},
    {u"FUR-010", u"书架", 0, 56000, 4},
    {u"STA-001", u"A4复印纸（5包/箱）", 1, 14500, 10},
    {u"STA-002", u"中性笔（12支/盒）", 1, 1800, 9},
    {u"STA-003", u"文件夹（10个装）", 1, 2500, 8},
    {u"STA-004", u"订书机", 1, 2200, 5},
    {u"STA-005", u"便利贴", 1, 990, 7},
    {u"STA-006", u"B5笔记本（10本）", 1, 3900, 7},
    {u"STA-007", u"移动白板", 1, 26000, 3},
    {u"STA-008", u"白板笔（10支）", 1, 2800, 6},
    {u"STA-009", u"档案盒（10个）", 1, 4500, 6},
    {u"STA-010", u"计算器", 1, 5800, 4},
    {u"ITE-001", u"商用台式机 i5", 2, 429900, 5},
    {u"ITE-002", u"轻薄笔记本电脑", 2, 569900, 5},
    {u"ITE-003", u"27英寸显示器", 2, 129900, 6},
    {u"ITE-004", u"黑白激光打印机", 2, 158000, 5},
    {u"ITE-005", u"彩色多功能一体机", 2, 328000, 3},
    {u"ITE-006", u"商务投影仪", 2, 399900, 2},
    {u"ITE-007", u"无线路由器", 2, 39900, 4},
    {u"ITE-008", u"24口千兆交换机", 2, 115000, 2},
    {u"ITE-009", u"无线键鼠套装", 2, 12900, 7},
    {u"ITE-010", u"移动硬盘 2TB", 2, 46900, 4},
    {u"ITE-011", u"UPS不间断电源", 2, 89000, 2},
    {u"ITE-012", u"视频会议摄像头", 2, 198000, 2},
    {u"ITE-013", u"传真机", 2, 89900, 2, Availability::Discontinued},
    {u"ITE-014", u"智能会议平板 65英寸", 2, 1299900, 1, Availability::New},
    {u"CON-001", u"原装硒鼓", 3, 38000, 8},
    {u"CON-002", u"墨盒套装", 3, 26000, 6},
    {u"CON-003", u"碳粉", 3, 12000, 6},
    {u"CON-004", u"标签色带", 3, 3500, 3},
    {u"CON-005", u"热敏打印纸（50卷）", 3, 9800, 4},
    {u"APP-001", u"碎纸机", 4, 68000, 4},
    {u"APP-002", u"立式饮水机", 4, 79900, 4},
    {u"APP-003", u"空气净化器", 4, 189900, 3},
    {u"APP-004", u"全自动咖啡机", 4, 238000, 2},
    {u"APP-005", u"人脸识别考勤机", 4, 45000, 3},
    {u"APP-006", u"电热水壶", 4, 12900, 4},
    {u"CLN-001", u"抽纸（24包/箱）", 5, 5900, 9},
    {u"CLN-002", u"洗手液（6瓶）", 5, 8800, 6},
    {u"CLN-003", u"垃圾袋（10卷）", 5, 2900, 7},
    {u"CLN-004", u"拖把套装", 5, 6900, 3},
    {u"CLN-005", u"劳保手套（12双）", 5, 3600, 4},
};
constexpr int ProductCount = int(std::size(Catalogue));

// ---------------------------------------------------------------------------------------------
// What people write.

const QStringList AdminDuties = {
    u"维护组织架构、成员账号与权限"_s,
    u"管理产品目录与价格，发布调价通知"_s,
    u"每月备份数据库并检查完整性"_s,
    u"处理客户数据导入、查重与合并"_s,
};
const QStringList ManagerDuties = {
    u"制定团队月度与季度销售目标，分解到每位销售代表"_s,
    u"每周审阅团队商机与拜访记录，推进重点项目"_s,
    u"辅导销售代表，陪同拜访重点客户"_s,
    u"审批折扣与特殊付款条件"_s,
    u"按月复盘业绩，调整客户分配"_s,
};
const QStringList RepDuties = {
    u"维护所负责客户的资料与联系人，保证电话与邮箱准确"_s,
    u"按计划拜访与电话回访客户，当天录入活动记录"_s,
    u"推进商机并及时更新阶段与预计成交日期"_s,
    u"跟进订单交付与回款"_s,
    u"按时完成分配的任务与跟进提醒"_s,
};
const QStringList SupportDuties = {
    u"受理客户咨询与售后问题，一个工作日内回复"_s,
    u"协助销售代表处理订单、发货与开票"_s,
    u"核对订单与回款信息"_s,
    u"维护客户联系方式与营销同意记录"_s,
};

constexpr Words<12> ContactTitles = {u"采购经理",   u"采购专员", u"行政经理", u"行政主管",
                                     u"办公室主任", u"总经理",   u"副总经理", u"IT经理",
                                     u"财务经理",   u"后勤主管", u"总务科长", u"前台主管"};
constexpr Words<7> MailBoxes = {u"sales", u"info", u"admin", u"purchase", u"office", u"service", u"contact"};
constexpr Words<3> Tlds = {u".com", u".cn", u".com.cn"};
constexpr Words<5> FreeMail = {u"qq.com", u"163.com", u"126.com", u"sina.com", u"foxmail.com"};

constexpr Words<9> Sources = {u"visit",   u"phone", u"referral", u"wechat", u"trade_show",
                              u"website", u"email", u"import",   u"other"};
constexpr std::array<int, 9> SourceWeights = {20, 15, 18, 15, 10, 12, 5, 3, 2};
constexpr std::array<int, 9> IndividualSourceWeights = {6, 20, 25, 30, 2, 12, 2, 1, 2};

constexpr Words<5> ConsentMethods = {u"微信确认", u"电话录音", u"纸质授权书", u"邮件回复", u"官网勾选"};
constexpr Words<8> CustomerNotes = {
    u"年底有集中采购预算", u"付款周期较长，需月结60天", u"要求开具增值税专用发票", u"采购由总部统一决策",
    u"对价格敏感，常比价", u"新办公楼预计明年启用",     u"已签年度框架协议",       u"送货需提前一天预约"};
constexpr Words<6> LostReasons = {u"价格高于竞争对手", u"客户预算取消",         u"选择了其他供应商",
                                  u"项目无限期推迟",   u"联系人离职，需求中断", u"交期无法满足"};

constexpr Words<5> VisitSummaries = {u"上门拜访%1，了解%2采购需求", u"拜访客户，介绍%3新款",
                                     u"到访客户，与%1沟通年度采购计划", u"现场查看新办公区，测量尺寸",
                                     u"陪同经理拜访%1，洽谈框架协议"};
constexpr Words<5> CallSummaries = {u"电话联系%1，确认%3报价", u"电话回访，了解%3使用情况",
                                    u"电话跟进订单交付进度", u"电话沟通付款事宜",
                                    u"电话沟通%2需求，约定拜访时间"};
constexpr Words<4> WechatSummaries = {u"微信发送%2产品目录", u"微信沟通%3型号与交期", u"微信发送报价单给%1",
                                      u"微信确认收货情况"};
constexpr Words<3> EmailSummaries = {u"邮件发送报价单及产品资料", u"邮件确认合同条款", u"邮件发送对账单"};
constexpr Words<3> MeetingSummaries = {u"与%1开会讨论%2采购方案", u"参加客户招标说明会", u"项目方案评审会议"};
constexpr Words<7> Outcomes = {u"客户有采购意向",           u"需要内部审批", u"客户在比价",  u"客户满意",
                               u"暂无需求，三个月后再联系", u"反馈交期偏长", u"要求提供样品"};
constexpr Words<6> NextSteps = {u"发送正式报价", u"安排样品试用", u"跟进合同签署",
                                u"下周再次拜访", u"安排送货",     u"确认付款时间"};

// The first day of the Spring Festival (正月初一): the week after it hardly anyone buys.
constexpr std::array<std::array<int, 3>, 31> SpringFestivals = {{
    {2015, 2, 19}, {2016, 2, 8},  {2017, 1, 28}, {2018, 2, 16}, {2019, 2, 5},  {2020, 1, 25}, {2021, 2, 12},
    {2022, 2, 1},  {2023, 1, 22}, {2024, 2, 10}, {2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6},  {2028, 1, 26},
    {2029, 2, 13}, {2030, 2, 3},  {2031, 1, 23}, {2032, 2, 11}, {2033, 1, 31}, {2034, 2, 19}, {2035, 2, 8},
    {2036, 1, 28}, {2037, 2, 15}, {2038, 2, 4},  {2039, 1, 24}, {2040, 2, 12}, {2041, 2, 1},  {2042, 1, 22},
    {2043, 2, 10}, {2044, 1, 30}, {2045, 2, 17},
}};

QDate springFestival(int year)
{
    for (const auto &d : SpringFestivals) {
        if (d[0] == year)
            return QDate(d[0], d[1], d[2]);
    }
    return QDate(year, 2, 5); // outside the table: about when it usually is
}

// Orders by month: slow January and February (Spring Festival), a March restart, the school
// term in September, the Golden Week in October, the year-end budget rush.
constexpr qint64 MaxCacheMiB = 384;

constexpr std::array<double, 12> MonthFactor = {0.95, 0.85, 1.1, 1.0, 0.95, 1.05,
                                                0.9,  0.9,  1.1, 0.9, 1.2,  1.4};

} // namespace

namespace {

enum class Status
{
    Lead,
    Prospect,
    Active,
    Dormant,
    Lost
};

QString statusKey(Status status)
{
    switch (status) {
    case Status::Lead:
        return u"lead"_s;
    case Status::Prospect:
        return u"prospect"_s;
    case Status::Active:
        return u"active"_s;
    case Status::Dormant:
        return u"dormant"_s;
    case Status::Lost:
        return u"lost"_s;
    }
    return u"lead"_s;
}

struct TeamInfo
{
    qint64 id = 0;
    int region = 0;
    const City *city = nullptr;
    qint64 managerId = 0;
};

struct RepInfo
{
    qint64 id = 0;
    int team = 0;
    double skill = 1.0; // sells this many times as much as an average rep
};

// A customer's story, decided for every customer before any is written: the order lines are
// shared out over all of them exactly, so the total is what the options ask for.
struct Plan
{
    int rep = 0;
    Status status = Status::Lead;
    int size = 0; // 0 small, 1 medium, 2 large
    bool individual = false;
    int acquired = 0; // day index of the first contact; negative: before the history starts
    int buyFrom = -1; // the days it orders on; -1: it does not order
    int buyTo = -1;
    int lostOn = -1;   // the day it went to a competitor
    double weight = 0; // its share of the order lines
    qint64 lines = 0;
};

// The records of a batch of customers before they have ids. References between them are
// positions in these lists plus one (0: none), replaced by ids as the lists are written.
struct Batch
{
    QList<Customer> customers;
    QList<QList<Contact>> contacts; // the people at each customer
    int contactCount = 0;
    QList<Activity> activities;
    QList<Opportunity> opportunities;
    QList<QList<StageChange>> histories;
    QList<Order> orders;
    QList<Task> tasks;
    QList<TaskComment> comments; // taskId: the task's index in tasks + 1
};

// A comment on every seventh task that is not cancelled, by whoever is more likely to write
// it: the assignee when it is done, else its creator. Chosen by position, not by the random
// stream, so adding comments left every other figure of a seed as it was.
void addComment(Batch &batch, const Task &t)
{
    const qsizetype ref = batch.tasks.size(); // t is the last task of the batch
    if (ref % 7 != 3 || t.status == u"cancelled"_s)
        return;
    static const QString Done[] = {u"已完成，客户很满意"_s, u"已办妥，单据已归档"_s, u"客户确认收到"_s};
    static const QString Open[] = {u"已电话联系，约好时间"_s, u"客户在出差，下周再跟进"_s,
                                   u"需要经理帮忙协调价格"_s};
    TaskComment c;
    c.taskId = ref;
    const bool done = t.completedAt.isValid();
    c.authorId = done ? t.assigneeId : t.creatorId;
    c.body = (done ? Done : Open)[(ref / 7) % 3];
    c.createdAt = done ? t.completedAt : t.createdAt;
    batch.comments << c;
}

// A moment of a day: day index and minute of the day, local time.
struct Moment
{
    int day = 0;
    int minute = 0;
    bool operator<(const Moment &o) const { return day != o.day ? day < o.day : minute < o.minute; }
};

// Open opportunities are given stages from this sequence in turn, so that at every length the
// number at a stage is never below the number at the next one: the funnel always narrows.
constexpr std::array<int, 10> FunnelSequence = {0, 1, 2, 3, 0, 1, 2, 0, 1, 0};

// One run of the generator: its random stream, calendar, organisation and plans. User-visible
// messages are DemoGenerator's (tr() context frontline::DemoGenerator).
class Generation
{
public:
    Generation(const DemoGenerator::Options &options, Database &db, DemoGenerator::Result &result)
        : m_options(options), m_db(db), m_result(result), m_random(options.seed),
          m_paymentRandom(options.seed * 0x9E3779B97F4A7C15ull + 1)
    {}

    // Writes everything inside the caller's transaction; false with m_result.error on failure.
    bool run();

private:
    bool report(int percent, const QString &stage);
    bool fail(const QString &error);
    bool failBulk(const BulkResult &bulk);

    void buildCalendar();
    QDate date(int day) const { return m_start.addDays(day); }
    QDateTime at(int day, int minute);
    QDateTime at(const Moment &m) { return at(m.day, m.minute); }
    int sampleDay(const std::vector<double> &cumulative, int from, int to);
    int workMinute(int from, int to) { return m_random.between(from / 5, to / 5) * 5; }

    bool createOrganisation();
    bool createProducts();
    bool loadStages();
    bool planCustomers();
    void buildCustomer(qsizetype index, Batch &batch);
    void buildInternalTasks(Batch &batch);
    // The money received for an order written with id (its customer already an id).
    void addPayments(const Order &order, qint64 id, QList<Payment> &payments);
    bool createTargets();
    bool createCommissionPlan();
    bool createTraining();
    // Writes a batch; progress goes from fromPercent to toPercent as its parts are written.
    bool write(Batch &batch, int fromPercent, int toPercent, const QString &stage);

    QString uniqueName(const std::function<QString()> &make, const QString &suffix);
    QString mobile();
    QString landline(const City &city);
    QString email(const QString &localPart, const QString &domain);
    int pickProduct(const std::array<int, CategoryCount> &buys, int day);
    bool available(int product, int day) const;

    const DemoGenerator::Options &m_options;
    Database &m_db;
    DemoGenerator::Result &m_result;
    Random m_random;
    // Payments draw from their own stream, so adding them left every other figure of a seed as
    // it was.
    Random m_paymentRandom;
    QHash<QDate, int> m_paymentsOnDay;

    QDate m_start;                   // the first day of the history
    int m_days = 0;                  // days from m_start to today, both included
    std::vector<double> m_orderDays; // cumulative weights of days for orders
    std::vector<double> m_workDays;  // cumulative weights of days for visits and calls
    QHash<int, int> m_utcOffsets;    // day → seconds east of UTC at noon

    QList<TeamInfo> m_teams;
    QList<RepInfo> m_reps;
    std::vector<double> m_repWeights; // cumulative: who gets new customers
    std::array<qint64, ProductCount> m_productIds{};
    qint64 m_stage[6] = {}; // lead, qualified, proposal, negotiation, won, lost
    QList<Plan> m_plans;
    QSet<QString> m_names;
    QSet<QString> m_memberEmails;
    std::vector<int> m_ordersOnDay;
    qint64 m_openOpportunities = 0;
    int m_lastPercent = -1;
};

bool Generation::report(int percent, const QString &stage)
{
    if (!m_options.progress || percent == m_lastPercent)
        return true;
    m_lastPercent = percent;
    if (m_options.progress(percent, stage))
        return true;
    m_result.cancelled = true;
    m_result.error = DemoGenerator::tr("Cancelled: no demo data was written.");
    return false;
}

bool Generation::fail(const QString &error)
{
    m_result.error = DemoGenerator::tr("The demo data could not be written: %1").arg(error);
    return false;
}

bool Generation::failBulk(const BulkResult &bulk)
{
    return fail(bulk.message());
}

// ---------------------------------------------------------------------------------------------
// The calendar.

void Generation::buildCalendar()
{
    const QDate today = m_options.today;
    m_start = QDate(today.year(), today.month(), 1).addMonths(-(m_options.months - 1));
    m_days = int(m_start.daysTo(today)) + 1;
    m_orderDays.assign(std::size_t(m_days) + 1, 0.0);
    m_workDays.assign(std::size_t(m_days) + 1, 0.0);
    for (int d = 0; d < m_days; ++d) {
        const QDate day = date(d);
        const int weekday = day.dayOfWeek();
        double order = MonthFactor[std::size_t(day.month() - 1)] * (weekday <= 5   ? 1.0
                                                                    : weekday == 6 ? 0.25
                                                                                   : 0.1);
        double work = weekday <= 5 ? 1.0 : weekday == 6 ? 0.15 : 0.03;
        const qint64 sinceFestival = springFestival(day.year()).daysTo(day);
        if (sinceFestival >= -1 && sinceFestival <= 6) { // the holiday itself
            order *= 0.05;
            work *= 0.05;
        } else if (sinceFestival > 6 && sinceFestival <= 14) { // a slow restart
            order *= 0.55;
            work *= 0.7;
        } else if (sinceFestival >= -15 && sinceFestival < -1) { // stocking up before it
            order *= 1.15;
        }
        if (day.month() == 10 && day.day() <= 7) { // National Day Golden Week
            order *= 0.1;
            work *= 0.1;
        }
        order *= 1.0 + 0.15 * d / 365.0; // the business grows
        m_orderDays[std::size_t(d) + 1] = m_orderDays[std::size_t(d)] + order;
        m_workDays[std::size_t(d) + 1] = m_workDays[std::size_t(d)] + work;
    }
    m_ordersOnDay.assign(std::size_t(m_days), 0);
}

QDateTime Generation::at(int day, int minute)
{
    auto offset = m_utcOffsets.constFind(day);
    if (offset == m_utcOffsets.cend())
        offset = m_utcOffsets.insert(day, QDateTime(date(day), QTime(12, 0)).offsetFromUtc());
    return QDateTime(date(day), QTime(0, 0), Qt::UTC).addSecs(qint64(minute) * 60 - *offset);
}

// A day in [from, to] (clamped to the history), drawn by the day weights.
int Generation::sampleDay(const std::vector<double> &cumulative, int from, int to)
{
    from = std::max(from, 0);
    to = std::min(to, m_days - 1);
    if (to <= from)
        return std::min(from, m_days - 1);
    const double lo = cumulative[std::size_t(from)], hi = cumulative[std::size_t(to) + 1];
    if (hi <= lo)
        return m_random.between(from, to);
    const double u = lo + (hi - lo) * m_random.uniform();
    const auto it = std::upper_bound(cumulative.begin() + from + 1, cumulative.begin() + to + 2, u);
    return std::clamp(int(it - cumulative.begin()) - 1, from, to);
}

// ---------------------------------------------------------------------------------------------
// Small makers.

QString Generation::uniqueName(const std::function<QString()> &make, const QString &suffix)
{
    QString name;
    for (int attempt = 0; attempt < 40; ++attempt) {
        name = make();
        if (!m_names.contains(name)) {
            m_names.insert(name);
            return name;
        }
    }
    for (int n = 2;; ++n) {
        const QString numbered = name + suffix.arg(n < 100 ? chineseNumber(n) : QString::number(n));
        if (!m_names.contains(numbered)) {
            m_names.insert(numbered);
            return numbered;
        }
    }
}

QString Generation::mobile()
{
    static constexpr std::array<int, 34> Prefixes = {
        130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157,
        158, 159, 166, 173, 175, 176, 177, 178, 180, 181, 182, 183, 185, 186, 187, 188, 199};
    const QString prefix = QString::number(m_random.pick(Prefixes));
    const QString middle = u"%1"_s.arg(m_random.below(10000), 4, 10, QChar(u'0'));
    const QString end = u"%1"_s.arg(m_random.below(10000), 4, 10, QChar(u'0'));
    // As people type them; the repository normalises them all to E.164.
    switch (m_random.weighted({45, 20, 15, 10, 10})) {
    case 0:
        return prefix + middle + end;
    case 1:
        return prefix + u' ' + middle + u' ' + end;
    case 2:
        return prefix + u'-' + middle + u'-' + end;
    case 3:
        return u"+86 "_s + prefix + middle + end;
    default:
        return u"+86-"_s + prefix + u'-' + middle + u'-' + end;
    }
}

QString Generation::landline(const City &city)
{
    QString local = QString::number(m_random.between(2, 7));
    for (int i = 1; i < city.localDigits; ++i)
        local += QChar(u'0' + m_random.between(0, 9));
    const QString area = city.areaCode.toString();
    switch (m_random.weighted({50, 20, 15, 15})) {
    case 0:
        return area + u'-' + local;
    case 1:
        return u'(' + area + u')' + local;
    case 2:
        return area + u' ' + local.left(local.size() - 4) + u' ' + local.right(4);
    default:
        return area + local;
    }
}

QString Generation::email(const QString &localPart, const QString &domain)
{
    return localPart + u'@' + domain;
}

bool Generation::available(int product, int day) const
{
    switch (Catalogue[std::size_t(product)].availability) {
    case Availability::Always:
        return true;
    case Availability::Discontinued:
        return day < m_days / 2;
    case Availability::New:
        return day >= m_days - 180;
    }
    return true;
}

int Generation::pickProduct(const std::array<int, CategoryCount> &buys, int day)
{
    const int category = m_random.weighted(buys);
    int total = 0;
    for (int p = 0; p < ProductCount; ++p) {
        if (Catalogue[std::size_t(p)].category == category && available(p, day))
            total += Catalogue[std::size_t(p)].popularity;
    }
    int r = int(m_random.below(std::max(total, 1)));
    for (int p = 0; p < ProductCount; ++p) {
        if (Catalogue[std::size_t(p)].category != category || !available(p, day))
            continue;
        if (r < Catalogue[std::size_t(p)].popularity)
            return p;
        r -= Catalogue[std::size_t(p)].popularity;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// The organisation and the catalogue.

bool Generation::createOrganisation()
{
    OrgRepository org(m_db, AccessScope::administrator());
    const auto addTeam = [&](const QString &name, qint64 parent, const QString &kind) -> qint64 {
        const SaveResult r = org.addTeam(Team{0, {}, parent, name, kind});
        ++m_result.teams;
        return r.ok() ? r.id : 0;
    };
    const qint64 company = addTeam(u"华星商贸有限公司"_s, 0, u"company"_s);
    if (!company)
        return fail(org.lastError());

    // Teams of about seven reps, spread over the regions in turn.
    const int teamCount = std::max(1, (m_options.reps + 6) / 7);
    const int regionCount = std::min(RegionCount, teamCount);
    QList<qint64> regionIds;
    for (int r = 0; r < regionCount; ++r) {
        regionIds << addTeam(Regions[r].name + u"大区"_s, company, u"region"_s);
        if (!regionIds.last())
            return fail(org.lastError());
    }
    for (int t = 0; t < teamCount; ++t) {
        TeamInfo team;
        team.region = t % regionCount;
        const int k = t / regionCount;
        const auto cities = Regions[team.region].cities;
        team.city = &cities[std::size_t(k) % cities.size()];
        const QString name = team.city->name + chineseNumber(k / int(cities.size()) + 1) + u"组"_s;
        team.id = addTeam(name, regionIds.at(team.region), u"team"_s);
        if (!team.id)
            return fail(org.lastError());
        m_teams << team;
    }

    QSet<QString> memberNames;
    const auto addMember = [&](Role role, qint64 teamId, int hiredDaysBeforeStart) -> qint64 {
        Member m;
        m.role = role;
        m.teamId = teamId;
        do {
            m.name = personName(m_random);
        } while (memberNames.contains(m.name));
        memberNames.insert(m.name);
        m.phone = mobile();
        QString mailbox = asciiPinyin(m.name);
        for (int n = 2; m_memberEmails.contains(mailbox); ++n)
            mailbox = asciiPinyin(m.name) + QString::number(n);
        m_memberEmails.insert(mailbox);
        m.email = email(mailbox, u"huaxing-trade.com"_s);
        m.hireDate = m_start.addDays(-hiredDaysBeforeStart);
        const SaveResult r = org.addMember(m); // the code comes from OrgRepository::nextCode()
        if (!r.ok())
            return 0;
        ++m_result.members;
        return r.id;
    };
    // The sales director heads the company (a manager whose team is everyone), then the admins
    // and the support desk; then each team: its manager and its reps.
    if (!addMember(Role::Manager, company, m_random.between(1500, 3000)))
        return fail(org.lastError());
    for (int i = 0; i < 1 + m_options.reps / 100; ++i) {
        if (!addMember(Role::Admin, company, m_random.between(300, 2500)))
            return fail(org.lastError());
    }
    for (int i = 0; i < std::max(1, m_options.reps / 25); ++i) {
        if (!addMember(Role::Support, company, m_random.between(60, 1500)))
            return fail(org.lastError());
    }
    for (int t = 0; t < teamCount; ++t) {
        TeamInfo &team = m_teams[t];
        team.managerId = addMember(Role::Manager, team.id, m_random.between(400, 2500));
        if (!team.managerId)
            return fail(org.lastError());
        const int reps = m_options.reps / teamCount + (t < m_options.reps % teamCount ? 1 : 0);
        for (int i = 0; i < reps; ++i) {
            RepInfo rep;
            rep.team = t;
            rep.id = addMember(Role::Rep, team.id, m_random.between(30, 2200));
            if (!rep.id)
                return fail(org.lastError());
            // Skill between 0.5 and 1.8, most near the middle.
            rep.skill = 0.5 + 1.3 * (m_random.uniform() + m_random.uniform()) / 2.0;
            m_reps << rep;
        }
    }
    double total = 0;
    for (const RepInfo &rep : std::as_const(m_reps)) {
        total += 0.6 + 0.4 * rep.skill; // good reps are given a few more customers
        m_repWeights.push_back(total);
    }

    const std::pair<Role, const QStringList *> duties[] = {{Role::Admin, &AdminDuties},
                                                           {Role::Manager, &ManagerDuties},
                                                           {Role::Rep, &RepDuties},
                                                           {Role::Support, &SupportDuties}};
    for (const auto &[role, texts] : duties) {
        if (!org.setDuties(role, *texts))
            return fail(org.lastError());
    }
    return true;
}

bool Generation::createProducts()
{
    OrderRepository orders(m_db, AccessScope::administrator());
    for (int i = 0; i < ProductCount; ++i) {
        const ProductSpec &spec = Catalogue[std::size_t(i)];
        Product p;
        p.sku = spec.sku.toString();
        p.name = spec.name.toString();
        p.category = Categories[std::size_t(spec.category)].toString();
        p.unitPriceFen = spec.priceFen;
        p.active = spec.availability != Availability::Discontinued;
        const SaveResult r = orders.addProduct(p);
        if (!r.ok())
            return fail(r.message());
        m_productIds[std::size_t(i)] = r.id;
        ++m_result.products;
    }
    return true;
}

bool Generation::loadStages()
{
    OpportunityRepository opportunities(m_db, AccessScope::administrator());
    const QStringList keys = {u"lead"_s,        u"qualified"_s, u"proposal"_s,
                              u"negotiation"_s, u"won"_s,       u"lost"_s};
    for (int i = 0; i < keys.size(); ++i) {
        const std::optional<PipelineStage> stage = opportunities.stageByKey(keys.at(i));
        if (!stage)
            return fail(DemoGenerator::tr("The pipeline has no stage \"%1\".").arg(keys.at(i)));
        m_stage[i] = stage->id;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Plans: who owns each customer, where it stands, when it buys, how many order lines it gets.

bool Generation::planCustomers()
{
    const int lastDay = m_days - 1;
    m_plans.resize(m_options.customers);
    QList<qsizetype> buyers;
    for (qsizetype i = 0; i < m_plans.size(); ++i) {
        Plan &p = m_plans[i];
        const double u = m_random.uniform() * m_repWeights.back();
        p.rep = int(std::upper_bound(m_repWeights.begin(), m_repWeights.end(), u) - m_repWeights.begin());
        p.rep = std::min(p.rep, int(m_reps.size()) - 1);
        const double skill = m_reps.at(p.rep).skill;
        p.individual = m_random.chance(0.08);
        p.size = p.individual ? 0 : m_random.weighted({60, 30, 10});
        p.status = Status(m_random.weighted({12, 14, int(50 * skill), 13, 9}));
        switch (p.status) {
        case Status::Lead:
            p.acquired = lastDay - m_random.between(0, 120);
            break;
        case Status::Prospect:
            p.acquired = lastDay - m_random.between(14, 300);
            break;
        case Status::Active:
            p.acquired = m_random.between(-365, m_days - 60);
            break;
        case Status::Dormant:
            p.acquired = m_random.between(-365, m_days - 330);
            break;
        case Status::Lost:
            p.acquired = m_random.between(-365, m_days - 150);
            break;
        }
        const int firstDay = std::max(p.acquired, 0);
        if (p.status == Status::Active || p.status == Status::Dormant || p.status == Status::Lost) {
            // Visits and calls come first, orders a few weeks later; a customer from before the
            // history starts ordering in its first weeks.
            p.buyFrom = p.acquired < 0 ? m_random.between(2, 25) : firstDay + m_random.between(10, 45);
            p.buyTo = p.status == Status::Active    ? lastDay
                      : p.status == Status::Dormant ? lastDay - m_random.between(180, 300)
                                                    : lastDay - m_random.between(60, 300);
            if (p.buyFrom > p.buyTo)
                p.buyFrom = p.buyTo = -1;
        }
        if (p.status == Status::Lost) {
            p.lostOn = p.buyTo >= 0 ? std::min(m_days - 2, p.buyTo + m_random.between(20, 80))
                                    : m_random.between(firstDay + 5, m_days - 2);
            if (p.lostOn < firstDay)
                p.lostOn = -1;
        }
        if (p.buyFrom >= 0) {
            static constexpr double SizeFactor[] = {1.0, 3.0, 8.0};
            const double statusFactor = p.status == Status::Active    ? 1.0
                                        : p.status == Status::Dormant ? 0.8
                                                                      : 0.7;
            p.weight = SizeFactor[p.size] * skill * statusFactor * (p.buyTo - p.buyFrom + 1) / 365.0 *
                       m_random.uniform(0.6, 1.4);
            buyers << i;
        }
    }

    // Share the order lines out exactly: one for every buyer, the rest by weight (largest
    // remainders get the leftovers). With fewer lines than buyers, only some of them buy.
    const qint64 total = m_options.orderLines;
    if (total > 0 && buyers.isEmpty()) {
        m_result.error =
            DemoGenerator::tr("There is no room for orders in so short a history; choose more months.");
        return false;
    }
    if (total < buyers.size()) {
        for (qsizetype i = buyers.size() - 1; i > 0; --i)
            std::swap(buyers[i], buyers[m_random.below(i + 1)]);
        for (qsizetype k = 0; k < buyers.size(); ++k) {
            Plan &p = m_plans[buyers.at(k)];
            if (k < total) {
                p.lines = 1;
            } else {
                p.buyFrom = p.buyTo = -1;
            }
        }
    } else if (!buyers.isEmpty()) {
        const qint64 rest = total - buyers.size();
        double weights = 0;
        for (const qsizetype i : std::as_const(buyers))
            weights += m_plans.at(i).weight;
        std::vector<std::pair<double, qsizetype>> remainders;
        remainders.reserve(std::size_t(buyers.size()));
        qint64 given = 0;
        for (const qsizetype i : std::as_const(buyers)) {
            Plan &p = m_plans[i];
            const double share = weights > 0 ? double(rest) * p.weight / weights : 0.0;
            const qint64 whole = qint64(share);
            p.lines = 1 + whole;
            given += whole;
            remainders.emplace_back(share - double(whole), i);
        }
        std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (qint64 k = 0; k < rest - given; ++k)
            ++m_plans[remainders[std::size_t(k % qint64(remainders.size()))].second].lines;
    }
    // An active customer without an order in the history is really a prospect.
    for (Plan &p : m_plans) {
        if (p.status == Status::Active && p.lines == 0)
            p.status = Status::Prospect;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// One customer with its people, contacts, orders, opportunities and tasks.

void Generation::buildCustomer(qsizetype index, Batch &batch)
{
    Random &r = m_random;
    const Plan &p = m_plans.at(index);
    const RepInfo &rep = m_reps.at(p.rep);
    const TeamInfo &team = m_teams.at(rep.team);
    const RegionSpec &region = Regions[team.region];
    const City &city =
        r.chance(0.75) ? *team.city : region.cities[std::size_t(r.below(qint64(region.cities.size())))];
    const QString cityName = city.name.toString();
    const int customerRef = int(batch.customers.size()) + 1;
    const int firstDay = std::max(p.acquired, 0);
    const int lastDay = m_days - 2; // activities up to yesterday
    Moment latest{p.acquired, 9 * 60};

    Customer c;
    c.ownerId = rep.id;
    c.status = statusKey(p.status);
    c.region = region.name.toString();
    c.city = cityName;
    std::array<int, CategoryCount> buys = HouseholdBuys;
    QString domain; // for e-mail addresses
    const QString address =
        cityName + u"市"_s + r.pick(Districts) + r.pick(Roads) + QString::number(r.between(1, 999)) +
        u"号"_s +
        (r.chance(0.5) ? r.pick(Buildings) + QString::number(r.between(2, 30)) + u"楼"_s : QString());

    if (p.individual) {
        c.kind = u"individual"_s;
        c.name = uniqueName([&]() -> QString { return personName(r); }, u"（%1）"_s);
        c.industry = r.chance(0.5) ? u"个体经营"_s : QString();
        if (r.chance(0.3))
            c.address = address;
        c.source = Sources[std::size_t(r.weighted(IndividualSourceWeights))].toString();
    } else {
        c.kind = u"company"_s;
        c.address = r.chance(0.92) ? address : QString();
        c.source = Sources[std::size_t(r.weighted(SourceWeights))].toString();
        const int style = r.weighted({86, 6, 4, 4}); // company, school, hospital, hotel
        if (style == 0) {
            const int trade = r.weighted({3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
                                          3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1});
            const Trade &t = Trades[trade];
            const QString word = t.word.toString();
            QString brand;
            c.name = uniqueName(
                [&]() -> QString {
                    brand = r.pick(BrandFirst) + r.pick(BrandSecond).toString();
                    if (t.firm)
                        return cityName + u"市"_s + brand + word;
                    switch (r.weighted({65, 10, 5, 8, 7, p.size == 2 ? 8 : 0})) {
                    case 0:
                        return cityName + brand + word + u"有限公司"_s;
                    case 1:
                        return cityName + brand + word + u"有限责任公司"_s;
                    case 2:
                        return cityName + brand + word + u"股份有限公司"_s;
                    case 3:
                        return brand + word + u"（"_s + cityName + u"）有限公司"_s;
                    case 4:
                        return brand + word + u"有限公司"_s;
                    default:
                        return cityName + brand + u"集团有限公司"_s;
                    }
                },
                u"第%1分公司"_s);
            c.shortName = brand + t.shortWord;
            c.industry = t.industry.toString();
            buys = t.buys;
            domain = asciiPinyin(brand) + asciiPinyin(word, true) + r.pick(Tlds);
        } else if (style == 1) {
            c.name = uniqueName(
                [&]() -> QString {
                    switch (r.weighted({60, 25, 15})) {
                    case 0:
                        return cityName + u"市第"_s + chineseNumber(r.between(1, 30)) + u"中学"_s;
                    case 1:
                        return cityName + u"市"_s + r.pick(Roads).left(2) + u"小学"_s;
                    default:
                        return cityName + r.pick(BrandFirst) + r.pick(BrandSecond) + u"外国语学校"_s;
                    }
                },
                u"（%1校区）"_s);
            c.industry = u"教育"_s;
            buys = SchoolBuys;
            domain = asciiPinyin(c.name, true) + u".edu.cn"_s;
        } else if (style == 2) {
            c.name = uniqueName(
                [&]() -> QString {
                    switch (r.weighted({50, 25, 25})) {
                    case 0:
                        return cityName + u"市第"_s + chineseNumber(r.between(1, 12)) + u"人民医院"_s;
                    case 1:
                        return cityName + r.pick(Districts).left(2) + u"中医院"_s;
                    default:
                        return cityName + r.pick(BrandFirst) + r.pick(BrandSecond) + u"口腔医院"_s;
                    }
                },
                u"（%1院区）"_s);
            c.industry = u"医疗卫生"_s;
            buys = HospitalBuys;
            domain = asciiPinyin(c.name, true) + u".cn"_s;
        } else {
            QString brand;
            c.name = uniqueName(
                [&]() -> QString {
                    brand = r.pick(BrandFirst) + r.pick(BrandSecond).toString();
                    return cityName + brand + u"大酒店"_s;
                },
                u"（%1店）"_s);
            c.shortName = brand + u"酒店"_s;
            c.industry = u"餐饮酒店"_s;
            buys = HotelBuys;
            domain = asciiPinyin(brand) + u"hotel"_s + r.pick(Tlds);
        }
    }
    int mainCategory = 0;
    for (int k = 1; k < CategoryCount; ++k) {
        if (buys[std::size_t(k)] > buys[std::size_t(mainCategory)])
            mainCategory = k;
    }
    const QString shortName = c.shortName.isEmpty() ? c.name : c.shortName;

    // Phones and e-mails as typed.
    if (p.individual) {
        c.points << ContactPoint{u"phone"_s, mobile(), {}, true};
        if (r.chance(0.35)) {
            const QString mailbox = r.chance(0.5)
                                        ? QString::number(r.between(qint64(10000), qint64(3999999999)))
                                        : asciiPinyin(c.name) + QString::number(r.between(1, 999));
            c.points << ContactPoint{u"email"_s, email(mailbox, r.pick(FreeMail).toString()), {}, true};
        }
        if (r.chance(0.5))
            c.wechat = r.chance(0.5) ? u"wxid_"_s + QString::number(r.next() % 36000000000000ULL, 36)
                                     : asciiPinyin(c.name) + QString::number(r.between(10, 9999));
    } else {
        if (r.chance(0.85))
            c.points << ContactPoint{u"phone"_s, landline(city), {}, true};
        if (r.chance(0.25))
            c.points << ContactPoint{u"phone"_s, mobile(), {}, true};
        if (c.points.isEmpty() || r.chance(0.6))
            c.points << ContactPoint{u"email"_s, email(r.pick(MailBoxes).toString(), domain), {}, true};
        if (r.chance(0.15))
            c.wechat = asciiPinyin(shortName) + u"_kf"_s;
    }

    // The people at a company.
    const int contactBase = batch.contactCount;
    QStringList contactNames;
    QList<Contact> people;
    if (!p.individual) {
        const int count = 1 + r.weighted({50, 35, 15});
        for (int k = 0; k < count; ++k) {
            Contact person;
            person.name = personName(r);
            person.title = c.industry == u"教育"_s && k == 0       ? u"校办主任"_s
                           : c.industry == u"医疗卫生"_s && k == 0 ? u"设备科科长"_s
                                                                   : r.pick(ContactTitles).toString();
            if (r.chance(0.9))
                person.points << ContactPoint{u"phone"_s, mobile(), {}, true};
            if (r.chance(0.4))
                person.points << ContactPoint{u"email"_s, email(asciiPinyin(person.name), domain), {}, true};
            if (r.chance(0.4))
                person.wechat = asciiPinyin(person.name) + QString::number(r.between(10, 9999));
            if (r.chance(0.1))
                person.notes = u"负责办公用品采购审批"_s;
            contactNames << person.name;
            people << person;
        }
    }
    batch.contacts << people;
    batch.contactCount += int(people.size());
    const auto contactRef = [&]() -> qint64 {
        return contactNames.isEmpty() || r.chance(0.15) ? 0 : contactBase + 1 + r.below(contactNames.size());
    };
    const auto contactName = [&](qint64 ref) -> QString {
        return ref ? contactNames.at(ref - contactBase - 1)
                   : (p.individual ? c.name.left(1) + u"先生/女士"_s : u"客户"_s);
    };
    const QString categoryName = Categories[std::size_t(mainCategory)].toString();
    const auto productName = [&]() -> QString {
        for (int attempt = 0; attempt < 20; ++attempt) {
            const int product = int(r.below(ProductCount));
            if (Catalogue[std::size_t(product)].category == mainCategory)
                return Catalogue[std::size_t(product)].name.toString();
        }
        return Catalogue[0].name.toString();
    };

    // ---- activities
    const auto addActivity = [&](int day, const QString &kind, QStringView text = {}) {
        if (day < firstDay || day > lastDay || day < 0)
            return;
        Activity a;
        a.customerId = customerRef;
        a.contactId = contactRef();
        a.memberId = kind == u"visit"_s && r.chance(0.06) ? team.managerId : rep.id;
        a.kind = kind;
        const bool inPerson = kind == u"visit"_s || kind == u"meeting"_s;
        const int minute =
            inPerson ? workMinute(9 * 60 + 30, 16 * 60 + 30) : workMinute(9 * 60, 18 * 60 + 30);
        a.occurredAt = at(day, minute);
        latest = std::max(latest, Moment{day, minute});
        QStringView pattern = text;
        if (pattern.isEmpty()) {
            if (kind == u"visit"_s)
                pattern = r.pick(VisitSummaries);
            else if (kind == u"call"_s)
                pattern = r.pick(CallSummaries);
            else if (kind == u"wechat"_s)
                pattern = r.pick(WechatSummaries);
            else if (kind == u"email"_s)
                pattern = r.pick(EmailSummaries);
            else
                pattern = r.pick(MeetingSummaries);
        }
        a.summary = pattern.toString()
                        .replace(u"%1"_s, contactName(a.contactId))
                        .replace(u"%2"_s, categoryName)
                        .replace(u"%3"_s, productName());
        if (kind == u"visit"_s) {
            a.durationMinutes = r.between(6, 24) * 5;
            a.location = c.address.isEmpty() ? cityName : c.address;
        } else if (kind == u"meeting"_s) {
            a.durationMinutes = r.between(12, 36) * 5;
            a.location = r.chance(0.7) ? u"客户会议室"_s : u"公司会议室"_s;
        } else if (kind == u"call"_s) {
            a.durationMinutes = r.between(2, 25);
        }
        if (r.chance(0.5))
            a.outcome = r.pick(Outcomes).toString();
        if (r.chance(0.4)) {
            a.nextStep = r.pick(NextSteps).toString();
            a.nextFollowUp = date(day + r.between(3, 21));
        }
        if (inPerson && r.chance(0.6))
            a.satisfaction = 1 + r.weighted({2, 5, 18, 45, 30});
        batch.activities << a;
    };
    const auto anyKind = [&]() -> QString {
        static const QString kinds[] = {u"visit"_s, u"call"_s, u"wechat"_s, u"email"_s, u"meeting"_s};
        return kinds[r.weighted({30, 35, 22, 6, 7})];
    };

    // First contact, the way the customer came.
    if (p.acquired >= 0) {
        const QString &source = c.source;
        if (source == u"visit"_s)
            addActivity(p.acquired, u"visit"_s, u"陌生拜访，初次介绍公司产品");
        else if (source == u"wechat"_s)
            addActivity(p.acquired, u"wechat"_s, u"添加微信，发送公司介绍与产品目录");
        else if (source == u"email"_s)
            addActivity(p.acquired, u"email"_s, u"回复客户询价邮件");
        else if (source == u"trade_show"_s)
            addActivity(p.acquired, u"meeting"_s, u"展会上结识%1，交换名片");
        else if (source == u"website"_s)
            addActivity(p.acquired, u"call"_s, u"官网留言，回电了解%2需求");
        else if (source == u"referral"_s)
            addActivity(p.acquired, u"call"_s, u"经老客户介绍，电话联系%1");
        else
            addActivity(p.acquired, u"call"_s, u"首次电话沟通，介绍公司产品");
    }

    // ---- orders
    struct Placed
    {
        int day;
        qsizetype order; // in batch.orders
    };
    QList<Placed> placed;
    if (p.lines > 0) {
        QList<int> lineCounts;
        for (qint64 left = p.lines; left > 0;) {
            int n = 1 + r.weighted({25, 22, 18, 13, 9, 6, 4, 3});
            if (p.size == 2 && r.chance(0.5))
                ++n;
            n = int(std::min<qint64>(n, left));
            lineCounts << n;
            left -= n;
        }
        QList<int> days;
        for (qsizetype k = 0; k < lineCounts.size(); ++k)
            days << sampleDay(m_orderDays, p.buyFrom, p.buyTo);
        std::sort(days.begin(), days.end());
        // Active means it bought lately.
        if (p.status == Status::Active && days.last() < m_days - 121) {
            days.last() = sampleDay(m_orderDays, std::max(p.buyFrom, m_days - 121), p.buyTo);
            std::sort(days.begin(), days.end());
        }

        // Before the first order: a visit or a call, perhaps a quotation.
        const int first = days.first();
        const int before = sampleDay(m_workDays, std::max(firstDay, first - 40), first - 1);
        addActivity(std::min(before, first - 1), r.chance(0.65) ? u"visit"_s : u"call"_s);
        if (r.chance(0.5) && before + 1 <= first - 1)
            addActivity(r.between(before + 1, first - 1), u"wechat"_s, u"微信发送报价单给%1");

        static constexpr int ChannelWeights[] = {50, 22, 18, 10};
        static const QString Channels[] = {u"direct"_s, u"wechat"_s, u"phone"_s, u"online"_s};
        for (qsizetype k = 0; k < days.size(); ++k) {
            const int day = days.at(k);
            const int age = m_days - 1 - day;
            Order o;
            o.orderDate = date(day);
            o.orderNo = u"SO%1-%2"_s.arg(o.orderDate.toString(u"yyyyMMdd"_s))
                            .arg(++m_ordersOnDay[std::size_t(day)], 4, 10, QChar(u'0'));
            o.customerId = customerRef;
            o.memberId = rep.id;
            o.channel = Channels[r.weighted(ChannelWeights)];
            if (age <= 2)
                o.status = r.chance(0.15) ? u"draft"_s : u"confirmed"_s;
            else if (r.chance(0.025))
                o.status = u"cancelled"_s;
            else if (age <= 10)
                o.status = r.chance(0.5) ? u"confirmed"_s : u"shipped"_s;
            else if (age <= 45)
                o.status = r.chance(0.4) ? u"shipped"_s : u"paid"_s;
            else
                o.status = u"paid"_s;
            const int yearsAgo = age / 365;
            const int discount = p.size == 2   ? std::array{0, 3, 5, 8}[std::size_t(r.below(4))]
                                 : p.size == 1 ? std::array{0, 0, 0, 3}[std::size_t(r.below(4))]
                                               : 0;
            QList<int> products;
            for (int l = 0; l < lineCounts.at(k); ++l) {
                int product = pickProduct(buys, day);
                for (int attempt = 0; attempt < 8 && products.contains(product); ++attempt)
                    product = pickProduct(buys, day);
                for (int other = 0; products.contains(product) && other < ProductCount; ++other) {
                    if (available(other, day))
                        product = other;
                }
                products << product;
                const ProductSpec &spec = Catalogue[std::size_t(product)];
                // Prices rose about 3% a year; round to ten fen.
                const qint64 unit = (spec.priceFen * (100 - 3 * yearsAgo) + 500) / 1000 * 10;
                qint64 quantity = spec.priceFen >= 100000  ? r.between(1, 3)
                                  : spec.priceFen >= 20000 ? r.between(1, 10)
                                  : spec.priceFen >= 5000  ? r.between(2, 20)
                                                           : r.between(5, 50);
                quantity *= p.size == 2 ? r.between(2, 6) : p.size == 1 ? r.between(1, 3) : 1;
                if (quantity > 10)
                    quantity = quantity / 5 * 5;
                OrderLine line;
                line.productId = m_productIds[std::size_t(product)];
                line.quantity = quantity;
                line.unitPriceFen = unit;
                line.amountFen = (quantity * unit * (100 - discount) + 50) / 100;
                o.totalFen += line.amountFen;
                o.lines << line;
            }
            if (o.status != u"cancelled"_s)
                m_result.revenueFen += o.totalFen;
            placed << Placed{day, batch.orders.size()};
            latest = std::max(latest, Moment{day, 17 * 60});
            batch.orders << o;
            if (r.chance(0.2))
                addActivity(day + r.between(1, 10), r.chance(0.6) ? u"call"_s : u"wechat"_s,
                            r.chance(0.5) ? u"回访%1，确认收货情况" : u"跟进订单交付进度");
        }

        // Regular visits while it buys, more often for big customers.
        static constexpr int Gap[3][2] = {{120, 240}, {75, 150}, {40, 90}};
        const int until = std::min(p.buyTo + 60, lastDay);
        for (int day = p.buyFrom + r.between(Gap[p.size][0], Gap[p.size][1]); day <= until;
             day += r.between(Gap[p.size][0], Gap[p.size][1]))
            addActivity(sampleDay(m_workDays, day - 3, day + 3), anyKind());
    }

    // ---- how the rest of the story goes
    if (p.status == Status::Lead) {
        for (int k = r.between(0, 2); k > 0; --k)
            addActivity(r.between(firstDay, lastDay), r.chance(0.6) ? u"call"_s : u"wechat"_s);
    } else if (p.status == Status::Prospect) {
        for (int k = r.between(2, 5); k > 0; --k)
            addActivity(sampleDay(m_workDays, firstDay, lastDay), anyKind());
    } else if (p.status == Status::Dormant && p.buyTo >= 0) {
        addActivity(p.buyTo + r.between(60, 150), u"call"_s, u"电话回访，客户暂无新需求");
    }
    if (p.status == Status::Lost && p.lostOn >= 0)
        addActivity(p.lostOn, u"call"_s, u"客户表示已选择其他供应商");

    // ---- opportunities
    const auto addOpportunity = [&](int stage, int createdDay, int closedDay, qint64 amountFen) -> qsizetype {
        // stage: 0–3 open, 4 won, 5 lost (after reaching a random open stage).
        const int reached = stage <= 4 ? std::min(stage, 3) : r.weighted({35, 30, 22, 13});
        const int endDay = stage <= 3 ? lastDay : std::max(createdDay, closedDay);
        // When it was created, when it moved on, and (closed) the day it was won or lost.
        QList<Moment> moments;
        moments << Moment{createdDay, workMinute(9 * 60, 17 * 60)};
        for (int k = 0; k < reached; ++k)
            moments << Moment{r.between(createdDay, endDay), workMinute(9 * 60, 18 * 60)};
        std::sort(moments.begin() + 1, moments.end());
        if (stage >= 4)
            moments << Moment{endDay, workMinute(9 * 60, 18 * 60)};
        for (qsizetype k = 1; k < moments.size(); ++k) // never before the step before
            moments[k] = std::max(moments[k], moments[k - 1]);
        QList<StageChange> history;
        for (int k = 0; k <= reached; ++k) {
            StageChange change;
            change.fromStageId = k == 0 ? 0 : m_stage[k - 1];
            change.toStageId = m_stage[k];
            change.changedAt = at(moments.at(k));
            change.memberId = rep.id;
            history << change;
        }
        if (stage >= 4) {
            StageChange change;
            change.fromStageId = m_stage[reached];
            change.toStageId = m_stage[stage];
            change.changedAt = at(moments.last());
            change.memberId = rep.id;
            history << change;
        }
        Opportunity o;
        o.customerId = customerRef;
        o.ownerId = rep.id;
        o.stageId = m_stage[stage];
        o.amountFen = amountFen;
        o.createdAt = history.first().changedAt;
        static const QString Titles[CategoryCount] = {u"%1办公家具采购"_s,     u"%1年度办公用品框架协议"_s,
                                                      u"%1电脑更新换代项目"_s, u"%1打印耗材年度供应"_s,
                                                      u"%1办公电器采购"_s,     u"%1清洁用品年度供应"_s};
        o.title = (r.chance(0.4) ? QString::number(date(createdDay).year()) + u"年"_s : QString()) +
                  Titles[r.chance(0.7) ? mainCategory : r.between(0, CategoryCount - 1)].arg(shortName);
        if (stage <= 3) {
            o.expectedClose = m_options.today.addDays(r.between(7, 120));
        } else {
            o.expectedClose = date(moments.last().day + r.between(-15, 15));
            o.closedOn = date(moments.last().day);
            if (stage == 5)
                o.closeReason = r.pick(LostReasons).toString();
        }
        latest = std::max(latest, moments.last());
        batch.opportunities << o;
        batch.histories << history;
        return batch.opportunities.size();
    };
    const auto amount = [&] {
        static constexpr qint64 Range[3][2] = {{20, 200}, {100, 1000}, {500, 5000}}; // hundreds of yuan
        return r.between(Range[p.size][0], Range[p.size][1]) * 100 * 100;
    };
    const auto openStage = [&] {
        return FunnelSequence[std::size_t(m_openOpportunities++ % qint64(FunnelSequence.size()))];
    };
    const auto openOpportunity = [&](int stage) -> qsizetype {
        const int from = std::max(firstDay, lastDay - 150);
        if (from > lastDay)
            return 0;
        return addOpportunity(stage, sampleDay(m_workDays, from, lastDay), lastDay, amount());
    };
    const auto lostOpportunity = [&](int lostDay) -> qsizetype {
        lostDay = std::clamp(lostDay, firstDay, lastDay);
        if (firstDay > lastDay)
            return 0;
        return addOpportunity(5, std::max(firstDay, lostDay - r.between(15, 120)), lostDay, amount());
    };
    QList<qsizetype> openOpportunities; // refs of open ones, for tasks
    switch (p.status) {
    case Status::Lead:
        if (r.chance(0.4)) {
            if (const qsizetype ref = openOpportunity(0))
                openOpportunities << ref;
        }
        break;
    case Status::Prospect: {
        const int what = r.weighted({80, 15, 5});
        if (what == 0) {
            if (const qsizetype ref = openOpportunity(openStage()))
                openOpportunities << ref;
        } else if (what == 1) {
            lostOpportunity(r.between(firstDay + 5, lastDay));
        }
        break;
    }
    case Status::Active:
        if (placed.size() >= 2 && r.chance(0.45)) {
            // The biggest order was won as an opportunity first.
            const Placed *biggest = &placed.first();
            for (const Placed &pl : std::as_const(placed)) {
                if (batch.orders.at(pl.order).totalFen > batch.orders.at(biggest->order).totalFen)
                    biggest = &pl;
            }
            const int closed =
                std::clamp(biggest->day - r.between(0, 5), firstDay, std::max(firstDay, lastDay));
            addOpportunity(4, std::max(firstDay, closed - r.between(20, 90)), closed,
                           batch.orders.at(biggest->order).totalFen);
        }
        if (r.chance(0.15)) {
            if (const qsizetype ref = openOpportunity(openStage()))
                openOpportunities << ref;
        }
        if (r.chance(0.06))
            lostOpportunity(r.between(firstDay + 5, lastDay));
        break;
    case Status::Dormant:
        if (r.chance(0.25) && p.buyTo >= 0)
            lostOpportunity(p.buyTo + r.between(10, 90));
        break;
    case Status::Lost:
        if (r.chance(0.8) && p.lostOn >= 0)
            lostOpportunity(p.lostOn);
        break;
    }

    // ---- tasks
    const auto addTask = [&](const QString &title, int dueDay, int createdDay, qint64 opportunityRef) {
        Task t;
        t.title = title;
        t.assigneeId = rep.id;
        t.creatorId = r.chance(0.25) ? team.managerId : rep.id;
        t.customerId = customerRef;
        t.opportunityId = opportunityRef;
        createdDay = std::min({createdDay, dueDay, m_days - 1}); // never made in the future
        t.dueDate = date(dueDay);
        t.createdAt = at(createdDay, workMinute(8 * 60 + 30, 10 * 60 + 30));
        static const QString Priorities[] = {u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};
        t.priority = Priorities[r.weighted({12, 60, 20, 8})];
        if (dueDay < m_days - 1) {
            // Old tasks are rarely left open: a team tidies its list, so only recent ones linger.
            const bool old = dueDay < m_days - 45;
            const int outcome = old ? r.weighted({93, 1, 1, 5}) : r.weighted({82, 9, 5, 4});
            static const QString Past[] = {u"done"_s, u"open"_s, u"in_progress"_s, u"cancelled"_s};
            t.status = Past[outcome];
            if (outcome == 0) {
                const int doneDay = std::clamp(dueDay + r.between(-3, 2), createdDay, m_days - 1);
                const int minute =
                    doneDay == createdDay ? workMinute(11 * 60, 18 * 60) : workMinute(9 * 60, 19 * 60);
                t.completedAt = at(doneDay, minute);
            }
        } else {
            t.status = r.chance(0.85) ? u"open"_s : u"in_progress"_s;
        }
        if (r.chance(0.12))
            t.notes = r.chance(0.5) ? u"注意发票抬头与税号"_s : u"客户要求工作日下午送货"_s;
        batch.tasks << t;
        addComment(batch, t);
    };
    const int today = m_days - 1;
    for (const qsizetype ref : std::as_const(openOpportunities)) {
        const Opportunity &o = batch.opportunities.at(ref - 1);
        const int due = today + r.between(-7, 21);
        addTask((r.chance(0.5) ? u"准备%1方案"_s : u"跟进%1报价"_s).arg(o.title), due,
                std::max(firstDay, due - r.between(3, 14)), ref);
    }
    for (const Placed &pl : std::as_const(placed)) {
        if (!r.chance(0.25))
            continue;
        const Order &o = batch.orders.at(pl.order);
        const int due = pl.day + r.between(3, 20);
        if (due <= today + 30)
            addTask((r.chance(0.5) ? u"跟进%1回款"_s : u"安排%1送货"_s).arg(o.orderNo), due, pl.day, 0);
    }
    if (p.status == Status::Lead && r.chance(0.6))
        addTask(u"首次拜访%1"_s.arg(shortName), today + r.between(-10, 14), std::max(firstDay, today - 20),
                0);
    if (!placed.isEmpty() && r.chance(0.2))
        addTask(u"回访%1"_s.arg(shortName), today + r.between(-20, 30), std::max(firstDay, today - 40), 0);
    if (p.status == Status::Dormant && r.chance(0.4))
        addTask(u"唤醒沉睡客户：%1"_s.arg(shortName), today + r.between(-15, 30),
                std::max(firstDay, today - 30), 0);

    // ---- the rest of the customer's record
    QStringList tags;
    if (p.size == 2 && r.chance(0.6))
        tags << u"重点客户"_s;
    if (c.industry == u"教育"_s)
        tags << u"学校"_s << u"政府采购"_s;
    if (c.industry == u"医疗卫生"_s)
        tags << u"医院"_s << u"招投标"_s;
    if (p.status == Status::Lead)
        tags << u"新客户"_s;
    if (r.chance(0.15))
        tags << u"价格敏感"_s;
    if (p.lines > 20 && r.chance(0.4))
        tags << u"长期合作"_s;
    if (r.chance(0.08))
        tags << u"月结"_s;
    if (p.status == Status::Dormant && r.chance(0.5))
        tags << u"需回访"_s;
    c.tags = tags;
    if (p.status == Status::Lost && r.chance(0.6))
        c.notes = u"已流失："_s + r.pick(LostReasons);
    else if (r.chance(0.15))
        c.notes = r.pick(CustomerNotes).toString();
    const int consent = r.weighted({30, 8, 62});
    if (consent < 2 && firstDay <= lastDay) {
        c.consent = consent == 0;
        c.consentDate = date(r.between(firstDay, lastDay));
        c.consentMethod = consent == 0 ? r.pick(ConsentMethods).toString() : u"电话询问时拒绝"_s;
    }
    c.createdAt = at(p.acquired, workMinute(9 * 60, 18 * 60));
    c.updatedAt = std::max(c.createdAt, at(latest));
    batch.customers << c;
}

// Every rep's monthly report, set by the team's manager.
void Generation::buildInternalTasks(Batch &batch)
{
    const int today = m_days - 1;
    for (const RepInfo &rep : std::as_const(m_reps)) {
        for (int m = 0; m < m_options.months; ++m) {
            const QDate month = m_start.addMonths(m);
            const int due = int(m_start.daysTo(month.addMonths(1))) - 1; // the month's last day
            const int created = std::max(0, due - 6);
            if (created > today)
                break;
            Task t;
            t.title = u"提交%1年%2月销售月报"_s.arg(month.year()).arg(month.month());
            t.assigneeId = rep.id;
            t.creatorId = m_teams.at(rep.team).managerId;
            t.dueDate = date(due);
            t.createdAt = at(created, workMinute(9 * 60, 10 * 60));
            if (due < today && m_random.chance(0.95)) {
                t.status = u"done"_s;
                t.completedAt = at(std::clamp(due + m_random.between(-2, 1), created, today),
                                   workMinute(15 * 60, 19 * 60));
            } else {
                t.status = due < today ? u"in_progress"_s : u"open"_s;
            }
            batch.tasks << t;
            addComment(batch, t);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Writing a batch through the repositories' bulk methods.

bool Generation::write(Batch &b, int fromPercent, int toPercent, const QString &stage)
{
    int part = 0;
    const auto progress = [&] { return report(fromPercent + (toPercent - fromPercent) * ++part / 5, stage); };
    const AccessScope admin = AccessScope::administrator();
    QList<QList<qint64>> people;
    const BulkResult created = CustomerRepository(m_db, admin).createMany(b.customers, b.contacts, &people);
    if (!created.ok())
        return failBulk(created);
    const auto customerId = [&](qint64 ref) { return ref ? created.ids.at(ref - 1) : 0; };
    QList<qint64> contactIds; // in the order the batch made them
    contactIds.reserve(b.contactCount);
    for (const QList<qint64> &ids : std::as_const(people))
        contactIds << ids;

    if (!progress())
        return false;
    for (Activity &a : b.activities) {
        a.customerId = customerId(a.customerId);
        a.contactId = a.contactId ? contactIds.at(a.contactId - 1) : 0;
    }
    const BulkResult activities = ActivityRepository(m_db, admin).createMany(b.activities);
    if (!activities.ok())
        return failBulk(activities);
    if (!progress())
        return false;

    for (Opportunity &o : b.opportunities)
        o.customerId = customerId(o.customerId);
    const BulkResult opportunities =
        OpportunityRepository(m_db, admin).createMany(b.opportunities, b.histories);
    if (!opportunities.ok())
        return failBulk(opportunities);
    if (!progress())
        return false;

    for (Order &o : b.orders)
        o.customerId = customerId(o.customerId);
    const BulkResult orders = OrderRepository(m_db, admin).createMany(b.orders);
    if (!orders.ok())
        return failBulk(orders);
    QList<Payment> payments;
    for (qsizetype i = 0; i < b.orders.size(); ++i)
        addPayments(b.orders.at(i), orders.ids.at(i), payments);
    const BulkResult paid = PaymentRepository(m_db, admin).createMany(payments);
    if (!paid.ok())
        return failBulk(paid);
    m_result.payments += payments.size();
    for (const Payment &p : std::as_const(payments))
        m_result.collectedFen += p.amountFen;
    if (!progress())
        return false;

    for (Task &t : b.tasks) {
        t.customerId = customerId(t.customerId);
        t.opportunityId = t.opportunityId ? opportunities.ids.at(t.opportunityId - 1) : 0;
    }
    const BulkResult tasks = TaskRepository(m_db, admin).createMany(b.tasks);
    if (!tasks.ok())
        return failBulk(tasks);
    for (TaskComment &c : b.comments)
        c.taskId = tasks.ids.at(c.taskId - 1);
    const BulkResult comments = TaskRepository(m_db, admin).addComments(b.comments);
    if (!comments.ok())
        return failBulk(comments);

    if (!progress())
        return false;
    m_result.customers += b.customers.size();
    m_result.contacts += b.contactCount;
    m_result.activities += b.activities.size();
    m_result.opportunities += b.opportunities.size();
    for (const QList<StageChange> &h : std::as_const(b.histories))
        m_result.stageChanges += h.size();
    m_result.orders += b.orders.size();
    for (const Order &o : std::as_const(b.orders))
        m_result.orderLines += o.lines.size();
    m_result.tasks += b.tasks.size();
    return true;
}

// Paid orders were paid in full: small ones (under ¥5,000) on the day or within a week by WeChat,
// Alipay, card or cash; larger ones by transfer (now and then a bank acceptance draft or a
// cheque) on 30 or 60 days' terms or before delivery, big ones (¥50,000 and more) with 30% paid
// in advance and the rest later. Shipped and confirmed orders of ¥20,000 and more often have
// their advance paid. Draft and cancelled orders have nothing. Nothing is paid after today.
void Generation::addPayments(const Order &o, qint64 id, QList<Payment> &payments)
{
    if (o.status == u"cancelled"_s || o.status == u"draft"_s || o.totalFen <= 0)
        return;
    Random &r = m_paymentRandom;
    const QDate today = m_options.today;
    const bool small = o.totalFen < 500000;
    const auto add = [&](QDate day, qint64 amount, const QString &notes) {
        // A paid order whose terms run past today was paid early, some day since it was placed.
        if (day > today)
            day = o.orderDate.addDays(r.between(0, int(std::max<qint64>(0, o.orderDate.daysTo(today)))));
        Payment p;
        p.paidOn = day;
        p.customerId = o.customerId;
        p.orderId = id;
        p.memberId = o.memberId;
        p.amountFen = amount;
        p.paymentNo =
            u"HK%1-%2"_s.arg(day.toString(u"yyyyMMdd"_s)).arg(++m_paymentsOnDay[day], 4, 10, QChar(u'0'));
        static const QString SmallMethods[] = {u"wechat"_s, u"alipay"_s, u"card"_s, u"cash"_s};
        static const QString LargeMethods[] = {u"transfer"_s, u"draft"_s, u"cheque"_s};
        p.method = small ? SmallMethods[r.weighted({45, 25, 15, 15})] : LargeMethods[r.weighted({85, 10, 5})];
        p.notes = notes;
        p.createdAt = QDateTime(day, QTime(9, 0).addSecs(60 * 5 * r.between(0, 108))).toUTC();
        payments << p;
    };
    const qint64 advance = o.totalFen >= 2000000 ? o.totalFen * 3 / 10 / 100 * 100 : 0;
    if (o.status != u"paid"_s) {
        if (advance && r.chance(0.4))
            add(o.orderDate, advance, u"预付款30%"_s);
        return;
    }
    if (small) {
        add(o.orderDate.addDays(r.chance(0.7) ? 0 : r.between(1, 7)), o.totalFen, {});
        return;
    }
    const int terms = std::array{0, 30, 30, 30, 60, 60}[std::size_t(r.below(6))];
    const QDate due = o.orderDate.addDays(terms ? terms + r.between(-5, 12) : 0);
    if (o.totalFen >= 5000000) {
        add(o.orderDate, advance, u"预付款30%"_s);
        add(std::max(due, o.orderDate.addDays(1)), o.totalFen - advance, u"尾款"_s);
    } else {
        add(due, o.totalFen, {});
    }
}

// Monthly targets for every rep (revenue, collected payments, visits) from the rep's own record:
// the average month of the history plus a tenth, rounded up to ¥1,000 (visits to 5), for every month of the
// history and the two to come. A team's target is the sum of its reps' (bottom-up), so teams get
// none of their own.
bool Generation::createTargets()
{
    const QSqlDatabase db = m_db.connectionForThread();
    QHash<qint64, qint64> revenue;
    QHash<qint64, qint64> visits;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT member_id, sum(total_fen) FROM sales_order WHERE deleted = 0 AND status <> "
                u"'cancelled' GROUP BY member_id"_s))
        return fail(q.lastError().text());
    while (q.next())
        revenue.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    if (!q.exec(u"SELECT member_id, count(*) FROM activity WHERE deleted = 0 AND kind = 'visit' "
                u"GROUP BY member_id"_s))
        return fail(q.lastError().text());
    while (q.next())
        visits.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    QHash<qint64, qint64> collected;
    if (!q.exec(u"SELECT member_id, sum(amount_fen) FROM payment WHERE deleted = 0 GROUP BY member_id"_s))
        return fail(q.lastError().text());
    while (q.next())
        collected.insert(q.value(0).toLongLong(), q.value(1).toLongLong());

    const auto monthly = [this](qint64 total, qint64 step) {
        const qint64 goal = total * 11 / (10 * qint64(m_options.months));
        return std::max(step, (goal + step - 1) / step * step);
    };
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO target (uuid, member_id, metric, period_kind, period_start, value, "
                        u"hlc, device_id) VALUES (?, ?, ?, 'month', ?, ?, ?, ?)"_s))
        return fail(insert.lastError().text());
    const QDate firstMonth(m_start.year(), m_start.month(), 1);
    for (const RepInfo &rep : std::as_const(m_reps)) {
        const std::array<std::pair<QString, qint64>, 3> goals{
            std::pair{u"revenue"_s, monthly(revenue.value(rep.id), 100000)},
            std::pair{u"collected"_s, monthly(collected.value(rep.id), 100000)},
            std::pair{u"visits"_s, monthly(visits.value(rep.id), 5)}};
        for (int m = 0; m < m_options.months + 2; ++m) {
            for (const auto &[metric, value] : goals) {
                const SyncStamp stamp = m_db.stamp();
                insert.addBindValue(Repository::newUuid());
                insert.addBindValue(rep.id);
                insert.addBindValue(metric);
                insert.addBindValue(firstMonth.addMonths(m).toString(Qt::ISODate));
                insert.addBindValue(value);
                insert.addBindValue(qint64(stamp.hlc));
                insert.addBindValue(stamp.deviceId);
                if (!insert.exec())
                    return fail(insert.lastError().text());
                ++m_result.targets;
            }
        }
    }
    return true;
}

// One commission plan for every rep, in force from the first month of the history, so that the
// commission statements have something to show: nothing below 50% of the target, then 2%, 3%
// from 80%, and accelerators of 5% from 100% and 7% from 120% on the whole revenue.
bool Generation::createCommissionPlan()
{
    const QSqlDatabase db = m_db.connectionForThread();
    QSqlQuery q(db);
    const SyncStamp stamp = m_db.stamp();
    q.prepare(
        u"INSERT INTO commission_plan (uuid, name, role, valid_from, mode, floor_bp, notes, created_at, "
        u"hlc, device_id) VALUES (?, ?, 'rep', ?, 'tier', 5000, ?, ?, ?, ?)"_s);
    q.addBindValue(Repository::newUuid());
    q.addBindValue(u"销售代表提成"_s); // demo data is the Chinese company's, as its names are
    q.addBindValue(QDate(m_start.year(), m_start.month(), 1).toString(Qt::ISODate));
    q.addBindValue(u"演示方案：提成比例随月度目标达成率提高。"_s);
    q.addBindValue(Repository::nowUtc());
    q.addBindValue(qint64(stamp.hlc));
    q.addBindValue(stamp.deviceId);
    if (!q.exec())
        return fail(q.lastError().text());
    const qint64 plan = q.lastInsertId().toLongLong();
    if (!q.prepare(
            u"INSERT INTO commission_tier (uuid, plan_id, from_bp, rate_bp, hlc, device_id) VALUES (?, ?, "
            u"?, ?, ?, ?)"_s))
        return fail(q.lastError().text());
    for (const auto &[fromBp, rateBp] : {std::pair{0, 200}, {8000, 300}, {10000, 500}, {12000, 700}}) {
        const SyncStamp tierStamp = m_db.stamp();
        q.addBindValue(Repository::newUuid());
        q.addBindValue(plan);
        q.addBindValue(fromBp);
        q.addBindValue(rateBp);
        q.addBindValue(qint64(tierStamp.hlc));
        q.addBindValue(tierStamp.deviceId);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    ++m_result.commissionPlans;
    return true;
}

// Training and development, cheap and apart from the rest: a session a month for the last six
// months (the whole sales force invited, most come, those who come are scored), and a plan for
// every rep with goals, skills, three milestones around today and a review by their manager. A
// random stream of its own keeps every other row of the demo what it was before.
bool Generation::createTraining()
{
    Random r(m_options.seed ^ 0x7472616E696E67ULL);
    const QSqlDatabase db = m_db.connectionForThread();
    QSqlQuery q(db);
    const auto run = [&](const QString &sql, const QVariantList &values) -> qint64 {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        const SyncStamp stamp = m_db.stamp();
        q.addBindValue(qint64(stamp.hlc));
        q.addBindValue(stamp.deviceId);
        return q.exec() ? q.lastInsertId().toLongLong() : 0;
    };
    static const std::array<std::pair<const char *, const char *>, 6> sessions{{
        {"product_knowledge", "新品线产品知识"},
        {"sales_skills", "大客户谈判技巧"},
        {"customer_communication", "客户投诉处理与沟通"},
        {"sales_skills", "顾问式销售"},
        {"product_knowledge", "竞品对比与卖点"},
        {"customer_communication", "商务礼仪与微信沟通"},
    }};
    static const std::array<const char *, 4> trainers{"陈志远", "周雅琴", "外聘讲师 林博", "市场部 何静"};
    const QDate today = m_options.today;
    const int count = std::min<int>(int(sessions.size()), std::max(1, m_options.months));
    for (int i = 0; i < count; ++i) {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-(count - 1 - i));
        const QDate day = std::min(today, month.addDays(r.between(4, 20)));
        const qint64 session =
            run(u"INSERT INTO training_session (uuid, topic, title, held_on, trainer, duration_min, "
                u"notes, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)"_s,
                {Repository::newUuid(), QString::fromLatin1(sessions[i].first),
                 QString::fromUtf8(sessions[i].second), day.toString(Qt::ISODate),
                 QString::fromUtf8(trainers[size_t(r.below(qint64(trainers.size())))]),
                 r.chance(0.5) ? 90 : 180});
        if (!session)
            return fail(q.lastError().text());
        ++m_result.trainings;
        for (const RepInfo &rep : std::as_const(m_reps)) {
            const bool came = r.chance(0.85);
            // Better sellers tend to score better, with a spread.
            const int score = std::clamp(int(62 + 16 * rep.skill + r.between(-12, 12)), 40, 100);
            if (!run(u"INSERT INTO training_attendance (uuid, session_id, member_id, attended, score, hlc, "
                     u"device_id) "
                     u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {Repository::newUuid(), session, rep.id, came ? 1 : 0,
                      came ? QVariant(score) : QVariant(QMetaType(QMetaType::Int))}))
                return fail(q.lastError().text());
        }
    }

    static const std::array<const char *, 6> skills{"产品知识", "谈判",     "客户关系",
                                                    "方案讲解", "回款管理", "团队带教"};
    static const std::array<const char *, 4> goals{"季度回款达成率 100%", "独立拿下一个 A 级客户",
                                                   "新客户开发每月 5 家", "带教一名新同事"};
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate lastQuarter = quarterStart.addMonths(-3);
    const QString reviewPeriod = u"%1-Q%2"_s.arg(lastQuarter.year()).arg((lastQuarter.month() - 1) / 3 + 1);
    for (const RepInfo &rep : std::as_const(m_reps)) {
        const bool strong = rep.skill >= 1.2;
        const qint64 plan =
            run(u"INSERT INTO development_plan (uuid, member_id, current_position, target_position, "
                u"status, notes, hlc, device_id) VALUES (?, ?, ?, ?, 'active', '', ?, ?)"_s,
                {Repository::newUuid(), rep.id, strong ? u"senior_rep"_s : u"rep"_s,
                 strong ? u"team_lead"_s : u"senior_rep"_s});
        if (!plan)
            return fail(q.lastError().text());
        ++m_result.plans;
        for (int g = 0; g < 2; ++g) {
            if (!run(u"INSERT INTO plan_goal (uuid, plan_id, position, text, achieved, hlc, device_id) "
                     u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {Repository::newUuid(), plan, g + 1,
                      QString::fromUtf8(goals[size_t((rep.id + g) % qint64(goals.size()))]),
                      g == 0 && r.chance(0.4)}))
                return fail(q.lastError().text());
        }
        for (int k = 0; k < 3; ++k) {
            const int level = r.between(1, strong ? 4 : 3);
            if (!run(u"INSERT INTO plan_skill (uuid, plan_id, name, current_level, target_level, hlc, "
                     u"device_id) "
                     u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {Repository::newUuid(), plan,
                      QString::fromUtf8(skills[size_t((rep.id * 2 + k) % qint64(skills.size()))]), level,
                      std::min(5, level + r.between(1, 2))}))
                return fail(q.lastError().text());
        }
        // One behind them, one under way, one ahead.
        const std::array<std::tuple<const char *, int, const char *>, 3> milestones{{
            {"完成谈判技巧课程", -r.between(20, 60), r.chance(0.8) ? "done" : "missed"},
            {"独立负责重点客户", r.between(-10, 30), "in_progress"},
            {strong ? "带领小组完成季度目标" : "晋升答辩", r.between(60, 150), "planned"},
        }};
        for (const auto &[title, offset, status] : milestones) {
            if (!run(u"INSERT INTO plan_milestone (uuid, plan_id, title, due_date, status, hlc, device_id) "
                     u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {Repository::newUuid(), plan, QString::fromUtf8(title),
                      today.addDays(offset).toString(Qt::ISODate), QString::fromLatin1(status)}))
                return fail(q.lastError().text());
        }
        const qint64 manager = m_teams.at(rep.team).managerId;
        if (lastQuarter >= m_start &&
            !run(u"INSERT INTO plan_review (uuid, plan_id, reviewer_id, period, comment, reviewed_on, hlc, "
                 u"device_id) "
                 u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {Repository::newUuid(), plan, manager, reviewPeriod,
                  strong ? u"业绩稳定，可以开始带新人。"_s : u"积极主动，谈判能力还需提升。"_s,
                  std::min(today, quarterStart.addDays(r.between(3, 12))).toString(Qt::ISODate)}))
            return fail(q.lastError().text());
    }
    return true;
}

bool Generation::run()
{
    buildCalendar();
    if (!report(0, DemoGenerator::tr("Creating the organisation and the product catalogue")))
        return false;
    if (!createOrganisation() || !createProducts() || !loadStages() || !planCustomers())
        return false;
    const QString making = DemoGenerator::tr("Creating customers, activities and orders");
    if (!report(3, making))
        return false;
    // Batches bound memory and set the pace of progress reports; the data is the same whatever
    // their size, since every draw happens in customer order. They are large because each bulk
    // write is a savepoint, and SQLCipher encrypts every page a savepoint journals.
    const qsizetype total = m_plans.size();
    const qsizetype chunk = std::clamp<qsizetype>(total / 20, 200, 5000);
    for (qsizetype from = 0; from < total; from += chunk) {
        Batch batch;
        const qsizetype to = std::min(total, from + chunk);
        for (qsizetype i = from; i < to; ++i)
            buildCustomer(i, batch);
        if (!write(batch, 3 + int(94 * from / total), 3 + int(94 * to / total), making))
            return false;
    }
    const QString teamTasks = DemoGenerator::tr("Creating the team's own tasks");
    if (!report(97, teamTasks))
        return false;
    Batch internal;
    buildInternalTasks(internal);
    if (!write(internal, 97, 97, teamTasks))
        return false;
    if (!createTargets() || !createCommissionPlan() || !createTraining())
        return false;
    return report(98, DemoGenerator::tr("Saving"));
}

} // namespace

// ---------------------------------------------------------------------------------------------

DemoGenerator::DemoGenerator(Options options) : m_options(std::move(options)) {}

QString DemoGenerator::checkOptions(const Options &o)
{
    if (o.reps < 1 || o.reps > 5000)
        return tr("The number of reps must be from 1 to 5,000.");
    if (o.customers < 0 || o.customers > 2000000)
        return tr("The number of customers must be from 0 to 2,000,000.");
    if (o.months < 1 || o.months > 120)
        return tr("The history must be from 1 to 120 months long.");
    if (o.orderLines < 0 || o.orderLines > 50000000)
        return tr("The number of order lines must be from 0 to 50,000,000.");
    if (o.orderLines > 0 && o.customers == 0)
        return tr("Order lines need customers to order them.");
    if (!o.today.isValid())
        return tr("The end date of the history is not a valid date.");
    return {};
}

DemoGenerator::Result DemoGenerator::generate(Database &db)
{
    Result result;
    result.error = checkOptions(m_options);
    if (!result.error.isEmpty())
        return result;
    if (!db.isOpen() || db.isReadOnly()) {
        result.error = tr("Demo data needs a database open for writing.");
        return result;
    }
    CustomerRepository customers(db, AccessScope::administrator());
    CustomerFilter deleted;
    deleted.deleted = true;
    if (customers.count({}) > 0 || customers.count(deleted) > 0) {
        result.error =
            tr("This database already has customers. Demo data goes only into a new, empty database.");
        return result;
    }

    // Inserts land all over the uuid and other indexes of the big tables: a page cache that holds
    // them spares decrypting and encrypting the same pages again and again (a third off the time
    // of a million order lines). Back to what it was when done.
    const int cacheBefore = db.cacheSizeMiB();
    const int cacheWanted = int(std::min<qint64>(MaxCacheMiB, 32 + m_options.orderLines / 4000));
    if (cacheWanted > cacheBefore)
        db.setCacheSizeMiB(cacheWanted);
    const auto restoreCache = qScopeGuard([&] {
        if (cacheWanted > cacheBefore)
            db.setCacheSizeMiB(cacheBefore);
    });

    // One transaction for everything: the repositories' own transactions nest inside it as
    // savepoints, and a cancel or a failure rolls all of it back.
    Transaction tx(db.connectionForThread());
    if (!tx.isActive()) {
        result.error = tr("The demo data could not be written: %1").arg(tx.lastError().text());
        return result;
    }
    Generation generation(m_options, db, result);
    if (!generation.run()) {
        tx.rollback();
        const bool cancelled = result.cancelled;
        const QString error = result.error;
        result = Result();
        result.cancelled = cancelled;
        result.error = error;
        return result;
    }
    // The analytics rollups of all of it, derived once here, so the first dashboard is quick.
    analytics::Rollups::refresh(db.connectionForThread());
    if (!tx.commit()) {
        const QString error = tx.lastError().text();
        result = Result();
        result.error = tr("The demo data could not be written: %1").arg(error);
        return result;
    }
    if (m_options.progress)
        m_options.progress(100, tr("Done"));
    return result;
}

} // namespace frontline
