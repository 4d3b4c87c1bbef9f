#include "CrmFixture.h"

#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/OrgRepository.h"
#include "repositories/TaskRepository.h"

using namespace Qt::StringLiterals;

namespace frontline::test {

AccessScope CrmFixture::scopeOf(Database &db, const QString &code) const
{
    return AccessScope::forMember(db.connection(), members.value(code))
        .value_or(AccessScope::administrator());
}

QString CrmFixture::build(Database &db)
{
    OrgRepository org(db, AccessScope::administrator());
    const auto team = [&](const QString &name, qint64 parent, const QString &kind) {
        return org.addTeam(Team{0, {}, parent, name, kind}).id;
    };
    company = team(u"华星贸易"_s, 0, u"company"_s);
    region = team(u"华东大区"_s, company, u"region"_s);
    teamA = team(u"一组"_s, region, u"team"_s);
    teamB = team(u"二组"_s, region, u"team"_s);
    if (!company || !region || !teamA || !teamB)
        return u"teams: "_s + org.lastError();
    const auto member = [&](const QString &code, const QString &name, Role role, qint64 teamId) {
        Member m;
        m.code = code;
        m.name = name;
        m.role = role;
        m.teamId = teamId;
        const SaveResult r = org.addMember(m);
        members.insert(code, r.id);
        return r.ok() ? QString() : code + u": "_s + r.message();
    };
    for (const QString &problem :
         {member(u"A1"_s, u"管理员"_s, Role::Admin, company),
          member(u"S1"_s, u"客服小周"_s, Role::Support, company),
          member(u"M1"_s, u"王经理"_s, Role::Manager, teamA), member(u"R1"_s, u"张伟"_s, Role::Rep, teamA),
          member(u"R2"_s, u"李娜"_s, Role::Rep, teamA), member(u"R3"_s, u"刘洋"_s, Role::Rep, teamB)}) {
        if (!problem.isEmpty())
            return problem;
    }

    OrderRepository orderRepo(db, AccessScope::administrator());
    const SaveResult p =
        orderRepo.addProduct(Product{0, {}, u"SKU-001"_s, u"办公椅"_s, u"家具"_s, 45000, true});
    if (!p.ok())
        return u"product: "_s + p.message();
    product = p.id;

    CustomerRepository customerRepo(db, AccessScope::administrator());
    ActivityRepository activityRepo(db, AccessScope::administrator());
    OpportunityRepository opportunityRepo(db, AccessScope::administrator());
    TaskRepository taskRepo(db, AccessScope::administrator());
    struct Seed
    {
        QString key, name, owner, phone, email;
    };
    const QList<Seed> seeds = {
        {u"c1"_s, u"北京华联商厦"_s, u"R1"_s, u"138 0013 8000"_s, u"BJ@HuaLian.cn"_s},
        {u"c2"_s, u"上海宝钢贸易"_s, u"R2"_s, u"021-50123456"_s, QString()},
        {u"c3"_s, u"广州白云制药"_s, u"R3"_s, u"+86 139 1234 5678"_s, u"gz@baiyun.com"_s},
    };
    int n = 0;
    for (const Seed &s : seeds) {
        ++n;
        Customer c;
        c.name = s.name;
        c.ownerId = members.value(s.owner);
        c.status = u"active"_s;
        c.region = u"华东"_s;
        c.source = u"visit"_s;
        c.points << ContactPoint{u"phone"_s, s.phone, {}, true};
        if (!s.email.isEmpty())
            c.points << ContactPoint{u"email"_s, s.email, {}, true};
        const SaveResult r = customerRepo.create(c);
        if (!r.ok())
            return s.key + u": "_s + r.message();
        customers.insert(s.key, r.id);

        Activity a;
        a.customerId = r.id;
        a.memberId = c.ownerId;
        a.kind = u"visit"_s;
        a.occurredAt = QDateTime(QDate(2025, 3, n), QTime(10, 0), Qt::UTC);
        a.summary = u"拜访 "_s + s.name;
        a.satisfaction = 4;
        if (const SaveResult ar = activityRepo.create(a); !ar.ok())
            return u"activity: "_s + ar.message();

        Opportunity o;
        o.customerId = r.id;
        o.ownerId = c.ownerId;
        o.title = s.name + u" 采购"_s;
        o.amountFen = 1000000 * n; // ¥10,000 × n
        if (const SaveResult orr = opportunityRepo.create(o); !orr.ok())
            return u"opportunity: "_s + orr.message();

        Order order;
        order.orderNo = u"SO-2025-00%1"_s.arg(n);
        order.orderDate = QDate(2025, 3, 10 + n);
        order.customerId = r.id;
        order.memberId = c.ownerId;
        order.lines << OrderLine{0, product, 2, 45000, 0, {}, {}}
                    << OrderLine{0, product, 1, 45000, 40000, {}, {}};
        const SaveResult orderResult = orderRepo.create(order);
        if (!orderResult.ok())
            return u"order: "_s + orderResult.message();
        orders.insert(s.key, orderResult.id);

        Task t;
        t.title = u"回访 "_s + s.name;
        t.assigneeId = c.ownerId;
        t.customerId = r.id;
        t.dueDate = QDate(2025, 4, n);
        if (const SaveResult tr = taskRepo.create(t); !tr.ok())
            return u"task: "_s + tr.message();
    }
    return {};
}

} // namespace frontline::test
