#include "CrmCommands.h"

#include "Context.h"
#include "SecurityCommands.h"
#include "analytics/MetricsEngine.h"
#include "domain/Money.h"
#include "import/ImportCleaner.h"
#include "performance/OrgTree.h"
#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/OrgRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/TaskRepository.h"
#include "security/Permissions.h"
#include "sync/SyncService.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::cli {

namespace {

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &value)
{
    return QCommandLineOption(name, description, value);
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textJson(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject customerJson(const Customer &c)
{
    QJsonArray phones, emails, tags;
    for (const ContactPoint &p : c.points) {
        QJsonObject point{{u"raw"_s, p.raw}, {u"normalized"_s, p.normalized}, {u"valid"_s, p.valid}};
        (p.kind == u"email"_s ? emails : phones).append(point);
    }
    for (const QString &t : c.tags)
        tags.append(t);
    return QJsonObject{
        {u"id"_s, c.id},
        {u"code"_s, c.code},
        {u"uuid"_s, c.uuid},
        {u"kind"_s, c.kind},
        {u"name"_s, c.name},
        {u"short_name"_s, textJson(c.shortName)},
        {u"industry"_s, textJson(c.industry)},
        {u"region"_s, textJson(c.region)},
        {u"city"_s, textJson(c.city)},
        {u"source"_s, textJson(c.source)},
        {u"owner_id"_s, c.ownerId},
        {u"owner"_s, textJson(c.ownerName)},
        {u"status"_s, c.status},
        {u"grade"_s, textJson(c.grade)},
        {u"tags"_s, tags},
        {u"phones"_s, phones},
        {u"emails"_s, emails},
        {u"consent"_s, c.consent.has_value() ? QJsonValue(*c.consent) : QJsonValue()},
        {u"created_at"_s, c.createdAt.toString(Qt::ISODateWithMs)},
        {u"deleted"_s, c.deleted},
    };
}

QJsonObject memberJson(const Member &m)
{
    return QJsonObject{{u"id"_s, m.id},
                       {u"code"_s, m.code},
                       {u"uuid"_s, m.uuid},
                       {u"name"_s, m.name},
                       {u"role"_s, roleKey(m.role)},
                       {u"team_id"_s, m.teamId},
                       {u"team"_s, textJson(m.teamName)},
                       {u"phone"_s, textJson(m.phone)},
                       {u"email"_s, textJson(m.email)},
                       {u"hire_date"_s, dateJson(m.hireDate)},
                       {u"active"_s, m.active}};
}

QJsonObject activityJson(const Activity &a)
{
    return QJsonObject{{u"id"_s, a.id},
                       {u"uuid"_s, a.uuid},
                       {u"kind"_s, a.kind},
                       {u"customer_id"_s, a.customerId},
                       {u"customer"_s, a.customerName},
                       {u"member_id"_s, a.memberId},
                       {u"member"_s, a.memberName},
                       {u"occurred_at"_s, a.occurredAt.toUTC().toString(Qt::ISODateWithMs)},
                       {u"duration_min"_s, a.durationMinutes ? QJsonValue(a.durationMinutes) : QJsonValue()},
                       {u"summary"_s, a.summary},
                       {u"outcome"_s, textJson(a.outcome)},
                       {u"next_step"_s, textJson(a.nextStep)},
                       {u"next_follow_up"_s, dateJson(a.nextFollowUp)},
                       {u"satisfaction"_s, a.satisfaction ? QJsonValue(a.satisfaction) : QJsonValue()}};
}

QJsonObject opportunityJson(const Opportunity &o)
{
    return QJsonObject{{u"id"_s, o.id},
                       {u"uuid"_s, o.uuid},
                       {u"external_id"_s, textJson(o.externalId)},
                       {u"title"_s, o.title},
                       {u"customer_id"_s, o.customerId},
                       {u"customer"_s, o.customerName},
                       {u"owner_id"_s, o.ownerId},
                       {u"owner"_s, o.ownerName},
                       {u"stage"_s, o.stageKey},
                       {u"probability"_s, o.probability},
                       {u"amount_fen"_s, o.amountFen},
                       {u"weighted_fen"_s, OpportunityRepository::weighted(o.amountFen, o.probability)},
                       {u"expected_close"_s, dateJson(o.expectedClose)},
                       {u"closed_on"_s, dateJson(o.closedOn)},
                       {u"close_reason"_s, textJson(o.closeReason)}};
}

QJsonObject orderJson(const Order &o)
{
    QJsonObject json{{u"id"_s, o.id},
                     {u"uuid"_s, o.uuid},
                     {u"order_no"_s, o.orderNo},
                     {u"order_date"_s, dateJson(o.orderDate)},
                     {u"customer_id"_s, o.customerId},
                     {u"customer"_s, o.customerName},
                     {u"member_id"_s, o.memberId},
                     {u"member"_s, o.memberName},
                     {u"channel"_s, o.channel},
                     {u"status"_s, o.status},
                     {u"total_fen"_s, o.totalFen}};
    if (!o.lines.isEmpty()) {
        QJsonArray lines;
        for (const OrderLine &l : o.lines)
            lines.append(QJsonObject{{u"product_id"_s, l.productId},
                                     {u"sku"_s, l.sku},
                                     {u"product"_s, l.productName},
                                     {u"quantity"_s, l.quantity},
                                     {u"unit_price_fen"_s, l.unitPriceFen},
                                     {u"amount_fen"_s, l.amountFen}});
        json.insert(u"lines"_s, lines);
    }
    return json;
}

QJsonObject taskJson(const Task &t)
{
    return QJsonObject{{u"id"_s, t.id},
                       {u"uuid"_s, t.uuid},
                       {u"title"_s, t.title},
                       {u"assignee_id"_s, t.assigneeId},
                       {u"assignee"_s, t.assigneeName},
                       {u"customer_id"_s, t.customerId ? QJsonValue(t.customerId) : QJsonValue()},
                       {u"customer"_s, textJson(t.customerName)},
                       {u"opportunity_id"_s, t.opportunityId ? QJsonValue(t.opportunityId) : QJsonValue()},
                       {u"due_date"_s, dateJson(t.dueDate)},
                       {u"priority"_s, t.priority},
                       {u"status"_s, t.status},
                       {u"completed_at"_s, t.completedAt.isValid()
                                               ? QJsonValue(t.completedAt.toString(Qt::ISODateWithMs))
                                               : QJsonValue()}};
}

QJsonObject paymentJson(const Payment &p)
{
    return QJsonObject{{u"id"_s, p.id},
                       {u"uuid"_s, p.uuid},
                       {u"payment_no"_s, textJson(p.paymentNo)},
                       {u"paid_on"_s, dateJson(p.paidOn)},
                       {u"customer_id"_s, p.customerId},
                       {u"customer"_s, p.customerName},
                       {u"order_id"_s, p.orderId ? QJsonValue(p.orderId) : QJsonValue()},
                       {u"order_no"_s, textJson(p.orderNo)},
                       {u"member_id"_s, p.memberId},
                       {u"member"_s, p.memberName},
                       {u"amount_fen"_s, p.amountFen},
                       {u"method"_s, p.method},
                       {u"notes"_s, textJson(p.notes)},
                       {u"created_at"_s, p.createdAt.toString(Qt::ISODateWithMs)}};
}

QJsonObject teamJson(const Team &t)
{
    return QJsonObject{{u"id"_s, t.id},
                       {u"uuid"_s, t.uuid},
                       {u"name"_s, t.name},
                       {u"kind"_s, t.kind},
                       {u"parent_id"_s, t.parentId ? QJsonValue(t.parentId) : QJsonValue()}};
}

QJsonObject commentJson(const TaskComment &c)
{
    return QJsonObject{{u"id"_s, c.id},
                       {u"uuid"_s, c.uuid},
                       {u"task_id"_s, c.taskId},
                       {u"author_id"_s, c.authorId ? QJsonValue(c.authorId) : QJsonValue()},
                       {u"author"_s, textJson(c.authorName)},
                       {u"body"_s, c.body},
                       {u"created_at"_s, c.createdAt.toString(Qt::ISODateWithMs)}};
}

// A team given by id or by name (names repeat across regions: then the id is needed). 0 and the
// reason printed when there is no such team or the name is ambiguous.
qint64 teamArgument(Context &context, OrgRepository &org, const QString &text)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric && org.team(id))
        return id;
    const QList<Team> named = org.teamsNamed(text);
    if (named.size() == 1)
        return named.first().id;
    if (named.isEmpty())
        context.fail(CrmCommand::tr("There is no team called %1.").arg(text));
    else
        context.fail(CrmCommand::tr("%n teams are called %1: give the team's id (frontline-cli team list).",
                                    nullptr, int(named.size()))
                         .arg(text));
    return 0;
}

// "yes"/"no" options: nullopt (and a usage error printed) for anything else.
std::optional<bool> yesNo(Context &context, const QString &option)
{
    const QString v = context.value(option).trimmed().toLower();
    if (v == u"yes"_s || v == u"true"_s || v == u"1"_s)
        return true;
    if (v == u"no"_s || v == u"false"_s || v == u"0"_s)
        return false;
    context.usageError(CrmCommand::tr("--%1 is yes or no.").arg(option));
    return std::nullopt;
}

// Reports a failed save as one line; field errors name their field.
int saveFailed(Context &context, const SaveResult &r)
{
    return context.fail(r.message());
}

bool dateOption(Context &context, const QString &option, QDate *out)
{
    if (!context.isSet(option))
        return true;
    *out = Context::parseDate(context.value(option));
    if (!out->isValid()) {
        context.usageError(
            CrmCommand::tr("--%1: \"%2\" is not a date (use YYYY-MM-DD, today, +3d, +1w, +1m).")
                .arg(option, context.value(option)));
        return false;
    }
    return true;
}

} // namespace

// --- shared -----------------------------------------------------------------

int CrmCommand::run(Context &context)
{
    const QStringList args = context.arguments();
    if (args.isEmpty() || !subcommands().contains(args.first()))
        return context.usageError(tr("Use: frontline-cli %1 %2").arg(name(), arguments()));
    Database db;
    if (!context.openDatabase(db, !writes(args.first())))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    return runSubcommand(args.first(), context, db, *scope);
}

// --- customer ---------------------------------------------------------------

QList<QCommandLineOption> CustomerCommand::options() const
{
    return QList<QCommandLineOption>{
               valueOption(u"owner"_s,
                           tr("Only customers of the member with this code (list); the owner (add)."),
                           u"CODE"_s),
               valueOption(u"search"_s, tr("Search name, pinyin, initials, phone, contact (list)."),
                           u"TEXT"_s),
               valueOption(u"status"_s, tr("lead, prospect, active, dormant or lost."), u"STATUS"_s),
               valueOption(u"grade"_s, tr("A, B, C or D."), u"GRADE"_s),
               valueOption(u"region"_s, tr("The region."), u"REGION"_s),
               valueOption(u"source"_s,
                           tr("phone, email, wechat, visit, referral, trade_show, website, import, other."),
                           u"SOURCE"_s),
               valueOption(u"tag"_s, tr("A tag (list: filter; add: repeat for several)."), u"TAG"_s),
               QCommandLineOption(u"deleted"_s, tr("List recently deleted customers instead.")),
               valueOption(u"cohort"_s,
                           tr("Only the customers behind a dashboard figure for --period (list): new (first "
                              "purchase), active (bought), retained (bought in the period before and again), "
                              "lost (bought in the period before, not again)."),
                           u"SET"_s),
               valueOption(u"period"_s, tr("The period for --cohort: 2025-03, 2025-Q1, 2025 or FROM..TO."),
                           u"PERIOD"_s),
               valueOption(u"limit"_s, tr("At most N rows (list)."), u"N"_s),
               valueOption(u"name"_s, tr("The name (add)."), u"NAME"_s),
               valueOption(u"kind"_s, tr("company or individual (add)."), u"KIND"_s),
               valueOption(u"phone"_s, tr("A phone number (add; repeat for several)."), u"PHONE"_s),
               valueOption(u"email"_s, tr("An e-mail address (add; repeat for several)."), u"EMAIL"_s),
               valueOption(u"city"_s, tr("The city (add)."), u"CITY"_s),
               valueOption(u"industry"_s, tr("The industry (add)."), u"INDUSTRY"_s),
               valueOption(u"notes"_s, tr("Notes (add)."), u"TEXT"_s),
               QCommandLineOption(u"force"_s, tr("Add even when a duplicate exists (add).")),
           } +
           customerPrivacyOptions();
}

QStringList CustomerCommand::subcommands() const
{
    return QStringList{u"list"_s, u"show"_s, u"add"_s} + customerPrivacySubcommands();
}

bool CustomerCommand::writes(const QString &sub) const
{
    return sub == u"add"_s || customerPrivacySubcommands().contains(sub);
}

int CustomerCommand::runSubcommand(const QString &sub, Context &context, Database &db,
                                   const AccessScope &scope)
{
    if (customerPrivacySubcommands().contains(sub))
        return runCustomerPrivacy(sub, context, db, scope);
    CustomerRepository repo(db, scope);
    if (sub == u"show"_s) {
        if (context.arguments().size() != 2)
            return context.usageError(tr("Use: frontline-cli customer show ID|CODE"));
        const qint64 id = context.customerId(db, scope, context.arguments().at(1));
        if (!id)
            return Failure;
        const Customer c = *repo.get(id);
        QJsonObject json = customerJson(c);
        QJsonArray contacts;
        for (const Contact &contact : repo.contacts(id))
            contacts.append(
                QJsonObject{{u"id"_s, contact.id}, {u"name"_s, contact.name}, {u"title"_s, contact.title}});
        json.insert(u"contacts"_s, contacts);
        QJsonArray timeline;
        QStringList lines{u"%1  %2  [%3]"_s.arg(c.code, c.name, c.status), tr("Owner: %1").arg(c.ownerName),
                          tr("Phones: %1").arg(c.phones().join(u", "_s)),
                          tr("E-mails: %1").arg(c.emails().join(u", "_s)), tr("Timeline:")};
        for (const TimelineEntry &e : repo.timeline(id, 50)) {
            timeline.append(QJsonObject{{u"kind"_s, e.kind},
                                        {u"id"_s, e.id},
                                        {u"when"_s, e.when},
                                        {u"type"_s, e.type},
                                        {u"title"_s, e.title},
                                        {u"who"_s, e.who},
                                        {u"amount_fen"_s, e.amountFen}});
            lines << u"  %1  %2  %3  %4"_s.arg(e.when.left(10), e.type, e.title, e.who);
        }
        json.insert(u"timeline"_s, timeline);
        context.print(json, lines.join(u'\n'));
        return Success;
    }
    if (sub == u"list"_s) {
        CustomerFilter f;
        if (context.isSet(u"owner"_s) && !(f.ownerId = context.memberId(db, context.value(u"owner"_s))))
            return Failure;
        f.search = context.value(u"search"_s);
        f.status = context.value(u"status"_s);
        f.grade = context.value(u"grade"_s);
        f.region = context.value(u"region"_s);
        f.source = context.value(u"source"_s);
        f.tag = context.value(u"tag"_s);
        f.deleted = context.isSet(u"deleted"_s);
        if (context.isSet(u"cohort"_s)) {
            const std::optional<analytics::CustomerSet> set =
                analytics::MetricsEngine::customerSetFromKey(context.value(u"cohort"_s));
            if (!set)
                return context.usageError(tr("--cohort is new, active, retained or lost."));
            QString error;
            const std::optional<analytics::Period> period =
                analytics::Period::parse(context.value(u"period"_s), &error);
            if (!period)
                return context.usageError(
                    tr("--cohort needs --period (2025-03, 2025-Q1, 2025 or FROM..TO). %1").arg(error));
            analytics::MetricsEngine engine(db, scope);
            f.only = engine.customerIds(*set, *period, {}, &error);
            if (!error.isEmpty())
                return context.fail(error);
        }
        const int limit = context.isSet(u"limit"_s) ? context.value(u"limit"_s).toInt() : -1;
        QJsonArray json;
        QList<QStringList> rows;
        for (const Customer &c : repo.list(f, limit)) {
            json.append(customerJson(c));
            rows << QStringList{c.code, c.name, c.status, c.ownerName, c.phones().value(0), c.region};
        }
        if (context.json())
            context.print(json, {});
        else
            context.printTable({tr("Code"), tr("Name"), tr("Status"), tr("Owner"), tr("Phone"), tr("Region")},
                               rows);
        return Success;
    }
    // add
    Customer c;
    c.name = context.value(u"name"_s);
    c.kind = context.isSet(u"kind"_s) ? context.value(u"kind"_s) : u"company"_s;
    c.status = context.isSet(u"status"_s) ? context.value(u"status"_s) : u"lead"_s;
    c.grade = context.value(u"grade"_s);
    c.region = context.value(u"region"_s);
    c.city = context.value(u"city"_s);
    c.industry = context.value(u"industry"_s);
    c.source = context.value(u"source"_s);
    c.notes = context.value(u"notes"_s);
    c.tags = context.parser().values(u"tag"_s);
    for (const QString &p : context.parser().values(u"phone"_s))
        c.points << ContactPoint{u"phone"_s, p, {}, true};
    for (const QString &e : context.parser().values(u"email"_s))
        c.points << ContactPoint{u"email"_s, e, {}, true};
    if (context.isSet(u"owner"_s) && !(c.ownerId = context.memberId(db, context.value(u"owner"_s))))
        return Failure;
    if (!context.isSet(u"force"_s)) {
        Customer probe = c;
        for (ContactPoint &p : probe.points)
            p = p.kind == u"email"_s ? CustomerMatcher::emailPoint(p.raw)
                                     : CustomerMatcher::phonePoint(p.raw);
        const QList<DuplicateMatch> dups = repo.findDuplicates(MatchKeys::of(probe));
        if (!dups.isEmpty()) {
            const DuplicateMatch &d = dups.first();
            return context.fail(
                d.visible ? tr("Possible duplicate of customer %1 (%2, same %3). Use --force to add anyway.")
                                .arg(QString::number(d.customerId), d.name, d.reason)
                          : tr("A customer with the same %1 already exists (owned by someone else). "
                               "Use --force to add anyway.")
                                .arg(d.reason));
        }
    }
    const SaveResult r = repo.create(c);
    if (!r.ok())
        return saveFailed(context, r);
    const Customer saved = *repo.get(r.id);
    context.print(customerJson(saved), tr("Added customer %1 %2.").arg(saved.code, saved.name));
    return Success;
}

// --- team -------------------------------------------------------------------

QList<QCommandLineOption> TeamCommand::options() const
{
    return {
        valueOption(u"parent"_s, tr("The team above, by id or name (add; default: the top of the tree)."),
                    u"TEAM"_s),
        valueOption(u"kind"_s, tr("company, region or team (add; default team)."), u"KIND"_s),
        valueOption(u"move-members-to"_s,
                    tr("The team the members of a removed team go to, by id or name (remove)."), u"TEAM"_s),
    };
}

QStringList TeamCommand::subcommands() const
{
    return {u"list"_s, u"add"_s, u"rename"_s, u"move"_s, u"remove"_s};
}

int TeamCommand::runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope)
{
    OrgRepository org(db, scope);
    const QStringList args = context.arguments();
    if (sub == u"list"_s) {
        const QList<Team> teams = org.teams();
        QHash<qint64, int> memberCounts;
        for (const Member &m : org.members(true))
            ++memberCounts[m.teamId];
        QHash<qint64, QString> names;
        for (const Team &t : teams)
            names.insert(t.id, t.name);
        QJsonArray json;
        QList<QStringList> rows;
        for (const Team &t : teams) {
            QJsonObject o = teamJson(t);
            o.insert(u"parent"_s, textJson(names.value(t.parentId)));
            o.insert(u"active_members"_s, memberCounts.value(t.id));
            json.append(o);
            rows << QStringList{QString::number(t.id), t.name, t.kind, names.value(t.parentId),
                                QString::number(memberCounts.value(t.id))};
        }
        if (context.json())
            context.print(json, {});
        else
            context.printTable({tr("Id"), tr("Name"), tr("Kind"), tr("Above"), tr("Active members")}, rows);
        return Success;
    }
    const auto printTeam = [&](qint64 id, const QString &text) {
        const std::optional<Team> t = org.team(id);
        context.print(t ? teamJson(*t) : QJsonObject{{u"id"_s, id}, {u"deleted"_s, true}}, text);
        return Success;
    };
    if (sub == u"add"_s) {
        if (args.size() != 2)
            return context.usageError(tr("Use: frontline-cli team add NAME [--parent TEAM] [--kind KIND]"));
        Team t;
        t.name = args.at(1);
        if (context.isSet(u"kind"_s))
            t.kind = context.value(u"kind"_s);
        if (context.isSet(u"parent"_s) &&
            !(t.parentId = teamArgument(context, org, context.value(u"parent"_s))))
            return Failure;
        const SaveResult r = org.addTeam(t);
        if (!r.ok())
            return saveFailed(context, r);
        return printTeam(r.id, tr("Added team %1 (%2).").arg(org.team(r.id)->name).arg(r.id));
    }
    if (sub == u"rename"_s) {
        if (args.size() != 3)
            return context.usageError(tr("Use: frontline-cli team rename TEAM NEW-NAME"));
        const qint64 id = teamArgument(context, org, args.at(1));
        if (!id)
            return Failure;
        const SaveResult r = org.renameTeam(id, args.at(2));
        if (!r.ok())
            return saveFailed(context, r);
        return printTeam(id, tr("Team %1 is now called %2.").arg(id).arg(org.team(id)->name));
    }
    if (sub == u"move"_s) {
        if (args.size() != 3)
            return context.usageError(tr("Use: frontline-cli team move TEAM NEW-PARENT"));
        const qint64 id = teamArgument(context, org, args.at(1));
        if (!id)
            return Failure;
        const qint64 parent = teamArgument(context, org, args.at(2));
        if (!parent)
            return Failure;
        const SaveResult r = org.moveTeam(id, parent);
        if (!r.ok())
            return saveFailed(context, r);
        return printTeam(id, tr("Team %1 is now below %2.").arg(org.team(id)->name, org.team(parent)->name));
    }
    // remove
    if (args.size() != 2)
        return context.usageError(tr("Use: frontline-cli team remove TEAM [--move-members-to TEAM]"));
    const qint64 id = teamArgument(context, org, args.at(1));
    if (!id)
        return Failure;
    qint64 to = 0;
    if (context.isSet(u"move-members-to"_s) &&
        !(to = teamArgument(context, org, context.value(u"move-members-to"_s))))
        return Failure;
    const QString name = org.team(id)->name;
    const SaveResult r = org.removeTeam(id, to);
    if (!r.ok())
        return saveFailed(context, r);
    return printTeam(id, tr("Removed team %1.").arg(name));
}

// --- member -----------------------------------------------------------------

QList<QCommandLineOption> MemberCommand::options() const
{
    return {
        valueOption(u"name"_s, tr("The name (add, edit)."), u"NAME"_s),
        valueOption(u"role"_s, tr("admin, manager, rep or support (add: default rep; edit)."), u"ROLE"_s),
        valueOption(u"manager"_s, tr("yes: the manager role; no: back to rep (edit)."), u"yes|no"_s),
        valueOption(u"team"_s, tr("The team, by id or name (add, edit; list: filter)."), u"TEAM"_s),
        valueOption(u"code"_s, tr("The member's code (add; default: the next free one)."), u"CODE"_s),
        valueOption(u"phone"_s, tr("The phone number (add, edit)."), u"PHONE"_s),
        valueOption(u"email"_s, tr("The e-mail address (add, edit)."), u"EMAIL"_s),
        valueOption(u"hire-date"_s, tr("Hire date, YYYY-MM-DD (add, edit)."), u"DATE"_s),
        valueOption(u"status"_s, tr("active or inactive (edit)."), u"STATUS"_s),
        QCommandLineOption(u"active"_s, tr("Only active members (list).")),
        valueOption(u"duty"_s, tr("One line of the role's duties (duties; repeat for several)."), u"TEXT"_s),
        QCommandLineOption(u"clear"_s, tr("Remove all of the role's duties (duties).")),
    };
}

QStringList MemberCommand::subcommands() const
{
    return {u"list"_s, u"add"_s, u"edit"_s, u"duties"_s};
}

int MemberCommand::runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope)
{
    OrgRepository org(db, scope);
    qint64 teamId = 0;
    if (context.isSet(u"team"_s) && !(teamId = teamArgument(context, org, context.value(u"team"_s))))
        return Failure;
    if (sub == u"duties"_s) {
        if (context.arguments().size() != 2)
            return context.usageError(tr("Use: frontline-cli member duties ROLE [--duty TEXT]… [--clear]"));
        const std::optional<Role> role = roleFromKey(context.arguments().at(1));
        if (!role)
            return context.usageError(tr("The role is admin, manager, rep or support."));
        const QStringList lines = context.parser().values(u"duty"_s);
        if (!lines.isEmpty() || context.isSet(u"clear"_s)) {
            if (!org.setDuties(*role, lines))
                return context.fail(org.lastError().isEmpty() ? tr("The duties could not be saved.")
                                                              : org.lastError());
        }
        QJsonArray json;
        QStringList text;
        for (const RoleDuty &d : org.duties(*role)) {
            json.append(d.text);
            text << u"%1. %2"_s.arg(d.position).arg(d.text);
        }
        if (text.isEmpty())
            text << tr("No duties are written down for this role.");
        context.print(QJsonObject{{u"role"_s, roleKey(*role)}, {u"duties"_s, json}}, text.join(u'\n'));
        return Success;
    }
    if (sub == u"edit"_s) {
        if (context.arguments().size() != 2)
            return context.usageError(
                tr("Use: frontline-cli member edit CODE [--name …] [--role …] [--team …] "
                   "[--status active|inactive] …"));
        std::optional<Member> found = org.memberByCode(context.arguments().at(1));
        if (!found)
            return context.fail(tr("There is no member with the code %1.").arg(context.arguments().at(1)));
        Member m = *found;
        if (context.isSet(u"name"_s))
            m.name = context.value(u"name"_s);
        if (context.isSet(u"role"_s)) {
            const std::optional<Role> role = roleFromKey(context.value(u"role"_s));
            if (!role)
                return context.usageError(tr("--role is admin, manager, rep or support."));
            m.role = *role;
        }
        if (context.isSet(u"manager"_s)) {
            const std::optional<bool> manager = yesNo(context, u"manager"_s);
            if (!manager)
                return UsageError;
            if (*manager)
                m.role = Role::Manager;
            else if (m.role == Role::Manager)
                m.role = Role::Rep;
        }
        if (teamId)
            m.teamId = teamId;
        if (context.isSet(u"phone"_s))
            m.phone = context.value(u"phone"_s);
        if (context.isSet(u"email"_s))
            m.email = context.value(u"email"_s);
        if (!dateOption(context, u"hire-date"_s, &m.hireDate))
            return UsageError;
        if (context.isSet(u"status"_s)) {
            const QString status = context.value(u"status"_s);
            if (status != u"active"_s && status != u"inactive"_s)
                return context.usageError(tr("--status is active or inactive."));
            m.active = status == u"active"_s;
        }
        const SaveResult r = org.updateMember(m);
        if (!r.ok())
            return saveFailed(context, r);
        const Member saved = *org.member(m.id);
        context.print(memberJson(saved), tr("Saved member %1 %2.").arg(saved.code, saved.name));
        return Success;
    }
    if (sub == u"list"_s) {
        const QHash<qint64, qint64> owned = org.customerCounts();
        QJsonArray json;
        QList<QStringList> rows;
        for (const Member &m : org.members(context.isSet(u"active"_s))) {
            if (teamId && m.teamId != teamId)
                continue;
            QJsonObject o = memberJson(m);
            o.insert(u"customers"_s, owned.value(m.id));
            json.append(o);
            rows << QStringList{m.code,
                                m.name,
                                roleKey(m.role),
                                m.teamName,
                                QString::number(owned.value(m.id)),
                                m.active ? QString() : tr("inactive")};
        }
        if (context.json())
            context.print(json, {});
        else
            context.printTable(
                {tr("Code"), tr("Name"), tr("Role"), tr("Team"), tr("Customers"), tr("Status")}, rows);
        return Success;
    }
    Member m;
    m.name = context.value(u"name"_s);
    m.code = context.value(u"code"_s);
    const std::optional<Role> role =
        roleFromKey(context.isSet(u"role"_s) ? context.value(u"role"_s) : u"rep"_s);
    if (!role)
        return context.usageError(tr("--role is admin, manager, rep or support."));
    m.role = *role;
    m.teamId = teamId;
    m.phone = context.value(u"phone"_s);
    m.email = context.value(u"email"_s);
    if (!dateOption(context, u"hire-date"_s, &m.hireDate))
        return UsageError;
    const SaveResult r = org.addMember(m);
    if (!r.ok())
        return saveFailed(context, r);
    const Member saved = *org.member(r.id);
    context.print(memberJson(saved), tr("Added member %1 %2.").arg(saved.code, saved.name));
    return Success;
}

// --- activity ---------------------------------------------------------------

QList<QCommandLineOption> ActivityCommand::options() const
{
    return {
        valueOption(u"customer"_s, tr("The customer's id or code."), u"ID|CODE"_s),
        valueOption(u"member"_s, tr("The member's code (list: filter; add: who made the contact)."),
                    u"CODE"_s),
        valueOption(u"kind"_s, tr("visit, call, wechat, email or meeting."), u"KIND"_s),
        valueOption(u"since"_s, tr("From this date on (list)."), u"DATE"_s),
        valueOption(u"until"_s, tr("Up to this date (list)."), u"DATE"_s),
        valueOption(u"limit"_s, tr("At most N rows (list)."), u"N"_s),
        valueOption(u"summary"_s, tr("What was said and done (add)."), u"TEXT"_s),
        valueOption(u"when"_s, tr("When it happened, YYYY-MM-DD[THH:MM] local time (add; default now)."),
                    u"TIME"_s),
        valueOption(u"duration"_s, tr("Minutes (add)."), u"N"_s),
        valueOption(u"location"_s, tr("Where (add)."), u"TEXT"_s),
        valueOption(u"outcome"_s, tr("The outcome (add)."), u"TEXT"_s),
        valueOption(u"next-step"_s, tr("The next step (add)."), u"TEXT"_s),
        valueOption(u"follow-up"_s, tr("Next follow-up date: YYYY-MM-DD, +3d, +1w, +1m (add)."), u"DATE"_s),
        valueOption(u"satisfaction"_s, tr("Customer satisfaction 1-5 (add)."), u"N"_s),
    };
}

QStringList ActivityCommand::subcommands() const
{
    return {u"list"_s, u"add"_s};
}

int ActivityCommand::runSubcommand(const QString &sub, Context &context, Database &db,
                                   const AccessScope &scope)
{
    ActivityRepository repo(db, scope);
    qint64 customer = 0, member = 0;
    if (context.isSet(u"customer"_s) &&
        !(customer = context.customerId(db, scope, context.value(u"customer"_s))))
        return Failure;
    if (context.isSet(u"member"_s) && !(member = context.memberId(db, context.value(u"member"_s))))
        return Failure;
    if (sub == u"list"_s) {
        ActivityFilter f;
        f.customerId = customer;
        f.memberId = member;
        f.kind = context.value(u"kind"_s);
        if (!dateOption(context, u"since"_s, &f.from) || !dateOption(context, u"until"_s, &f.to))
            return UsageError;
        QJsonArray json;
        QList<QStringList> rows;
        const int limit = context.isSet(u"limit"_s) ? context.value(u"limit"_s).toInt() : -1;
        for (const Activity &a : repo.list(f, limit)) {
            json.append(activityJson(a));
            rows << QStringList{QString::number(a.id),
                                a.occurredAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                a.kind,
                                a.customerName,
                                a.memberName,
                                a.summary.left(30)};
        }
        if (context.json())
            context.print(json, {});
        else
            context.printTable(
                {tr("Id"), tr("When"), tr("Kind"), tr("Customer"), tr("Member"), tr("Summary")}, rows);
        return Success;
    }
    if (!customer)
        return context.usageError(tr("activity add needs --customer ID|CODE."));
    // A rep's own laptop (a database made from a sync package): the contact is theirs unless
    // said otherwise, so that offline work scripts need no --member.
    if (!member && !scope.memberId()) {
        const SyncState sync = SyncService(db).state();
        if (sync.role == SyncState::Rep && !sync.memberCode.isEmpty() &&
            !(member = context.memberId(db, sync.memberCode)))
            return Failure;
    }
    Activity a;
    a.customerId = customer;
    a.memberId = member;
    a.kind = context.isSet(u"kind"_s) ? context.value(u"kind"_s) : u"visit"_s;
    a.summary = context.value(u"summary"_s);
    a.location = context.value(u"location"_s);
    a.outcome = context.value(u"outcome"_s);
    a.nextStep = context.value(u"next-step"_s);
    a.durationMinutes = context.value(u"duration"_s).toInt();
    a.satisfaction = context.value(u"satisfaction"_s).toInt();
    if (context.isSet(u"when"_s)) {
        const QString when = context.value(u"when"_s);
        a.occurredAt = when.contains(u'T') || when.contains(u' ')
                           ? QDateTime::fromString(QString(when).replace(u' ', u'T'), Qt::ISODate)
                           : QDateTime(Context::parseDate(when).startOfDay().addSecs(9 * 3600));
        if (!a.occurredAt.isValid())
            return context.usageError(tr("--when: \"%1\" is not a date or time.").arg(when));
    }
    if (!dateOption(context, u"follow-up"_s, &a.nextFollowUp))
        return UsageError;
    const SaveResult r = repo.create(a);
    if (!r.ok())
        return saveFailed(context, r);
    ActivityFilter f;
    f.customerId = customer;
    Activity saved = a;
    for (const Activity &x : repo.list(f)) {
        if (x.id == r.id)
            saved = x;
    }
    context.print(activityJson(saved),
                  tr("Logged %1 with %2 (activity %3).").arg(saved.kind, saved.customerName).arg(r.id));
    return Success;
}

// --- opportunity ------------------------------------------------------------

QList<QCommandLineOption> OpportunityCommand::options() const
{
    return {
        valueOption(u"customer"_s, tr("The customer's id or code."), u"ID|CODE"_s),
        valueOption(u"owner"_s, tr("The owner's member code."), u"CODE"_s),
        valueOption(u"stage"_s, tr("Stage key: lead, qualified, proposal, negotiation, won, lost."),
                    u"STAGE"_s),
        QCommandLineOption(u"open"_s, tr("Only open opportunities (list).")),
        valueOption(u"title"_s, tr("The title (add)."), u"TEXT"_s),
        valueOption(u"amount"_s, tr("The amount in yuan, e.g. 12000 or ¥12,000.50 (add)."), u"YUAN"_s),
        valueOption(u"close"_s, tr("Expected close date (add)."), u"DATE"_s),
        valueOption(u"external-id"_s, tr("The id in another system (add)."), u"ID"_s),
        valueOption(u"reason"_s, tr("Why it was won or lost (move)."), u"TEXT"_s),
    };
}

QStringList OpportunityCommand::subcommands() const
{
    return {u"list"_s, u"add"_s, u"move"_s};
}

int OpportunityCommand::runSubcommand(const QString &sub, Context &context, Database &db,
                                      const AccessScope &scope)
{
    OpportunityRepository repo(db, scope);
    qint64 customer = 0, owner = 0, stage = 0;
    if (context.isSet(u"customer"_s) &&
        !(customer = context.customerId(db, scope, context.value(u"customer"_s))))
        return Failure;
    if (context.isSet(u"owner"_s) && !(owner = context.memberId(db, context.value(u"owner"_s))))
        return Failure;
    if (context.isSet(u"stage"_s)) {
        const std::optional<PipelineStage> s = repo.stageByKey(context.value(u"stage"_s));
        if (!s)
            return context.usageError(tr("Unknown stage \"%1\".").arg(context.value(u"stage"_s)));
        stage = s->id;
    }
    if (sub == u"list"_s) {
        OpportunityFilter f;
        f.ownerId = owner;
        f.customerId = customer;
        f.stageId = stage;
        f.openOnly = context.isSet(u"open"_s);
        QJsonArray json;
        QList<QStringList> rows;
        for (const Opportunity &o : repo.list(f)) {
            json.append(opportunityJson(o));
            rows << QStringList{QString::number(o.id),
                                o.title,
                                o.customerName,
                                o.stageKey,
                                Money::format(o.amountFen),
                                u"%1%"_s.arg(o.probability),
                                o.ownerName};
        }
        if (context.json())
            context.print(json, {});
        else
            context.printTable({tr("Id"), tr("Title"), tr("Customer"), tr("Stage"), tr("Amount"),
                                tr("Probability"), tr("Owner")},
                               rows);
        return Success;
    }
    if (sub == u"move"_s) {
        if (context.arguments().size() != 2 || !stage)
            return context.usageError(
                tr("Use: frontline-cli opportunity move ID --stage STAGE [--reason TEXT]"));
        const qint64 id = context.arguments().at(1).toLongLong();
        const SaveResult r = repo.moveToStage(id, stage, context.value(u"reason"_s));
        if (!r.ok())
            return saveFailed(context, r);
        const std::optional<Opportunity> o = repo.get(id);
        context.print(opportunityJson(*o), tr("Opportunity %1 is now at %2.").arg(id).arg(o->stageKey));
        return Success;
    }
    if (!customer)
        return context.usageError(tr("opportunity add needs --customer ID|CODE."));
    Opportunity o;
    o.customerId = customer;
    o.ownerId = owner;
    o.stageId = stage;
    o.title = context.value(u"title"_s);
    o.externalId = context.value(u"external-id"_s);
    if (context.isSet(u"amount"_s)) {
        const std::optional<qint64> fen = Money::parseYuan(context.value(u"amount"_s));
        if (!fen)
            return context.usageError(
                tr("--amount: \"%1\" is not an amount.").arg(context.value(u"amount"_s)));
        o.amountFen = *fen;
    }
    if (!dateOption(context, u"close"_s, &o.expectedClose))
        return UsageError;
    const SaveResult r = repo.create(o);
    if (!r.ok())
        return saveFailed(context, r);
    const Opportunity saved = *repo.get(r.id);
    context.print(opportunityJson(saved), tr("Added opportunity %1 %2.").arg(r.id).arg(saved.title));
    return Success;
}

// --- order ------------------------------------------------------------------

QList<QCommandLineOption> OrderCommand::options() const
{
    return {
        valueOption(u"customer"_s, tr("The customer's id or code."), u"ID|CODE"_s),
        valueOption(u"member"_s, tr("The rep's member code."), u"CODE"_s),
        valueOption(u"since"_s, tr("From this date on."), u"DATE"_s),
        valueOption(u"until"_s, tr("Up to this date."), u"DATE"_s),
        valueOption(u"status"_s, tr("draft, confirmed, shipped, paid or cancelled."), u"STATUS"_s),
        valueOption(u"channel"_s, tr("The sales channel."), u"CHANNEL"_s),
        valueOption(u"limit"_s, tr("At most N rows."), u"N"_s),
    };
}

QStringList OrderCommand::subcommands() const
{
    return {u"list"_s, u"show"_s};
}

int OrderCommand::runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope)
{
    OrderRepository repo(db, scope);
    if (sub == u"show"_s) {
        if (context.arguments().size() != 2)
            return context.usageError(tr("Use: frontline-cli order show ID|ORDER_NO"));
        const QString key = context.arguments().at(1);
        bool numeric = false;
        const qint64 id = key.toLongLong(&numeric);
        std::optional<Order> o = numeric ? repo.get(id) : repo.findByNumber(key);
        if (o && !numeric)
            o = repo.get(o->id);
        if (!o)
            return context.fail(tr("There is no order %1 that you can see.").arg(key));
        QStringList lines{u"%1  %2  %3  %4"_s.arg(o->orderNo, o->orderDate.toString(Qt::ISODate),
                                                  o->customerName, Money::format(o->totalFen))};
        for (const OrderLine &l : o->lines)
            lines << u"  %1 %2 × %3 = %4"_s.arg(l.sku, l.productName)
                         .arg(l.quantity)
                         .arg(Money::format(l.amountFen));
        context.print(orderJson(*o), lines.join(u'\n'));
        return Success;
    }
    OrderFilter f;
    if (context.isSet(u"customer"_s) &&
        !(f.customerId = context.customerId(db, scope, context.value(u"customer"_s))))
        return Failure;
    if (context.isSet(u"member"_s) && !(f.memberId = context.memberId(db, context.value(u"member"_s))))
        return Failure;
    f.status = context.value(u"status"_s);
    f.channel = context.value(u"channel"_s);
    if (!dateOption(context, u"since"_s, &f.from) || !dateOption(context, u"until"_s, &f.to))
        return UsageError;
    const int limit = context.isSet(u"limit"_s) ? context.value(u"limit"_s).toInt() : -1;
    QJsonArray json;
    QList<QStringList> rows;
    for (const Order &o : repo.list(f, limit)) {
        json.append(orderJson(o));
        rows << QStringList{o.orderNo, o.orderDate.toString(Qt::ISODate), o.customerName, o.memberName,
                            o.status,  Money::format(o.totalFen)};
    }
    if (context.json())
        context.print(json, {});
    else
        context.printTable({tr("Order"), tr("Date"), tr("Customer"), tr("Rep"), tr("Status"), tr("Total")},
                           rows);
    return Success;
}

// --- task -------------------------------------------------------------------

QList<QCommandLineOption> TaskCommand::options() const
{
    return {
        valueOption(u"assignee"_s, tr("The assignee's member code."), u"CODE"_s),
        valueOption(u"customer"_s, tr("The related customer's id or code."), u"ID|CODE"_s),
        valueOption(u"opportunity"_s, tr("The related opportunity's id (add; its customer is the task's)."),
                    u"ID"_s),
        valueOption(u"status"_s, tr("open, in_progress, done or cancelled."), u"STATUS"_s),
        QCommandLineOption(u"open"_s, tr("Only open tasks (list).")),
        QCommandLineOption(u"overdue"_s, tr("Only overdue tasks (list).")),
        QCommandLineOption(u"mine"_s, tr("Only the tasks assigned to you (list; with --as or a login).")),
        valueOption(u"team"_s, tr("Only tasks of members of this team and the teams below it (list)."),
                    u"TEAM"_s),
        valueOption(u"title"_s, tr("What is to be done (add)."), u"TEXT"_s),
        valueOption(u"due"_s, tr("Due date: YYYY-MM-DD, +3d, +1w (add)."), u"DATE"_s),
        valueOption(u"priority"_s, tr("low, normal, high or urgent (add)."), u"PRIORITY"_s),
        valueOption(u"notes"_s, tr("Notes (add)."), u"TEXT"_s),
    };
}

QStringList TaskCommand::subcommands() const
{
    return {u"list"_s, u"show"_s, u"add"_s, u"done"_s, u"comment"_s};
}

int TaskCommand::runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope)
{
    TaskRepository repo(db, scope);
    if (sub == u"done"_s) {
        if (context.arguments().size() != 2)
            return context.usageError(tr("Use: frontline-cli task done ID"));
        if (!repo.setStatus(context.arguments().at(1).toLongLong(), u"done"_s))
            return context.fail(
                tr("There is no task %1 that you can change.").arg(context.arguments().at(1)));
        context.print(
            QJsonObject{{u"id"_s, context.arguments().at(1).toLongLong()}, {u"status"_s, u"done"_s}},
            tr("Task %1 is done.").arg(context.arguments().at(1)));
        return Success;
    }
    if (sub == u"comment"_s) {
        if (context.arguments().size() != 3)
            return context.usageError(tr("Use: frontline-cli task comment ID TEXT"));
        const SaveResult r =
            repo.addComment(context.arguments().at(1).toLongLong(), context.arguments().at(2));
        if (!r.ok())
            return saveFailed(context, r);
        const QList<TaskComment> comments = repo.comments(context.arguments().at(1).toLongLong());
        QJsonObject json{{u"id"_s, r.id}};
        for (const TaskComment &c : comments) {
            if (c.id == r.id)
                json = commentJson(c);
        }
        context.print(json, tr("Comment added to task %1.").arg(context.arguments().at(1)));
        return Success;
    }
    if (sub == u"show"_s) {
        if (context.arguments().size() != 2)
            return context.usageError(tr("Use: frontline-cli task show ID"));
        const std::optional<Task> t = repo.get(context.arguments().at(1).toLongLong());
        if (!t)
            return context.fail(tr("There is no task %1 that you can see.").arg(context.arguments().at(1)));
        QJsonObject json = taskJson(*t);
        QStringList text{tr("Task %1: %2").arg(t->id).arg(t->title),
                         tr("Assigned to: %1").arg(t->assigneeName),
                         tr("Status: %1, priority %2").arg(t->status, t->priority)};
        if (t->dueDate.isValid())
            text << tr("Due: %1").arg(t->dueDate.toString(Qt::ISODate));
        if (!t->customerName.isEmpty())
            text << tr("Customer: %1").arg(t->customerName);
        if (t->opportunityId) {
            const std::optional<Opportunity> o = OpportunityRepository(db, scope).get(t->opportunityId);
            json.insert(u"opportunity"_s, o ? QJsonValue(o->title) : QJsonValue());
            if (o)
                text << tr("Opportunity: %1 (%2)").arg(o->title).arg(o->id);
        }
        if (!t->notes.isEmpty()) {
            json.insert(u"notes"_s, t->notes);
            text << tr("Notes: %1").arg(t->notes);
        }
        QJsonArray comments;
        const QList<TaskComment> list = repo.comments(t->id);
        if (!list.isEmpty())
            text << tr("Comments:");
        for (const TaskComment &c : list) {
            comments.append(commentJson(c));
            text << u"  %1  %2: %3"_s.arg(c.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                          c.authorName.isEmpty() ? tr("administrator") : c.authorName,
                                          c.body);
        }
        json.insert(u"comments"_s, comments);
        context.print(json, text.join(u'\n'));
        return Success;
    }
    qint64 assignee = 0, customer = 0;
    if (context.isSet(u"assignee"_s) && !(assignee = context.memberId(db, context.value(u"assignee"_s))))
        return Failure;
    if (context.isSet(u"customer"_s) &&
        !(customer = context.customerId(db, scope, context.value(u"customer"_s))))
        return Failure;
    if (sub == u"list"_s) {
        TaskFilter f;
        f.assigneeId = assignee;
        f.customerId = customer;
        f.status = context.value(u"status"_s);
        f.openOnly = context.isSet(u"open"_s);
        f.overdueOnly = context.isSet(u"overdue"_s);
        if (context.isSet(u"mine"_s)) {
            if (!scope.memberId())
                return context.usageError(tr("--mine needs a member: log in as one, or use --as CODE (the "
                                             "administrator has no tasks)."));
            if (assignee && assignee != scope.memberId())
                return context.usageError(tr("--mine and --assignee name different members."));
            f.assigneeId = scope.memberId();
        }
        if (context.isSet(u"team"_s)) {
            OrgRepository org(db, scope);
            if (!(f.teamId = teamArgument(context, org, context.value(u"team"_s))))
                return Failure;
        }
        QJsonArray json;
        QList<QStringList> rows;
        for (const Task &t : repo.list(f)) {
            json.append(taskJson(t));
            rows << QStringList{QString::number(t.id),
                                t.dueDate.toString(Qt::ISODate),
                                t.priority,
                                t.status,
                                t.title,
                                t.assigneeName,
                                t.customerName};
        }
        if (context.json())
            context.print(json, {});
        else
            context.printTable({tr("Id"), tr("Due"), tr("Priority"), tr("Status"), tr("Title"),
                                tr("Assignee"), tr("Customer")},
                               rows);
        return Success;
    }
    Task t;
    t.title = context.value(u"title"_s);
    t.assigneeId = assignee;
    t.customerId = customer;
    t.notes = context.value(u"notes"_s);
    if (context.isSet(u"opportunity"_s)) {
        bool ok = false;
        t.opportunityId = context.value(u"opportunity"_s).toLongLong(&ok);
        if (!ok || t.opportunityId <= 0)
            return context.usageError(
                tr("--opportunity is the opportunity's id (frontline-cli opportunity list)."));
    }
    if (context.isSet(u"priority"_s))
        t.priority = context.value(u"priority"_s);
    if (!dateOption(context, u"due"_s, &t.dueDate))
        return UsageError;
    const SaveResult r = repo.create(t);
    if (!r.ok())
        return saveFailed(context, r);
    const Task saved = repo.get(r.id).value_or(t);
    context.print(taskJson(saved), tr("Added task %1: %2.").arg(r.id).arg(saved.title));
    return Success;
}

// --- payment ----------------------------------------------------------------

QList<QCommandLineOption> PaymentCommand::options() const
{
    return {
        valueOption(u"customer"_s,
                    tr("The customer's id, code or name (add: who paid, or taken from --order; list, "
                       "balances: filter)."),
                    u"ID|CODE|NAME"_s),
        valueOption(u"order"_s, tr("The order number the payment is for (add; list: filter)."),
                    u"ORDER_NO"_s),
        valueOption(u"amount"_s, tr("The amount in yuan, e.g. 1234.50, ¥1.2万 or -500 for a refund (add)."),
                    u"YUAN"_s),
        valueOption(u"date"_s, tr("The day the money was received (add; default today)."), u"DATE"_s),
        valueOption(u"method"_s, tr("transfer, cash, wechat, alipay, card, cheque, draft or other."),
                    u"METHOD"_s),
        valueOption(u"no"_s,
                    tr("The receipt or bank slip number; a number already recorded is refused (add)."),
                    u"NUMBER"_s),
        valueOption(u"rep"_s,
                    tr("The rep credited (add; default: the order's rep, else the customer's owner; list: "
                       "filter)."),
                    u"CODE"_s),
        valueOption(u"notes"_s, tr("Notes (add)."), u"TEXT"_s),
        valueOption(u"period"_s, tr("Received in this period: 2025-03, 2025-Q1, 2025 or FROM..TO (list)."),
                    u"PERIOD"_s),
        valueOption(u"from"_s, tr("Received on or after this date (list)."), u"DATE"_s),
        valueOption(u"to"_s, tr("Received on or before this date (list)."), u"DATE"_s),
        valueOption(u"team"_s,
                    tr("Only this team and the teams below it, by id or name (list: credited reps; "
                       "balances: customers' owners)."),
                    u"TEAM"_s),
        valueOption(u"limit"_s, tr("At most N rows (list, balances)."), u"N"_s),
    };
}

QStringList PaymentCommand::subcommands() const
{
    return {u"add"_s, u"list"_s, u"delete"_s, u"restore"_s, u"balances"_s};
}

bool PaymentCommand::writes(const QString &sub) const
{
    return sub == u"add"_s || sub == u"delete"_s || sub == u"restore"_s;
}

int PaymentCommand::runSubcommand(const QString &sub, Context &context, Database &db,
                                  const AccessScope &scope)
{
    // Payments are part of the order book: recording one needs Orders/Edit (support staff only
    // look), taking one back Orders/Delete.
    const PermissionAction action = sub == u"add"_s || sub == u"restore"_s ? PermissionAction::Edit
                                    : sub == u"delete"_s                   ? PermissionAction::Delete
                                                                           : PermissionAction::View;
    if (!context.permitted(db, scope, PermissionArea::Orders, action, u"payment:"_s + sub))
        return Failure;
    PaymentRepository repo(db, scope);
    const QStringList args = context.arguments();
    if (sub == u"delete"_s || sub == u"restore"_s) {
        bool numeric = false;
        const qint64 id = args.value(1).toLongLong(&numeric);
        if (args.size() != 2 || !numeric)
            return context.usageError(tr("Use: frontline-cli payment %1 ID").arg(sub));
        const std::optional<Payment> before = repo.get(id);
        if (sub == u"delete"_s ? !repo.remove(id) : !repo.restore(id))
            return context.fail(tr("There is no payment %1 that you can change.").arg(id));
        const std::optional<Payment> p = sub == u"delete"_s ? before : repo.get(id);
        QJsonObject json = p ? paymentJson(*p) : QJsonObject{{u"id"_s, id}};
        json.insert(u"deleted"_s, sub == u"delete"_s);
        context.print(json, sub == u"delete"_s ? tr("Deleted payment %1.").arg(id)
                                               : tr("Restored payment %1.").arg(id));
        return Success;
    }

    qint64 customer = 0, member = 0, teamId = 0;
    if (context.isSet(u"customer"_s) &&
        !(customer = context.customerId(db, scope, context.value(u"customer"_s))))
        return Failure;
    if (context.isSet(u"rep"_s) && !(member = context.memberId(db, context.value(u"rep"_s))))
        return Failure;
    if (context.isSet(u"team"_s)) {
        OrgRepository org(db, scope);
        if (!(teamId = teamArgument(context, org, context.value(u"team"_s))))
            return Failure;
    }
    const QList<qint64> team =
        teamId ? performance::OrgTree(db.connection()).subtreeMembers(teamId) : QList<qint64>();
    if (teamId && team.isEmpty())
        return context.fail(tr("The team has no active members."));
    std::optional<Order> order;
    if (context.isSet(u"order"_s)) {
        order = OrderRepository(db, scope).findByNumber(context.value(u"order"_s).trimmed());
        if (!order)
            return context.fail(tr("There is no order %1 that you can see.").arg(context.value(u"order"_s)));
    }
    QString method;
    if (context.isSet(u"method"_s)) {
        method = ImportCleaner::paymentMethod(context.value(u"method"_s));
        if (method.isEmpty())
            return context.usageError(
                tr("--method is one of %1.").arg(PaymentRepository::methods().join(u", "_s)));
    }
    const int limit = context.isSet(u"limit"_s) ? context.value(u"limit"_s).toInt() : -1;

    if (sub == u"balances"_s) {
        // The totals are the whole selection's; --limit shortens the list only.
        const QList<CustomerBalance> balances = repo.balances(team, customer);
        QJsonArray json;
        QList<QStringList> rows;
        qint64 billed = 0, collected = 0;
        for (const CustomerBalance &b : balances) {
            billed += b.billedFen;
            collected += b.collectedFen;
            if (limit >= 0 && rows.size() >= limit)
                continue;
            json.append(QJsonObject{{u"customer_id"_s, b.customerId},
                                    {u"customer"_s, b.customerName},
                                    {u"owner_id"_s, b.ownerId ? QJsonValue(b.ownerId) : QJsonValue()},
                                    {u"owner"_s, textJson(b.ownerName)},
                                    {u"billed_fen"_s, b.billedFen},
                                    {u"collected_fen"_s, b.collectedFen},
                                    {u"outstanding_fen"_s, b.outstandingFen()},
                                    {u"last_order"_s, dateJson(b.lastOrder)},
                                    {u"last_payment"_s, dateJson(b.lastPayment)}});
            rows << QStringList{b.customerName,
                                b.ownerName,
                                Money::format(b.billedFen, false),
                                Money::format(b.collectedFen, false),
                                Money::format(b.outstandingFen(), false),
                                b.lastPayment.toString(Qt::ISODate)};
        }
        if (context.json()) {
            context.print(QJsonObject{{u"balances"_s, json},
                                      {u"billed_fen"_s, billed},
                                      {u"collected_fen"_s, collected},
                                      {u"outstanding_fen"_s, billed - collected}},
                          {});
        } else {
            rows << QStringList{tr("Total"),
                                QString(),
                                Money::format(billed, false),
                                Money::format(collected, false),
                                Money::format(billed - collected, false),
                                QString()};
            context.printTable({tr("Customer"), tr("Owner"), tr("Billed (¥)"), tr("Collected (¥)"),
                                tr("Outstanding (¥)"), tr("Last payment")},
                               rows);
        }
        return Success;
    }

    if (sub == u"list"_s) {
        PaymentFilter f;
        f.customerId = customer;
        f.memberId = member;
        f.members = team;
        f.orderId = order ? order->id : 0;
        f.method = method;
        if (context.isSet(u"period"_s)) {
            QString error;
            const std::optional<analytics::Period> period =
                analytics::Period::parse(context.value(u"period"_s), &error);
            if (!period)
                return context.usageError(error);
            f.from = period->from();
            f.to = period->to();
        }
        if (!dateOption(context, u"from"_s, &f.from) || !dateOption(context, u"to"_s, &f.to))
            return UsageError;
        QJsonArray json;
        QList<QStringList> rows;
        for (const Payment &p : repo.list(f, limit)) {
            json.append(paymentJson(p));
            rows << QStringList{QString::number(p.id),
                                p.paidOn.toString(Qt::ISODate),
                                p.paymentNo,
                                p.customerName,
                                p.orderNo,
                                p.memberName,
                                PaymentRepository::methodLabel(p.method),
                                Money::format(p.amountFen, false)};
        }
        const qint64 count = repo.count(f), total = repo.totalFen(f);
        if (context.json()) {
            context.print(QJsonObject{{u"payments"_s, json},
                                      {u"count"_s, count},
                                      {u"total_fen"_s, total},
                                      {u"from"_s, dateJson(f.from)},
                                      {u"to"_s, dateJson(f.to)}},
                          {});
        } else {
            context.printTable({tr("Id"), tr("Date"), tr("Receipt"), tr("Customer"), tr("Order"), tr("Rep"),
                                tr("Method"), tr("Amount (¥)")},
                               rows);
            context.printText(tr("Payments: %1, total %2").arg(count).arg(Money::format(total)));
        }
        return Success;
    }

    // add
    if (!customer && !order)
        return context.usageError(tr("payment add needs --customer ID|CODE|NAME or --order ORDER_NO."));
    if (!context.isSet(u"amount"_s))
        return context.usageError(tr("payment add needs --amount YUAN."));
    const std::optional<qint64> fen = Money::parseYuan(context.value(u"amount"_s));
    if (!fen)
        return context.usageError(tr("--amount: \"%1\" is not an amount.").arg(context.value(u"amount"_s)));
    Payment p;
    p.customerId = customer ? customer : order->customerId;
    p.orderId = order ? order->id : 0;
    p.memberId = member;
    p.amountFen = *fen;
    p.paymentNo = context.value(u"no"_s);
    p.notes = context.value(u"notes"_s);
    if (!method.isEmpty())
        p.method = method;
    p.paidOn = QDate::currentDate();
    if (!dateOption(context, u"date"_s, &p.paidOn))
        return UsageError;
    const SaveResult r = repo.create(p);
    if (!r.ok())
        return saveFailed(context, r);
    const Payment saved = repo.get(r.id).value_or(p);
    context.print(paymentJson(saved), tr("Recorded payment %1: %2 from %3 on %4, credited to %5.")
                                          .arg(r.id)
                                          .arg(Money::format(saved.amountFen), saved.customerName,
                                               saved.paidOn.toString(Qt::ISODate), saved.memberName));
    return Success;
}

} // namespace frontline::cli
