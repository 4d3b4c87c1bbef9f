// Targets: one row is a member's or a team's target for a month, quarter or year and a metric of
// the engine (revenue in ¥, else a count). Stored through TargetPlanner, so the same rules hold
// as in the Team page and `frontline-cli target`: managers plan within their subtree, admins
// anywhere. A target already there with the same value is skipped (re-importing changes
// nothing); one with another value is updated, and undo puts the old value back. Members and
// teams are never created here: a target for someone unknown is a reject.
#include "ImportKind.h"
#include "ImportKinds.h"
#include "ImportStore.h"
#include "analytics/MetricsEngine.h"
#include "performance/TargetPlanner.h"
#include "repositories/AccessScope.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

using analytics::Measure;
using analytics::Metrics;
using analytics::Period;

enum Field
{
    Member,
    Team,
    PeriodField,
    MetricField,
    Value,
};

struct Existing
{
    qint64 id = 0;
    qint64 value = 0;
};

class TargetKind : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(frontline::TargetImport)
public:
    QString key() const override { return u"targets"_s; }
    QString label() const override { return tr("targets"); }
    QList<ImportField> fields() const override
    {
        return {
            {u"member"_s,
             tr("member"),
             {u"业务员"_s, u"销售员"_s, u"成员"_s, u"员工"_s, u"姓名"_s, u"业务员编号"_s, u"工号"_s,
              u"销售代表"_s, u"负责人"_s, u"Rep"_s, u"Rep Code"_s, u"Member"_s, u"Salesperson"_s,
              u"Sales Rep"_s, u"Owner"_s, u"Employee"_s}},
            {u"team"_s,
             tr("team"),
             {u"团队"_s, u"部门"_s, u"小组"_s, u"销售团队"_s, u"Team"_s, u"Department"_s, u"Sales Team"_s}},
            {u"period"_s,
             tr("period"),
             {u"期间"_s, u"月份"_s, u"月度"_s, u"季度"_s, u"年度"_s, u"周期"_s, u"目标期间"_s, u"时间"_s,
              u"Period"_s, u"Month"_s, u"Quarter"_s, u"Year"_s},
             true},
            {u"metric"_s,
             tr("metric"),
             {u"指标"_s, u"考核指标"_s, u"目标类型"_s, u"指标名称"_s, u"Metric"_s, u"Measure"_s, u"KPI"_s,
              u"Target Type"_s}},
            {u"value"_s,
             tr("target value"),
             {u"目标"_s, u"目标值"_s, u"目标额"_s, u"目标金额"_s, u"指标值"_s, u"任务"_s, u"任务额"_s,
              u"Target"_s, u"Target Value"_s, u"Goal"_s, u"Quota"_s, u"Amount"_s},
             true},
        };
    }
    bool allowed(const AccessScope &scope, QString *why) const override
    {
        if (scope.role() == Role::Admin || scope.role() == Role::Manager)
            return true;
        *why = tr("Only managers and administrators import targets.");
        return false;
    }
    QStringList missing(const QSet<QString> &mapped) const override
    {
        QStringList labels = ImportKind::missing(mapped);
        if (!mapped.contains(u"member"_s) && !mapped.contains(u"team"_s))
            labels << tr("member or team");
        return labels;
    }
    bool begin(ImportSession &session) override;
    RowAction process(const ImportRow &row, ImportSession &session) override;
    bool finish(ImportSession &) override { return true; }

    static std::optional<Period> period(const QVariant &cell);
    static std::optional<Measure> measure(const QString &text);

private:
    std::unique_ptr<performance::TargetPlanner> m_planner;
    QHash<QString, Existing> m_existing; // subject|metric|kind|start → target
};

QString targetKey(qint64 memberId, qint64 teamId, const QString &metric, const QString &kind,
                  const QDate &start)
{
    return (memberId ? u"m%1"_s.arg(memberId) : u"t%1"_s.arg(teamId)) + u'|' + metric + u'|' + kind + u'|' +
           start.toString(Qt::ISODate);
}

std::optional<Period> TargetKind::period(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double: {
        const double v = cell.toDouble();
        if (v >= 1900 && v <= 2200 && v == std::floor(v))
            return Period::year(int(v)); // a year typed as a number
        break;                           // else an Excel serial date, below
    }
    default:
        break;
    }
    const QString t = ImportCleaner::text(cell);
    static const QRegularExpression quarter(
        u"^(\\d{4})\\s*(?:年\\s*)?(?:第\\s*([1-4一二三四])\\s*季度?|[-/ ]?\\s*Q([1-4]))$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quarterFirst(u"^Q([1-4])\\s*[-/ ]?\\s*(\\d{4})$"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression year(u"^(\\d{4})\\s*(?:年度?|FY)?$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = quarter.match(t);
    if (m.hasMatch()) {
        const QString q = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
        static const QString chinese = u"一二三四"_s;
        const int n = chinese.contains(q) ? int(chinese.indexOf(q)) + 1 : q.toInt();
        return Period::quarter(m.captured(1).toInt(), n);
    }
    if ((m = quarterFirst.match(t)).hasMatch())
        return Period::quarter(m.captured(2).toInt(), m.captured(1).toInt());
    if ((m = year.match(t)).hasMatch())
        return Period::year(m.captured(1).toInt());
    // A month: "2025-03", "2025年3月", "2025/3", or any date in it (a date cell, 2025-03-01).
    const CleanDate date = ImportCleaner::date(cell);
    if (date.isValid())
        return Period::month(date.date.year(), date.date.month());
    static const QRegularExpression month(u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?份?$"_s);
    if ((m = month.match(t)).hasMatch()) {
        const Period p = Period::month(m.captured(1).toInt(), m.captured(2).toInt());
        if (p.isValid())
            return p;
    }
    return std::nullopt;
}

std::optional<Measure> TargetKind::measure(const QString &text)
{
    static const QHash<QString, Measure> synonyms = [] {
        QHash<QString, Measure> map;
        const auto add = [&](Measure m, std::initializer_list<QString> written) {
            map.insert(ImportCleaner::key(Metrics::key(m)), m);
            map.insert(ImportCleaner::key(Metrics::key(m).replace(u'_', u' ')), m);
            for (const QString &w : written)
                map.insert(ImportCleaner::key(w), m);
        };
        add(Measure::Revenue, {u"销售额"_s, u"营业额"_s, u"销售收入"_s, u"业绩"_s, u"收入"_s, u"成交额"_s,
                               u"销售业绩"_s, u"销售目标"_s, u"Sales"_s, u"Sales Amount"_s, u"Revenue"_s});
        add(Measure::Collected,
            {u"回款"_s, u"回款额"_s, u"回款金额"_s, u"回款目标"_s, u"收款"_s, u"收款金额"_s, u"到账金额"_s,
             u"Collections"_s, u"Collected"_s, u"Payments Received"_s, u"Cash Collected"_s});
        add(Measure::Orders, {u"订单数"_s, u"订单"_s, u"单数"_s, u"成交单数"_s, u"订单量"_s, u"Orders"_s,
                              u"Order Count"_s, u"Deals"_s});
        add(Measure::AverageOrderValue, {u"客单价"_s, u"平均订单金额"_s, u"Average Order Value"_s, u"AOV"_s});
        add(Measure::Quantity, {u"销量"_s, u"数量"_s, u"销售数量"_s, u"Units"_s, u"Quantity"_s});
        add(Measure::NewCustomers, {u"新客户"_s, u"新客户数"_s, u"新增客户"_s, u"新开客户"_s, u"新客"_s,
                                    u"New Customers"_s, u"New Accounts"_s});
        add(Measure::ActiveCustomers, {u"活跃客户"_s, u"活跃客户数"_s, u"Active Customers"_s});
        add(Measure::Visits, {u"拜访"_s, u"拜访次数"_s, u"拜访量"_s, u"客户拜访"_s, u"Visits"_s});
        add(Measure::Calls, {u"电话"_s, u"通话"_s, u"电话量"_s, u"电话次数"_s, u"Calls"_s});
        add(Measure::Activities, {u"跟进"_s, u"跟进次数"_s, u"活动"_s, u"活动数"_s, u"Activities"_s});
        add(Measure::Opportunities,
            {u"商机"_s, u"商机数"_s, u"新增商机"_s, u"Opportunities"_s, u"New Opportunities"_s});
        add(Measure::OpenPipeline, {u"商机金额"_s, u"在途商机"_s, u"Pipeline"_s, u"Open Pipeline"_s});
        add(Measure::WeightedPipeline, {u"加权商机金额"_s, u"Weighted Pipeline"_s});
        return map;
    }();
    const auto it = synonyms.constFind(ImportCleaner::key(text));
    if (it != synonyms.cend())
        return *it;
    for (const Measure m : Metrics::measures()) {
        if (ImportCleaner::key(Metrics::label(m)) == ImportCleaner::key(text))
            return m;
    }
    return std::nullopt;
}

bool TargetKind::begin(ImportSession &session)
{
    ImportStore &store = session.store();
    if (!store.loadMembers())
        return false;
    m_planner = std::make_unique<performance::TargetPlanner>(store.database(), session.scope());
    SqlStatement q(store.handle(), "SELECT id, coalesce(member_id, 0), coalesce(team_id, 0), metric, "
                                   "period_kind, period_start, value FROM target WHERE deleted = 0");
    while (q.next())
        m_existing.insert(targetKey(q.int64(1), q.int64(2), q.text(3), q.text(4),
                                    QDate::fromString(q.text(5), Qt::ISODate)),
                          Existing{q.int64(0), q.int64(6)});
    if (!q.ok())
        store.setError(q.error());
    return q.ok();
}

RowAction TargetKind::process(const ImportRow &row, ImportSession &session)
{
    ImportStore &store = session.store();
    qint64 memberId = 0, teamId = 0;
    if (row.has(Member)) {
        memberId = store.memberId(row.text(Member));
        if (memberId < 0)
            return session.reject(
                row, Member,
                tr("Several members are called \"%1\"; use the member code.").arg(row.text(Member)));
        if (memberId == 0)
            return session.reject(row, Member, tr("No member \"%1\".").arg(row.text(Member)));
    } else if (row.has(Team)) {
        teamId = store.teamId(row.text(Team));
        if (teamId == 0)
            return session.reject(row, Team, tr("No team \"%1\".").arg(row.text(Team)));
    } else {
        return session.reject(row, Member, tr("No member or team."));
    }
    const std::optional<Period> period = TargetKind::period(row.cell(PeriodField));
    if (!period || period->storedKind().isEmpty())
        return session.reject(row, PeriodField,
                              row.has(PeriodField)
                                  ? tr("\"%1\" is not a month, quarter or year (2025-03, 2025-Q1, 2025).")
                                        .arg(row.text(PeriodField))
                                  : tr("No period."));
    Measure measure = Measure::Revenue;
    if (row.has(MetricField)) {
        const std::optional<Measure> found = TargetKind::measure(row.text(MetricField));
        if (!found)
            return session.reject(row, MetricField, tr("No metric \"%1\".").arg(row.text(MetricField)));
        measure = *found;
    } else {
        session.filled(row, u"metric"_s, Metrics::key(measure));
    }
    const analytics::ValueType type = Metrics::type(measure);
    if (type != analytics::ValueType::Fen && type != analytics::ValueType::Count)
        return session.reject(
            row, MetricField,
            tr("Targets are amounts or counts; %1 is a rate.").arg(Metrics::label(measure)));
    const std::optional<qint64> value = type == analytics::ValueType::Fen
                                            ? ImportCleaner::fen(row.cell(Value))
                                            : ImportCleaner::quantity(row.cell(Value));
    if (!value)
        return session.reject(row, Value,
                              row.has(Value)
                                  ? (type == analytics::ValueType::Fen
                                         ? tr("\"%1\" is not an amount.").arg(row.text(Value))
                                         : tr("\"%1\" is not a whole number.").arg(row.text(Value)))
                                  : tr("No target value."));
    if (*value < 0)
        return session.reject(row, Value, tr("A target cannot be negative."));

    const QString key =
        targetKey(memberId, teamId, Metrics::key(measure), period->storedKind(), period->from());
    const auto it = m_existing.find(key);
    if (it != m_existing.end() && it->value == *value) {
        session.logged(row, RowAction::Skipped, u"target"_s, it->id, tr("The same target is there already."));
        return RowAction::Skipped;
    }
    if (memberId && !session.scope().canSeeOwner(memberId))
        return session.reject(row, Member,
                              tr("%1 is outside your team; no target was set.").arg(row.text(Member)));
    performance::TargetRow target;
    target.memberId = memberId;
    target.teamId = teamId;
    target.measure = measure;
    target.period = *period;
    target.value = *value;
    const SaveResult saved = m_planner->set(target);
    if (!saved.ok()) // out of the manager's reach, or refused by the planner's rules
        return session.reject(row, saved.fieldErrors.isEmpty() ? (memberId ? Member : Team) : Value,
                              saved.message());
    if (it != m_existing.end()) {
        if (!store.changed(u"target"_s, it->id, u"value"_s, it->value, *value)) {
            session.fail(store.errorText());
            return RowAction::Rejected;
        }
        session.logged(row, RowAction::Updated, u"target"_s, it->id,
                       tr("Target changed from %1 to %2.").arg(it->value).arg(*value));
        it->value = *value;
        return RowAction::Updated;
    }
    store.inserted("target", saved.id);
    m_existing.insert(key, Existing{saved.id, *value});
    if (session.wantsPreview())
        session.preview(QVariantMap{{u"row"_s, row.number()},
                                    {u"action"_s, u"insert"_s},
                                    {u"member"_s, memberId ? store.memberName(memberId) : QVariant()},
                                    {u"team"_s, teamId ? row.text(Team) : QVariant()},
                                    {u"period"_s, period->key()},
                                    {u"metric"_s, Metrics::key(measure)},
                                    {u"value"_s, *value}});
    return RowAction::Inserted;
}

} // namespace

std::unique_ptr<ImportKind> createTargetKind()
{
    return std::make_unique<TargetKind>();
}

} // namespace frontline
