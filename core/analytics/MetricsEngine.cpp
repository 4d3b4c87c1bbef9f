#include "MetricsEngine.h"

#include "PipelineState.h"
#include "domain/Vocabulary.h"
#include "repositories/OpportunityRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline::analytics {

namespace {

// A piece of SQL with its bound values, in text order.
struct Sql
{
    QString text;
    QVariantList binds;

    Sql &operator<<(const QString &s)
    {
        text += s;
        return *this;
    }
    Sql &bind(const QVariant &v)
    {
        binds << v;
        return *this;
    }
    Sql &operator<<(const Sql &other)
    {
        text += other.text;
        binds += other.binds;
        return *this;
    }
};

Sql inTexts(const QString &column, const QStringList &values)
{
    Sql s;
    if (values.isEmpty())
        return s;
    s << u" AND "_s << column << u" IN ("_s;
    for (qsizetype i = 0; i < values.size(); ++i) {
        s << (i ? u", ?"_s : u"?"_s);
        s.bind(values.at(i));
    }
    s << u")"_s;
    return s;
}

// Ids are integers, never user text: written into the SQL.
QString inIds(const QString &column, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return u" AND "_s + column + u" IN ("_s + parts.join(u',') + u')';
}

QString utcStart(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString monthText(const QDate &d)
{
    return d.toString(u"yyyy-MM"_s);
}

bool isSales(Measure m)
{
    return m == Measure::Revenue || m == Measure::Orders || m == Measure::AverageOrderValue ||
           m == Measure::Quantity;
}

bool isCustomers(Measure m)
{
    return m == Measure::NewCustomers || m == Measure::ActiveCustomers || m == Measure::RetentionRate ||
           m == Measure::RepeatRate;
}

bool isActivities(Measure m)
{
    return m == Measure::Visits || m == Measure::Calls || m == Measure::Activities ||
           m == Measure::Satisfaction;
}

Value zero(Measure m)
{
    switch (Metrics::type(m)) {
    case ValueType::Fen:
        return m == Measure::AverageOrderValue ? Value::fenPer(0, 0) : Value::fen(0);
    case ValueType::Count:
        return Value::count(0);
    case ValueType::Ratio:
        return Value::ratio(0, 0);
    case ValueType::Average:
        return Value::average(0, 0);
    }
    return {};
}

// The customer attribute columns (c = customer) and the dimension each filter list belongs to.
QString customerColumn(Dimension d)
{
    switch (d) {
    case Dimension::Region:
        return u"coalesce(c.region, '')"_s;
    case Dimension::Grade:
        return u"coalesce(c.grade, '')"_s;
    case Dimension::Status:
        return u"c.status"_s;
    default:
        return {};
    }
}

Sql customerFilters(const Filter &f)
{
    Sql s;
    s << inTexts(u"coalesce(c.region, '')"_s, f.regions) << inTexts(u"coalesce(c.grade, '')"_s, f.grades)
      << inTexts(u"c.status"_s, f.statuses);
    return s;
}

// Customers whose first purchase ever is in a period (two date binds, to be prepended), with the
// rep of that first order (on a day with several, the lowest id, as the rollup): f.cid,
// f.first_member and the customer c, for the select list given.
Sql firstPurchases(const QString &select, const AccessScope &scope, const QList<qint64> &members,
                   const Filter &filter)
{
    Sql sql;
    sql << u"SELECT "_s << select
        << u" FROM (SELECT f0.cid AS cid, (SELECT min(o2.member_id) FROM sales_order o2 "
           u"WHERE o2.customer_id = f0.cid AND o2.order_date = f0.first_day AND o2.deleted = 0 "
           u"AND o2.status <> 'cancelled') AS first_member FROM (SELECT o.customer_id AS cid, "
           u"min(o.order_date) AS first_day FROM sales_order o JOIN customer c ON c.id = o.customer_id "
           u"WHERE o.deleted = 0 AND c.deleted = 0 AND o.status <> 'cancelled' AND "_s
        << scope.ownerCondition(u"c.owner_id"_s)
        << u" GROUP BY o.customer_id HAVING min(o.order_date) BETWEEN ? AND ?) f0) f "
           u"JOIN customer c ON c.id = f.cid WHERE 1"_s
        << inIds(u"f.first_member"_s, members) << customerFilters(filter);
    return sql;
}

// The single attribute dimension a filter restricts, when it restricts exactly one.
std::optional<Dimension> onlyAttributeFilter(const Filter &f, int *count)
{
    QList<Dimension> dims;
    if (!f.regions.isEmpty())
        dims << Dimension::Region;
    if (!f.channels.isEmpty())
        dims << Dimension::Channel;
    if (!f.grades.isEmpty())
        dims << Dimension::Grade;
    if (!f.statuses.isEmpty())
        dims << Dimension::Status;
    if (!f.categories.isEmpty())
        dims << Dimension::Category;
    if (!f.products.isEmpty())
        dims << Dimension::Product;
    *count = int(dims.size());
    return dims.size() == 1 ? std::optional<Dimension>(dims.constFirst()) : std::nullopt;
}

QStringList attributeValues(const Filter &f, Dimension d)
{
    switch (d) {
    case Dimension::Region:
        return f.regions;
    case Dimension::Channel:
        return f.channels;
    case Dimension::Grade:
        return f.grades;
    case Dimension::Status:
        return f.statuses;
    case Dimension::Category:
        return f.categories;
    case Dimension::Product: {
        QStringList ids;
        for (const qint64 id : f.products)
            ids << QString::number(id);
        return ids;
    }
    default:
        return {};
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------

Value Growth::change(const Value &base) const
{
    const qint64 b = base.rounded(), c = current.rounded();
    if (!base.isDefined() || b == 0)
        return Value::ratio(0, 0);
    return Value::ratio(c - b, b < 0 ? -b : b);
}

const KpiCard *Dashboard::card(const QString &key) const
{
    for (const KpiCard &c : cards) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

MetricsEngine::MetricsEngine(Database &db, AccessScope scope) : m_db(db), m_scope(std::move(scope)) {}

Rollups::Result MetricsEngine::refreshRollups()
{
    const Rollups::Result r = Rollups::refresh(m_db.connectionForThread());
    m_refreshed = r.ok;
    return r;
}

bool MetricsEngine::rollupsReady()
{
    if (!m_useRollups)
        return false;
    // Cheap when nothing is queued (one read of an empty table), so every question is current.
    // A read-only file with queued changes cannot refresh: the base tables answer instead.
    const Rollups::Result r = Rollups::refresh(m_db.connectionForThread());
    m_refreshed = r.ok;
    return r.ok;
}

void MetricsEngine::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    if (q.exec(
            u"SELECT id, code, name, coalesce(team_id, 0), role, active FROM member WHERE deleted = 0"_s)) {
        while (q.next())
            m_members.insert(q.value(0).toLongLong(),
                             MemberInfo{q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                                        q.value(4).toString(), q.value(5).toBool()});
    }
    if (q.exec(u"SELECT id, coalesce(parent_id, 0), name FROM team WHERE deleted = 0"_s)) {
        while (q.next()) {
            m_teamParent.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            m_teamNames.insert(q.value(0).toLongLong(), q.value(2).toString());
        }
    }
    if (q.exec(u"SELECT id, sku, name FROM product"_s)) {
        while (q.next())
            m_products.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    }
}

QSet<qint64> MetricsEngine::subtreeTeams(qint64 teamId) const
{
    QSet<qint64> teams{teamId};
    bool grew = true;
    while (grew) {
        grew = false;
        for (auto it = m_teamParent.cbegin(); it != m_teamParent.cend(); ++it) {
            if (teams.contains(it.value()) && !teams.contains(it.key())) {
                teams.insert(it.key());
                grew = true;
            }
        }
    }
    return teams;
}

QSet<qint64> MetricsEngine::subtreeMembers(qint64 teamId) const
{
    const QSet<qint64> teams = subtreeTeams(teamId);
    QSet<qint64> members;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        if (teams.contains(it->teamId))
            members.insert(it.key());
    }
    return members;
}

QList<qint64> MetricsEngine::memberFilter(const Filter &filter)
{
    ensureLoaded();
    if (!filter.teamId && filter.members.isEmpty())
        return {};
    QSet<qint64> set;
    if (filter.teamId) {
        set = subtreeMembers(filter.teamId);
        if (!filter.members.isEmpty())
            set.intersect(QSet<qint64>(filter.members.cbegin(), filter.members.cend()));
    } else {
        set = QSet<qint64>(filter.members.cbegin(), filter.members.cend());
    }
    QList<qint64> ids(set.cbegin(), set.cend());
    std::sort(ids.begin(), ids.end());
    if (ids.isEmpty())
        ids << -1; // a team without members: nothing matches
    return ids;
}

bool MetricsEngine::exec(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    qWarning("Metrics SQL failed: %s (%s)", qPrintable(m_error), qPrintable(q.lastQuery()));
    return false;
}

// ---------------------------------------------------------------------------------------------
// Sales: revenue, orders, average order value, quantity.

MetricsEngine::Groups MetricsEngine::sales(Measure measure, const Period &period, Dimension dim,
                                           const Filter &filter)
{
    const QList<qint64> members = memberFilter(filter);
    int attributeCount = 0;
    const std::optional<Dimension> attribute = onlyAttributeFilter(filter, &attributeCount);
    const bool attributeDim = dim != Dimension::None && dim != Dimension::Rep;
    // Rollup rows carry one attribute dimension at a time; orders of several products or
    // categories together would be counted once per product.
    bool rollup =
        attributeCount == 0 || (attributeCount == 1 && (!attributeDim || dim == *attribute) &&
                                !((*attribute == Dimension::Product || *attribute == Dimension::Category) &&
                                  attributeValues(filter, *attribute).size() > 1 &&
                                  measure != Measure::Revenue && measure != Measure::Quantity));
    QString grain = u"m"_s;
    if (!period.isMonthAligned()) {
        grain = u"d"_s;
        if (attributeDim || attributeCount > 0)
            rollup = false;
    }
    rollup = rollup && rollupsReady();

    Sql sql;
    if (rollup) {
        const Dimension rowDim = attributeDim ? dim : attribute.value_or(Dimension::None);
        const QString group = dim == Dimension::Rep ? u"member_id"_s : attributeDim ? u"key"_s : u"''"_s;
        sql << u"SELECT "_s << group
            << u", sum(revenue_fen), sum(orders), sum(quantity) FROM rollup_sales WHERE grain = ? AND dim = "
               u"? "
               u"AND period BETWEEN ? AND ? AND "_s
            << m_scope.ownerCondition(u"owner_id"_s) << inIds(u"member_id"_s, members);
        sql.binds << grain << (rowDim == Dimension::None ? u""_s : Metrics::key(rowDim))
                  << (grain == u"m"_s ? monthText(period.from()) : dateText(period.from()))
                  << (grain == u"m"_s ? monthText(period.to()) : dateText(period.to()));
        if (rowDim != Dimension::None)
            sql << inTexts(u"key"_s, attributeValues(filter, rowDim));
        sql << u" GROUP BY 1"_s;
    } else {
        QString group;
        switch (dim) {
        case Dimension::None:
        case Dimension::Team:
            group = u"''"_s;
            break;
        case Dimension::Rep:
            group = u"o.member_id"_s;
            break;
        case Dimension::Channel:
            group = u"o.channel"_s;
            break;
        case Dimension::Product:
            group = u"CAST(l.product_id AS TEXT)"_s;
            break;
        case Dimension::Category:
            group = u"coalesce(p.category, '')"_s;
            break;
        default:
            group = customerColumn(dim);
        }
        sql << u"SELECT "_s << group
            << u", coalesce(sum(l.amount_fen), 0), count(DISTINCT o.id), coalesce(sum(l.quantity), 0) "
               u"FROM sales_order o JOIN customer c ON c.id = o.customer_id "
               u"LEFT JOIN order_line l ON l.order_id = o.id AND l.deleted = 0 "
               u"LEFT JOIN product p ON p.id = l.product_id "
               u"WHERE o.deleted = 0 AND c.deleted = 0 AND o.status <> 'cancelled' AND o.order_date BETWEEN "
               u"? AND ? "
               u"AND "_s
            << m_scope.ownerCondition(u"c.owner_id"_s) << inIds(u"o.member_id"_s, members);
        sql.binds << dateText(period.from()) << dateText(period.to());
        sql << customerFilters(filter) << inTexts(u"o.channel"_s, filter.channels)
            << inTexts(u"coalesce(p.category, '')"_s, filter.categories)
            << inIds(u"l.product_id"_s, filter.products);
        if (dim == Dimension::Product || dim == Dimension::Category || filter.hasLineAttributes())
            sql << u" AND l.id IS NOT NULL"_s;
        sql << u" GROUP BY 1"_s;
    }
    Groups groups;
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    q.prepare(sql.text);
    if (!exec(q, sql.binds))
        return groups;
    while (q.next()) {
        const qint64 revenue = q.value(1).toLongLong(), orders = q.value(2).toLongLong(),
                     quantity = q.value(3).toLongLong();
        Value v;
        switch (measure) {
        case Measure::Revenue:
            v = Value::fen(revenue);
            break;
        case Measure::Orders:
            v = Value::count(orders);
            break;
        case Measure::AverageOrderValue:
            v = Value::fenPer(revenue, orders);
            break;
        default:
            v = Value::count(quantity);
        }
        groups.insert(q.value(0).toString(), v);
    }
    return groups;
}

// ---------------------------------------------------------------------------------------------
// Buying customers: new, active, retention, repeat purchases.

MetricsEngine::Groups MetricsEngine::customers(Measure measure, const Period &period, Dimension dim,
                                               const Filter &filter, QString *error)
{
    const QList<qint64> members = memberFilter(filter);
    const bool lineDim = dim == Dimension::Channel || dim == Dimension::Product || dim == Dimension::Category;
    const bool orderFilters = !filter.channels.isEmpty() || filter.hasLineAttributes();
    if (measure == Measure::NewCustomers && (lineDim || orderFilters)) {
        *error = tr("New customers cannot be split by channel, product or category.");
        return {};
    }
    const Period prior = period.previous();
    const bool monthly =
        period.isMonthAligned() && (measure != Measure::RetentionRate || prior.isMonthAligned());
    const bool rollup =
        !lineDim && !orderFilters && (measure == Measure::NewCustomers || monthly) && rollupsReady();
    const bool needCustomer = customerColumn(dim).size() > 0 || filter.hasCustomerAttributes();

    Sql sql;
    if (measure == Measure::RetentionRate && rollup && dim == Dimension::None && members.isEmpty() &&
        !needCustomer && (period.kind() == Period::Month || period.kind() == Period::Quarter)) {
        // Whole months and quarters without rep or customer filters: counted ahead per owner.
        sql << u"SELECT '', sum(retained), sum(buyers) FROM rollup_retention WHERE grain = ? AND period = ? "
               u"AND "_s
            << m_scope.ownerCondition(u"owner_id"_s) << u" GROUP BY 1"_s;
        sql.bind(period.kind() == Period::Month ? u"m"_s : u"q"_s).bind(monthText(period.from()));
    } else if (measure == Measure::NewCustomers) {
        if (rollup) {
            const QString group = dim == Dimension::Rep                    ? u"r.first_member_id"_s
                                  : needCustomer && dim != Dimension::None ? customerColumn(dim)
                                                                           : u"''"_s;
            sql << u"SELECT "_s << group << u", count(*) FROM rollup_customer r "_s
                << (needCustomer ? u"JOIN customer c ON c.id = r.customer_id "_s : QString())
                << u"WHERE r.first_day BETWEEN ? AND ? AND "_s << m_scope.ownerCondition(u"r.owner_id"_s)
                << inIds(u"r.first_member_id"_s, members) << customerFilters(filter) << u" GROUP BY 1"_s;
        } else {
            const QString group = dim == Dimension::Rep    ? u"f.first_member"_s
                                  : dim != Dimension::None ? customerColumn(dim)
                                                           : u"''"_s;
            sql << firstPurchases(group + u", count(*)"_s, m_scope, members, filter) << u" GROUP BY 1"_s;
        }
        // The dates stand before the customer filters' values in both texts.
        sql.binds.prepend(dateText(period.to()));
        sql.binds.prepend(dateText(period.from()));
    } else {
        // The purchases of a period: (customer, group, orders), from the rollup or the orders.
        const auto source = [&](const Period &p) {
            Sql s;
            if (rollup) {
                const QString group = dim == Dimension::Rep    ? u"m.member_id"_s
                                      : dim != Dimension::None ? customerColumn(dim)
                                                               : u"''"_s;
                s << u"SELECT m.customer_id AS cid, "_s << group
                  << u" AS grp, m.orders AS n "
                     u"FROM rollup_customer_month m "_s
                  << (needCustomer ? u"JOIN customer c ON c.id = m.customer_id "_s : QString())
                  << u"WHERE m.month BETWEEN ? AND ? AND "_s << m_scope.ownerCondition(u"m.owner_id"_s)
                  << inIds(u"m.member_id"_s, members);
                s.bind(monthText(p.from())).bind(monthText(p.to()));
                s << customerFilters(filter);
            } else {
                QString group;
                switch (dim) {
                case Dimension::None:
                case Dimension::Team:
                    group = u"''"_s;
                    break;
                case Dimension::Rep:
                    group = u"o.member_id"_s;
                    break;
                case Dimension::Channel:
                    group = u"o.channel"_s;
                    break;
                case Dimension::Product:
                    group = u"CAST(l.product_id AS TEXT)"_s;
                    break;
                case Dimension::Category:
                    group = u"coalesce(p.category, '')"_s;
                    break;
                default:
                    group = customerColumn(dim);
                }
                const bool lines =
                    dim == Dimension::Product || dim == Dimension::Category || filter.hasLineAttributes();
                s << u"SELECT o.customer_id AS cid, "_s << group
                  << u" AS grp, count(DISTINCT o.id) AS n FROM sales_order o JOIN customer c ON c.id = o.customer_id "_s
                  << (lines ? u"JOIN order_line l ON l.order_id = o.id AND l.deleted = 0 "
                              u"JOIN product p ON p.id = l.product_id "_s
                            : QString())
                  << u"WHERE o.deleted = 0 AND c.deleted = 0 AND o.status <> 'cancelled' "
                     u"AND o.order_date BETWEEN ? AND ? AND "_s
                  << m_scope.ownerCondition(u"c.owner_id"_s) << inIds(u"o.member_id"_s, members);
                s.bind(dateText(p.from())).bind(dateText(p.to()));
                s << customerFilters(filter) << inTexts(u"o.channel"_s, filter.channels)
                  << inTexts(u"coalesce(p.category, '')"_s, filter.categories)
                  << inIds(u"l.product_id"_s, filter.products) << u" GROUP BY o.customer_id, grp"_s;
            }
            return s;
        };
        if (measure == Measure::ActiveCustomers) {
            sql << u"SELECT grp, count(DISTINCT cid) FROM ("_s << source(period) << u") GROUP BY grp"_s;
        } else if (measure == Measure::RepeatRate) {
            sql << u"SELECT grp, sum(n >= 2), count(*) FROM (SELECT grp, cid, sum(n) AS n FROM ("_s
                << source(period) << u") GROUP BY grp, cid) GROUP BY grp"_s;
        } else { // retention: of last period's buyers, those who bought again in this one
            Sql again;
            if (rollup) {
                again << u"SELECT 1 FROM rollup_customer_month b WHERE b.customer_id = x.cid "
                         u"AND b.month BETWEEN ? AND ?"_s
                      << inIds(u"b.member_id"_s, members);
                again.bind(monthText(period.from())).bind(monthText(period.to()));
            } else {
                const bool lines = filter.hasLineAttributes();
                again << u"SELECT 1 FROM sales_order b "_s
                      << (lines ? u"JOIN order_line bl ON bl.order_id = b.id AND bl.deleted = 0 "
                                  u"JOIN product bp ON bp.id = bl.product_id "_s
                                : QString())
                      << u"WHERE b.customer_id = x.cid AND b.deleted = 0 AND b.status <> 'cancelled' "
                         u"AND b.order_date BETWEEN ? AND ?"_s
                      << inIds(u"b.member_id"_s, members);
                again.bind(dateText(period.from())).bind(dateText(period.to()));
                again << inTexts(u"b.channel"_s, filter.channels)
                      << inTexts(u"coalesce(bp.category, '')"_s, filter.categories)
                      << inIds(u"bl.product_id"_s, filter.products);
            }
            sql << u"SELECT grp, sum(EXISTS ("_s << again
                << u")), count(*) FROM (SELECT DISTINCT grp, cid FROM ("_s << source(prior)
                << u")) x GROUP BY grp"_s;
        }
    }
    Groups groups;
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    q.prepare(sql.text);
    if (!exec(q, sql.binds))
        return groups;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (measure == Measure::NewCustomers || measure == Measure::ActiveCustomers)
            groups.insert(key, Value::count(q.value(1).toLongLong()));
        else
            groups.insert(key, Value::ratio(q.value(1).toLongLong(), q.value(2).toLongLong()));
    }
    return groups;
}

// ---------------------------------------------------------------------------------------------
// Activities: visits, calls, all contacts, satisfaction.

MetricsEngine::Groups MetricsEngine::activities(Measure measure, const Period &period, Dimension dim,
                                                const Filter &filter, QString *error)
{
    if (dim == Dimension::Channel || dim == Dimension::Product || dim == Dimension::Category ||
        !filter.channels.isEmpty() || filter.hasLineAttributes()) {
        *error = tr("Visits and contacts cannot be split by channel, product or category.");
        return {};
    }
    const QList<qint64> members = memberFilter(filter);
    // Contacts belong to whoever made them: the scope limits the visiting member (a rep counts
    // their own visits, also at a colleague's customer; a manager their subtree's), as the
    // scorecard does, so a rep's dashboard and evaluation agree.
    const QString kind = measure == Measure::Visits  ? u"visit"_s
                         : measure == Measure::Calls ? u"call"_s
                                                     : QString();
    const bool rollup = (dim == Dimension::None || dim == Dimension::Rep) &&
                        !filter.hasCustomerAttributes() && rollupsReady();
    Sql sql;
    if (rollup) {
        const bool monthly = period.isMonthAligned();
        sql << u"SELECT "_s << (dim == Dimension::Rep ? u"member_id"_s : u"''"_s)
            << u", sum(activities), sum(satisfaction_sum), sum(satisfaction_count) FROM rollup_activity "
               u"WHERE grain = ? AND period BETWEEN ? AND ? AND "_s
            << m_scope.ownerCondition(u"member_id"_s) << inIds(u"member_id"_s, members);
        sql.bind(monthly ? u"m"_s : u"d"_s)
            .bind(monthly ? monthText(period.from()) : dateText(period.from()))
            .bind(monthly ? monthText(period.to()) : dateText(period.to()));
        if (!kind.isEmpty()) {
            sql << u" AND kind = ?"_s;
            sql.bind(kind);
        }
        sql << u" GROUP BY 1"_s;
    } else {
        const QString group = dim == Dimension::Rep    ? u"a.member_id"_s
                              : dim == Dimension::None ? u"''"_s
                                                       : customerColumn(dim);
        sql << u"SELECT "_s << group
            << u", count(*), coalesce(sum(a.satisfaction), 0), count(a.satisfaction) FROM activity a "
               u"JOIN customer c ON c.id = a.customer_id WHERE a.deleted = 0 AND c.deleted = 0 "
               u"AND a.occurred_at >= ? AND a.occurred_at < ? AND "_s
            << m_scope.ownerCondition(u"a.member_id"_s) << inIds(u"a.member_id"_s, members);
        sql.bind(utcStart(period.from())).bind(utcStart(period.to().addDays(1)));
        sql << customerFilters(filter);
        if (!kind.isEmpty()) {
            sql << u" AND a.kind = ?"_s;
            sql.bind(kind);
        }
        sql << u" GROUP BY 1"_s;
    }
    Groups groups;
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    q.prepare(sql.text);
    if (!exec(q, sql.binds))
        return groups;
    while (q.next()) {
        groups.insert(q.value(0).toString(),
                      measure == Measure::Satisfaction
                          ? Value::average(q.value(2).toLongLong(), q.value(3).toLongLong())
                          : Value::count(q.value(1).toLongLong()));
    }
    return groups;
}

// ---------------------------------------------------------------------------------------------
// Collected payments: by the day received, credited to the payment's rep; the scope applies to
// the customer's owner, as for sales. From the base table (a payment per order or so, indexed by
// date): no rollup.

MetricsEngine::Groups MetricsEngine::payments(const Period &period, Dimension dim, const Filter &filter,
                                              QString *error)
{
    if (dim == Dimension::Channel || dim == Dimension::Product || dim == Dimension::Category ||
        !filter.channels.isEmpty() || filter.hasLineAttributes()) {
        *error = tr("Collected payments cannot be split by channel, product or category.");
        return {};
    }
    const QList<qint64> members = memberFilter(filter);
    const QString group = dim == Dimension::Rep    ? u"p.member_id"_s
                          : dim == Dimension::None ? u"''"_s
                                                   : customerColumn(dim);
    Sql sql;
    sql << u"SELECT "_s << group
        << u", sum(p.amount_fen) FROM payment p JOIN customer c ON c.id = p.customer_id "
           u"WHERE p.deleted = 0 AND c.deleted = 0 AND p.paid_on BETWEEN ? AND ? AND "_s;
    sql.bind(dateText(period.from())).bind(dateText(period.to()));
    sql << m_scope.ownerCondition(u"c.owner_id"_s) << inIds(u"p.member_id"_s, members)
        << customerFilters(filter) << u" GROUP BY 1"_s;
    Groups groups;
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    q.prepare(sql.text);
    if (!exec(q, sql.binds))
        return groups;
    while (q.next())
        groups.insert(q.value(0).toString(), Value::fen(q.value(1).toLongLong()));
    return groups;
}

// ---------------------------------------------------------------------------------------------
// Opportunities: created, open and weighted pipeline, win rate.

MetricsEngine::Groups MetricsEngine::opportunities(Measure measure, const Period &period, Dimension dim,
                                                   const Filter &filter, QString *error)
{
    if (dim == Dimension::Channel || dim == Dimension::Product || dim == Dimension::Category ||
        !filter.channels.isEmpty() || filter.hasLineAttributes()) {
        *error = tr("Opportunities cannot be split by channel, product or category.");
        return {};
    }
    if (measure == Measure::OpenPipeline || measure == Measure::WeightedPipeline) {
        const QDate asOf = std::min(period.to(), m_today);
        return pipelines(measure, {asOf}, dim, filter).value(0);
    }
    const QList<qint64> members = memberFilter(filter);
    const QString group = dim == Dimension::Rep    ? u"o.owner_id"_s
                          : dim == Dimension::None ? u"''"_s
                                                   : customerColumn(dim);
    Sql sql;
    if (measure == Measure::Opportunities) {
        sql << u"SELECT "_s << group
            << u", count(*), 0 FROM opportunity o JOIN customer c ON c.id = o.customer_id "
               u"WHERE o.deleted = 0 AND c.deleted = 0 AND o.created_at >= ? AND o.created_at < ? AND "_s;
        sql.bind(utcStart(period.from())).bind(utcStart(period.to().addDays(1)));
    } else {
        sql << u"SELECT "_s << group
            << u", sum(s.outcome = 'won'), count(*) FROM opportunity o JOIN customer c ON c.id = "
               u"o.customer_id "
               u"JOIN pipeline_stage s ON s.id = o.stage_id WHERE o.deleted = 0 AND c.deleted = 0 "
               u"AND s.outcome IN ('won', 'lost') AND o.closed_on BETWEEN ? AND ? AND "_s;
        sql.bind(dateText(period.from())).bind(dateText(period.to()));
    }
    sql << m_scope.ownerCondition(u"c.owner_id"_s) << inIds(u"o.owner_id"_s, members)
        << customerFilters(filter) << u" GROUP BY 1"_s;
    Groups groups;
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    q.prepare(sql.text);
    if (!exec(q, sql.binds))
        return groups;
    while (q.next()) {
        groups.insert(q.value(0).toString(),
                      measure == Measure::Opportunities
                          ? Value::count(q.value(1).toLongLong())
                          : Value::ratio(q.value(1).toLongLong(), q.value(2).toLongLong()));
    }
    return groups;
}

QList<MetricsEngine::Groups> MetricsEngine::pipelines(Measure measure, const QList<QDate> &asOf,
                                                      Dimension dim, const Filter &filter)
{
    QList<Groups> result(asOf.size());
    const QList<qint64> members = memberFilter(filter);
    // Past month ends come from rollup_pipeline (by rep or in total, without customer filters);
    // other days replay the stage history below.
    QList<qsizetype> replayed;
    QList<qsizetype> monthEnds;
    const bool rollup = (dim == Dimension::None || dim == Dimension::Rep) &&
                        !filter.hasCustomerAttributes() &&
                        std::any_of(asOf.cbegin(), asOf.cend(),
                                    [&](const QDate &d) { return d < m_today && d.addDays(1).day() == 1; }) &&
                        rollupsReady();
    for (qsizetype i = 0; i < asOf.size(); ++i) {
        const QDate d = asOf.at(i);
        (rollup && d < m_today && d.addDays(1).day() == 1 ? monthEnds : replayed) << i;
    }
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    if (!monthEnds.isEmpty()) {
        QString last;
        for (const qsizetype i : std::as_const(monthEnds))
            last = std::max(last, monthText(asOf.at(i)));
        Sql sql;
        sql << u"SELECT month, "_s << (dim == Dimension::Rep ? u"member_id"_s : u"''"_s)
            << u", sum(open_count), sum(open_fen), sum(weighted_fen) FROM rollup_pipeline WHERE month <= ? AND "_s
            << m_scope.ownerCondition(u"owner_id"_s) << inIds(u"member_id"_s, members) << u" GROUP BY 1, 2"_s;
        sql.bind(last);
        struct Change
        {
            QString month, group;
            qint64 count, open, weighted;
        };
        QList<Change> changes;
        q.prepare(sql.text);
        if (!exec(q, sql.binds))
            return result;
        while (q.next())
            changes << Change{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                              q.value(3).toLongLong(), q.value(4).toLongLong()};
        q.finish();
        for (const qsizetype i : std::as_const(monthEnds)) {
            const QString month = monthText(asOf.at(i));
            QHash<QString, Change> sums;
            for (const Change &c : std::as_const(changes)) {
                if (c.month > month)
                    continue;
                Change &s = sums[c.group];
                s.count += c.count;
                s.open += c.open;
                s.weighted += c.weighted;
            }
            for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
                if (it->count > 0) // a group is there when it has an open opportunity, as below
                    result[i].insert(it.key(),
                                     Value::fen(measure == Measure::OpenPipeline ? it->open : it->weighted));
            }
        }
    }
    if (replayed.isEmpty())
        return result;

    QHash<qint64, PipelineStageInfo> stages;
    if (!q.exec(u"SELECT id, outcome, probability FROM pipeline_stage"_s))
        return result;
    while (q.next())
        stages.insert(q.value(0).toLongLong(),
                      PipelineStageInfo{q.value(1).toString() == u"open"_s, q.value(2).toInt()});

    const QString group = dim == Dimension::Rep    ? u"o.owner_id"_s
                          : dim == Dimension::None ? u"''"_s
                                                   : customerColumn(dim);
    Sql sql;
    sql << u"SELECT o.id, "_s << group
        << u", o.amount_fen, o.probability, o.stage_id, o.created_at FROM opportunity o "
           u"JOIN customer c ON c.id = o.customer_id WHERE o.deleted = 0 AND c.deleted = 0 AND "_s
        << m_scope.ownerCondition(u"c.owner_id"_s) << inIds(u"o.owner_id"_s, members)
        << customerFilters(filter);
    // Only what can be open on one of the days: created by the last; when every day is today or
    // later, in an open stage now.
    QDate last = asOf.value(replayed.constFirst());
    bool past = false;
    for (const qsizetype i : std::as_const(replayed)) {
        last = std::max(last, asOf.at(i));
        past = past || asOf.at(i) < m_today;
    }
    Sql window;
    window << u" AND o.created_at < ?"_s;
    window.bind(utcStart(last.addDays(1)));
    sql << window;
    if (!past)
        sql << u" AND o.stage_id IN (SELECT id FROM pipeline_stage WHERE outcome = 'open')"_s;
    struct Opp
    {
        PipelineOpportunity o;
        QString group;
    };
    QList<Opp> opps;
    q.prepare(sql.text);
    if (!exec(q, sql.binds))
        return result;
    while (q.next())
        opps << Opp{PipelineOpportunity{q.value(0).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt(),
                                        q.value(4).toLongLong(), q.value(5).toString()},
                    q.value(1).toString()};
    q.finish();

    // Past dates need the stage each opportunity was in then: its history.
    QHash<qint64, StageHistory> history; // opportunity → (changed_at, to stage), in order
    if (past) {
        Sql h;
        h << u"SELECT h.opportunity_id, h.changed_at, h.to_stage_id FROM opportunity_stage_change h "
             u"JOIN opportunity o ON o.id = h.opportunity_id JOIN customer c ON c.id = o.customer_id "
             u"WHERE h.deleted = 0 AND o.deleted = 0 AND c.deleted = 0 AND "_s
          << m_scope.ownerCondition(u"c.owner_id"_s) << inIds(u"o.owner_id"_s, members)
          << customerFilters(filter) << window << u" ORDER BY h.opportunity_id, h.changed_at, h.id"_s;
        q.prepare(h.text);
        if (exec(q, h.binds)) {
            while (q.next())
                history[q.value(0).toLongLong()] << qMakePair(q.value(1).toString(), q.value(2).toLongLong());
        }
    }
    for (const qsizetype i : std::as_const(replayed)) {
        const QDate day = asOf.at(i);
        const QString end = utcStart(day.addDays(1));
        Groups &groups = result[i];
        for (const Opp &o : std::as_const(opps)) {
            const auto it = history.constFind(o.o.id);
            const int probability = pipelineProbabilityAt(
                o.o, day < m_today && it != history.cend() ? &*it : nullptr, end, stages);
            if (probability < 0)
                continue;
            Value &v = groups[o.group];
            v.type = ValueType::Fen;
            v.numerator += measure == Measure::OpenPipeline
                               ? o.o.amountFen
                               : OpportunityRepository::weighted(o.o.amountFen, probability);
        }
    }
    return result;
}

// ---------------------------------------------------------------------------------------------

MetricsEngine::Groups MetricsEngine::grouped(Measure measure, const Period &period, Dimension dim,
                                             const Filter &filter, QString *error)
{
    ensureLoaded();
    if (!period.isValid()) {
        *error = tr("The period is not valid.");
        return {};
    }
    if (dim == Dimension::Team)
        return teams(measure, period, filter, error);
    if (isSales(measure))
        return sales(measure, period, dim, filter);
    if (isCustomers(measure))
        return customers(measure, period, dim, filter, error);
    if (isActivities(measure))
        return activities(measure, period, dim, filter, error);
    if (measure == Measure::Collected)
        return payments(period, dim, filter, error);
    return opportunities(measure, period, dim, filter, error);
}

MetricsEngine::Groups MetricsEngine::teams(Measure measure, const Period &period, const Filter &filter,
                                           QString *error)
{
    // The teams this scope sees whole (a manager: their subtree; everyone else's totals would be
    // partial), within the filter's team.
    QList<qint64> teamIds;
    const QSet<qint64> within = filter.teamId ? subtreeTeams(filter.teamId) : QSet<qint64>();
    QHash<qint64, QSet<qint64>> membersOf;
    for (auto it = m_teamParent.cbegin(); it != m_teamParent.cend(); ++it) {
        if (filter.teamId && !within.contains(it.key()))
            continue;
        const QSet<qint64> members = subtreeMembers(it.key());
        if (members.isEmpty())
            continue;
        if (!m_scope.seesEverything() && !std::all_of(members.cbegin(), members.cend(),
                                                      [&](qint64 m) { return m_scope.owners().contains(m); }))
            continue;
        teamIds << it.key();
        membersOf.insert(it.key(), members);
    }
    Groups groups;
    if (Metrics::isAdditive(measure)) {
        const Groups perRep = grouped(measure, period, Dimension::Rep, filter, error);
        for (const qint64 team : std::as_const(teamIds)) {
            Value sum = zero(measure);
            bool any = false;
            for (const qint64 member : membersOf.value(team)) {
                const auto it = perRep.constFind(QString::number(member));
                if (it != perRep.cend()) {
                    sum += *it;
                    any = true;
                }
            }
            if (any)
                groups.insert(QString::number(team), sum);
        }
        return groups;
    }
    // Distinct customers do not add up: one question per team.
    const QList<qint64> filterMembers = memberFilter(filter);
    for (const qint64 team : std::as_const(teamIds)) {
        Filter f = filter;
        f.teamId = 0;
        QSet<qint64> members = membersOf.value(team);
        if (!filterMembers.isEmpty())
            members.intersect(QSet<qint64>(filterMembers.cbegin(), filterMembers.cend()));
        if (members.isEmpty())
            continue;
        f.members = QList<qint64>(members.cbegin(), members.cend());
        const Groups g = grouped(measure, period, Dimension::None, f, error);
        if (g.contains(QString()))
            groups.insert(QString::number(team), g.value(QString()));
    }
    return groups;
}

Row MetricsEngine::describe(Dimension dim, const QString &key, const Value &value) const
{
    Row row;
    row.key = key;
    row.value = value;
    switch (dim) {
    case Dimension::Rep: {
        row.id = key.toLongLong();
        const MemberInfo m = m_members.value(row.id);
        row.label = m.name.isEmpty() ? key : m.name;
        row.code = m.code;
        break;
    }
    case Dimension::Team:
        row.id = key.toLongLong();
        row.label = m_teamNames.value(row.id, key);
        break;
    case Dimension::Product: {
        row.id = key.toLongLong();
        const auto p = m_products.value(row.id);
        row.code = p.first;
        row.label = p.second.isEmpty() ? key : p.second;
        break;
    }
    case Dimension::Channel:
        row.label = Metrics::channelLabel(key);
        break;
    case Dimension::Status:
        row.label = Vocabulary::label(Vocabulary::CustomerStatus, key);
        break;
    case Dimension::None:
        row.label = Metrics::label(Dimension::None);
        break;
    default:
        row.label = key;
    }
    if (row.label.isEmpty())
        row.label = tr("(none)");
    return row;
}

Breakdown MetricsEngine::breakdown(Measure measure, const Period &period, Dimension dimension,
                                   const Filter &filter)
{
    Breakdown b;
    b.measure = measure;
    b.dimension = dimension;
    b.period = period;
    m_error.clear();
    const Groups groups = grouped(measure, period, dimension, filter, &b.error);
    if (!b.ok())
        return b;
    const Groups all =
        dimension == Dimension::None ? groups : grouped(measure, period, Dimension::None, filter, &b.error);
    b.total = all.value(QString(), zero(measure));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        b.rows << describe(dimension, it.key(), it.value());
    std::sort(b.rows.begin(), b.rows.end(), [](const Row &a, const Row &c) {
        if (a.value.toDouble() != c.value.toDouble())
            return a.value.toDouble() > c.value.toDouble();
        return a.label < c.label;
    });
    if (!m_error.isEmpty() && b.error.isEmpty())
        b.error = m_error;
    return b;
}

Value MetricsEngine::total(Measure measure, const Period &period, const Filter &filter)
{
    QString error;
    const Groups g = grouped(measure, period, Dimension::None, filter, &error);
    return g.value(QString(), zero(measure));
}

QList<Value> MetricsEngine::series(Measure measure, const QList<Period> &periods, const Filter &filter)
{
    QList<Value> values;
    if (measure == Measure::OpenPipeline || measure == Measure::WeightedPipeline) {
        QList<QDate> days;
        for (const Period &p : periods)
            days << std::min(p.to(), m_today);
        ensureLoaded();
        for (const Groups &g : pipelines(measure, days, Dimension::None, filter))
            values << g.value(QString(), zero(measure));
        return values;
    }
    for (const Period &p : periods)
        values << total(measure, p, filter);
    return values;
}

Growth MetricsEngine::growth(Measure measure, const Period &period, const Filter &filter)
{
    Growth g;
    g.current = total(measure, period, filter);
    g.previous = total(measure, period.previous(), filter);
    g.lastYear = total(measure, period.lastYear(), filter);
    return g;
}

QList<int> MetricsEngine::competitionRanks(const QList<double> &values)
{
    QList<int> ranks(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        int better = 0;
        for (const double v : values) {
            if (v > values.at(i))
                ++better;
        }
        ranks[i] = better + 1;
    }
    return ranks;
}

double MetricsEngine::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double position = std::clamp(p, 0.0, 100.0) / 100.0 * double(values.size() - 1);
    const auto lower = qsizetype(std::floor(position));
    const auto upper = qsizetype(std::ceil(position));
    return values.at(lower) + (values.at(upper) - values.at(lower)) * (position - double(lower));
}

QList<RankRow> MetricsEngine::ranking(Measure measure, const Period &period, const Filter &filter)
{
    ensureLoaded();
    QString error;
    const Groups values = grouped(measure, period, Dimension::Rep, filter, &error);
    const QList<qint64> members = memberFilter(filter);
    QList<RankRow> rows;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        if (it->role != u"rep"_s || !it->active || !m_scope.canSeeOwner(it.key()))
            continue;
        if (!members.isEmpty() && !members.contains(it.key()))
            continue;
        RankRow r;
        r.memberId = it.key();
        r.code = it->code;
        r.name = it->name;
        r.teamName = m_teamNames.value(it->teamId);
        r.value = values.value(QString::number(it.key()), zero(measure));
        rows << r;
    }
    std::sort(rows.begin(), rows.end(), [](const RankRow &a, const RankRow &b) {
        if (a.value.toDouble() != b.value.toDouble())
            return a.value.toDouble() > b.value.toDouble();
        return a.code < b.code;
    });
    QList<double> numbers;
    for (const RankRow &r : std::as_const(rows))
        numbers << r.value.toDouble();
    const QList<int> ranks = competitionRanks(numbers);
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].rank = ranks.at(i);
    return rows;
}

// ---------------------------------------------------------------------------------------------

Funnel MetricsEngine::funnel(const Period &period, const Filter &filter)
{
    ensureLoaded();
    Funnel f;
    f.period = period;
    const QList<qint64> members = memberFilter(filter);
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, key, name, position, outcome, probability FROM pipeline_stage WHERE deleted = 0 "
                u"ORDER BY outcome = 'lost', position"_s))
        return f;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        FunnelStage s;
        s.stageId = q.value(0).toLongLong();
        s.key = q.value(1).toString();
        s.name = Vocabulary::label(Vocabulary::Stage, s.key);
        if (s.name == s.key)
            s.name = q.value(2).toString();
        s.position = q.value(3).toInt();
        s.outcome = q.value(4).toString();
        index.insert(s.stageId, f.stages.size());
        f.stages << s;
    }
    const QString scope = m_scope.ownerCondition(u"c.owner_id"_s) + inIds(u"o.owner_id"_s, members);
    const Sql attributes = customerFilters(filter);

    // Opportunities as they are now: the board's totals per stage.
    Sql now;
    now << u"SELECT o.id, o.stage_id, o.amount_fen, o.probability, o.created_at, o.closed_on FROM "
           u"opportunity o "
           u"JOIN customer c ON c.id = o.customer_id WHERE o.deleted = 0 AND c.deleted = 0 AND "_s
        << scope << attributes;
    q.prepare(now.text);
    if (!exec(q, now.binds))
        return f;
    const QString start = utcStart(period.from()), end = utcStart(period.to().addDays(1));
    QSet<qint64> cohort;
    while (q.next()) {
        const qint64 stage = q.value(1).toLongLong();
        const auto it = index.constFind(stage);
        if (it == index.cend())
            continue;
        FunnelStage &s = f.stages[*it];
        const qint64 amount = q.value(2).toLongLong();
        if (s.outcome == u"open"_s) {
            ++s.open;
            s.openAmountFen += amount;
            s.weightedFen += OpportunityRepository::weighted(amount, q.value(3).toInt());
        }
        const QString created = q.value(4).toString();
        if (created >= start && created < end)
            cohort.insert(q.value(0).toLongLong());
        const QDate closed = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        if (closed.isValid() && period.contains(closed)) {
            if (s.outcome == u"won"_s)
                ++f.won;
            else if (s.outcome == u"lost"_s)
                ++f.lost;
        }
    }
    f.created = cohort.size();
    f.winRate = Value::ratio(f.won, f.won + f.lost);

    // The stage history: how far each opportunity of the cohort got, and how long stays took.
    Sql h;
    h << u"SELECT h.opportunity_id, h.to_stage_id, h.changed_at FROM opportunity_stage_change h "
         u"JOIN opportunity o ON o.id = h.opportunity_id JOIN customer c ON c.id = o.customer_id "
         u"WHERE h.deleted = 0 AND o.deleted = 0 AND c.deleted = 0 AND "_s
      << scope << attributes << u" ORDER BY h.opportunity_id, h.changed_at, h.id"_s;
    q.prepare(h.text);
    if (!exec(q, h.binds))
        return f;
    QHash<qint64, int> furthest; // cohort opportunity → furthest open/won position reached
    QList<qint64> stayMinutes(f.stages.size()), stays(f.stages.size());
    qint64 previousOpp = 0, previousStage = 0;
    QDateTime previousAt;
    while (q.next()) {
        const qint64 opp = q.value(0).toLongLong(), stage = q.value(1).toLongLong();
        const QString atText = q.value(2).toString();
        const QDateTime at = QDateTime::fromString(atText, Qt::ISODateWithMs);
        if (opp == previousOpp && previousStage && index.contains(previousStage) && atText >= start &&
            atText < end) {
            const qsizetype i = index.value(previousStage);
            stayMinutes[i] += previousAt.secsTo(at) / 60;
            ++stays[i];
        }
        if (cohort.contains(opp) && index.contains(stage)) {
            const FunnelStage &s = f.stages.at(index.value(stage));
            if (s.outcome != u"lost"_s)
                furthest[opp] = std::max(furthest.value(opp, 0), s.position);
        }
        previousOpp = opp;
        previousStage = stage;
        previousAt = at;
    }
    for (const qint64 opp : std::as_const(cohort))
        furthest.insert(opp, furthest.value(opp, 0)); // lost at once, or no history: reached nothing
    for (qsizetype i = 0; i < f.stages.size(); ++i) {
        FunnelStage &s = f.stages[i];
        if (s.outcome != u"lost"_s) {
            for (const int position : std::as_const(furthest))
                s.reached += position >= s.position ? 1 : 0;
        } else {
            s.reached = f.lost;
        }
        s.averageDays = Value::average(stayMinutes.at(i), stays.at(i) * 24 * 60);
    }
    for (qsizetype i = 0; i + 1 < f.stages.size(); ++i) {
        if (f.stages.at(i).outcome == u"lost"_s || f.stages.at(i + 1).outcome == u"lost"_s)
            f.stages[i].conversion = Value::ratio(0, 0);
        else
            f.stages[i].conversion = Value::ratio(f.stages.at(i + 1).reached, f.stages.at(i).reached);
    }
    if (!f.stages.isEmpty())
        f.stages.last().conversion = Value::ratio(0, 0);
    return f;
}

// ---------------------------------------------------------------------------------------------

QString MetricsEngine::subjectName(const Filter &filter) const
{
    if (filter.teamId)
        return m_teamNames.value(filter.teamId);
    if (filter.members.size() == 1)
        return m_members.value(filter.members.constFirst()).name;
    if (m_scope.seesEverything())
        return tr("The whole company");
    const MemberInfo me = m_members.value(m_scope.memberId());
    return m_scope.role() == Role::Manager ? m_teamNames.value(me.teamId, me.name) : me.name;
}

Attainment MetricsEngine::attainment(Measure measure, const Period &period, const Filter &filter)
{
    ensureLoaded();
    return Targets::evaluate(total(measure, period, filter), target(measure, period, filter), period,
                             m_today);
}

std::optional<qint64> MetricsEngine::target(Measure measure, const Period &period, const Filter &filter)
{
    ensureLoaded();
    // Targets are set per member and team, not per region, channel or product: a slice of the
    // figures has none (the company's target against one region's revenue would mislead).
    if (filter.hasCustomerAttributes() || !filter.channels.isEmpty() || filter.hasLineAttributes())
        return std::nullopt;
    Targets targets(m_db.connectionForThread());
    std::optional<qint64> target;
    const auto forTeam = [&](qint64 team) {
        const QSet<qint64> members = subtreeMembers(team);
        return targets.forTeam(measure, period, team, QList<qint64>(members.cbegin(), members.cend()));
    };
    if (filter.teamId) {
        target = forTeam(filter.teamId);
    } else if (filter.members.size() == 1) {
        target = targets.forMember(measure, period, filter.members.constFirst());
    } else if (filter.members.isEmpty()) {
        if (m_scope.role() == Role::Rep) {
            target = targets.forMember(measure, period, m_scope.memberId());
        } else if (m_scope.role() == Role::Manager) {
            target = forTeam(m_members.value(m_scope.memberId()).teamId);
        } else {
            // The company: the root teams' targets (their own or their members').
            for (auto it = m_teamParent.cbegin(); it != m_teamParent.cend(); ++it) {
                if (it.value() == 0) {
                    if (const std::optional<qint64> t = forTeam(it.key()))
                        target = target.value_or(0) + *t;
                }
            }
        }
    }
    return target;
}

QString MetricsEngine::unsupportedReason(Measure measure, const Filter &filter)
{
    const bool orderAttributes = !filter.channels.isEmpty() || filter.hasLineAttributes();
    if (!orderAttributes || isSales(measure))
        return {};
    if (measure == Measure::NewCustomers)
        return tr("New customers cannot be split by channel, product or category.");
    if (isActivities(measure))
        return tr("Visits and contacts cannot be split by channel, product or category.");
    if (measure == Measure::Collected)
        return tr("Collected payments cannot be split by channel, product or category.");
    if (!isCustomers(measure))
        return tr("Opportunities cannot be split by channel, product or category.");
    return {};
}

QString MetricsEngine::customerSetKey(CustomerSet set)
{
    switch (set) {
    case CustomerSet::New:
        return u"new"_s;
    case CustomerSet::Active:
        return u"active"_s;
    case CustomerSet::Retained:
        return u"retained"_s;
    case CustomerSet::Lost:
        return u"lost"_s;
    }
    return {};
}

std::optional<CustomerSet> MetricsEngine::customerSetFromKey(const QString &key)
{
    for (const CustomerSet set :
         {CustomerSet::New, CustomerSet::Active, CustomerSet::Retained, CustomerSet::Lost})
        if (customerSetKey(set) == key)
            return set;
    return std::nullopt;
}

QList<qint64> MetricsEngine::customerIds(CustomerSet set, const Period &period, const Filter &filter,
                                         QString *error)
{
    ensureLoaded();
    QString problem;
    if (!period.isValid())
        problem = tr("The period is not valid.");
    else if (set == CustomerSet::New)
        problem = unsupportedReason(Measure::NewCustomers, filter);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    const QList<qint64> members = memberFilter(filter);
    // The customers who bought in a period, as the active-customer and retention counts see them.
    const auto buyers = [&](const Period &p) {
        const bool lines = filter.hasLineAttributes();
        Sql s;
        s << u"SELECT DISTINCT o.customer_id FROM sales_order o JOIN customer c ON c.id = o.customer_id "_s
          << (lines ? u"JOIN order_line l ON l.order_id = o.id AND l.deleted = 0 "
                      u"JOIN product p ON p.id = l.product_id "_s
                    : QString())
          << u"WHERE o.deleted = 0 AND c.deleted = 0 AND o.status <> 'cancelled' "
             u"AND o.order_date BETWEEN ? AND ? AND "_s
          << m_scope.ownerCondition(u"c.owner_id"_s) << inIds(u"o.member_id"_s, members);
        s.bind(dateText(p.from())).bind(dateText(p.to()));
        s << customerFilters(filter) << inTexts(u"o.channel"_s, filter.channels)
          << inTexts(u"coalesce(p.category, '')"_s, filter.categories)
          << inIds(u"l.product_id"_s, filter.products);
        return s;
    };
    Sql sql;
    switch (set) {
    case CustomerSet::New:
        sql << firstPurchases(u"f.cid"_s, m_scope, members, filter) << u" ORDER BY 1"_s;
        sql.binds.prepend(dateText(period.to()));
        sql.binds.prepend(dateText(period.from()));
        break;
    case CustomerSet::Active:
        sql << buyers(period) << u" ORDER BY 1"_s;
        break;
    case CustomerSet::Retained:
    case CustomerSet::Lost:
        sql << u"SELECT x.customer_id FROM ("_s << buyers(period.previous()) << u") x WHERE x.customer_id "_s
            << (set == CustomerSet::Lost ? u"NOT IN ("_s : u"IN ("_s) << buyers(period) << u") ORDER BY 1"_s;
        break;
    }
    QList<qint64> ids;
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    q.prepare(sql.text);
    if (!exec(q, sql.binds)) {
        if (error)
            *error = m_error;
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Dashboard MetricsEngine::dashboard(const Period &period, const Filter &filter, int trendLength)
{
    ensureLoaded();
    Dashboard d;
    d.period = period;
    d.asOf = m_today;
    d.subject = subjectName(filter);
    if (trendLength <= 0) {
        switch (period.kind()) {
        case Period::Day:
            trendLength = 14;
            break;
        case Period::Week:
        case Period::Month:
            trendLength = 12;
            break;
        case Period::Quarter:
            trendLength = 8;
            break;
        case Period::Year:
            trendLength = 5;
            break;
        case Period::Custom:
            trendLength = 6;
            break;
        }
    }
    const QList<Period> trend = period.trailing(trendLength);
    const auto card = [&](const QString &key, Measure measure, bool withTarget) {
        KpiCard c;
        c.key = key;
        c.measure = measure;
        c.title = Metrics::label(measure);
        c.trendPeriods = trend;
        c.unavailable = unsupportedReason(measure, filter);
        if (!c.unavailable.isEmpty()) {
            // Not a zero: a figure this filter cannot give (visits have no channel).
            const Value none{Metrics::type(measure), 0, 0, true};
            c.value = c.growth.current = c.growth.previous = c.growth.lastYear = none;
            c.attainment = Targets::evaluate(none, std::nullopt, period, m_today);
            return c;
        }
        // The trend and the same period last year in one go (one read of the pipeline history).
        c.trend = series(measure, QList<Period>(trend) << period.lastYear(), filter);
        c.growth.lastYear = c.trend.takeLast();
        c.value = c.trend.isEmpty() ? total(measure, period, filter) : c.trend.last();
        c.growth.current = c.value;
        c.growth.previous =
            c.trend.size() >= 2 ? c.trend.at(c.trend.size() - 2) : total(measure, period.previous(), filter);
        c.attainment = Targets::evaluate(c.value, std::nullopt, period, m_today);
        if (withTarget)
            c.attainment = attainment(measure, period, filter);
        return c;
    };
    const KpiCard revenue = card(u"revenue"_s, Measure::Revenue, true);
    d.cards << revenue;
    // Growth: this period against the one before and the same one last year, with the
    // period-on-period growth of each point of the revenue trend.
    KpiCard growth;
    growth.key = u"growth"_s;
    growth.title = tr("Growth");
    growth.measure = Measure::Revenue;
    growth.growth = revenue.growth;
    growth.value = revenue.growth.vsPrevious();
    growth.attainment = revenue.attainment;
    growth.attainment.status = TrackStatus::NoTarget;
    growth.trendPeriods = trend;
    const Value before = total(Measure::Revenue, trend.constFirst().previous(), filter);
    for (qsizetype i = 0; i < revenue.trend.size(); ++i) {
        Growth g;
        g.current = revenue.trend.at(i);
        g.previous = i ? revenue.trend.at(i - 1) : before;
        growth.trend << g.vsPrevious();
    }
    d.cards << growth;
    d.cards << card(u"new_customers"_s, Measure::NewCustomers, true);
    d.cards << card(u"retention_rate"_s, Measure::RetentionRate, false);
    d.cards << card(u"visits"_s, Measure::Visits, true);
    d.cards << card(u"weighted_pipeline"_s, Measure::WeightedPipeline, false);
    // Collected payments (回款) last, so that readers of the earlier cards by position keep theirs.
    d.cards << card(u"collected"_s, Measure::Collected, true);
    return d;
}

} // namespace frontline::analytics
