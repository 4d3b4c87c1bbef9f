// The smaller kinds: products (by SKU), members (by code or name) and activities (visits, calls…
// matched to customers by the matcher's name rule). Each merges into an existing record by
// filling its empty fields, and skips what is already there.
#include "ImportKind.h"
#include "ImportKinds.h"
#include "ImportStore.h"
#include "repositories/AccessScope.h"
#include "services/TextNormalizer.h"
#include "storage/SqliteApi.h"

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

bool managersOnly(const AccessScope &scope, QString *why, const QString &what)
{
    if (scope.role() == Role::Admin || scope.role() == Role::Manager)
        return true;
    *why = ImportKind::tr("Only managers and administrators import %1.").arg(what);
    return false;
}

// Fills an empty column of a row the batch did not insert, recording the old value.
bool fill(ImportStore &store, const char *table, qint64 id, const char *column, const QVariant &value)
{
    const QByteArray sql =
        QByteArray("UPDATE ") + table + " SET " + column + " = ?, hlc = ?, device_id = ? WHERE id = ?";
    SqlStatement q(store.handle(), sql.constData());
    q.bind(1, value);
    q.bind(2, qint64(store.batchStamp().hlc));
    q.bind(3, store.deviceIdUtf8());
    q.bind(4, id);
    if (!q.exec()) {
        store.setError(q.error());
        return false;
    }
    return store.changed(QString::fromLatin1(table), id, QString::fromLatin1(column), QVariant(), value);
}

// --- products -------------------------------------------------------------------------------

class ProductKind : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ProductImport)
    enum Field
    {
        Sku,
        Name,
        Category,
        Price,
        Active
    };

public:
    QString key() const override { return u"products"_s; }
    QString label() const override { return tr("products"); }
    QList<ImportField> fields() const override
    {
        return {
            {u"sku"_s,
             tr("SKU"),
             {u"SKU"_s, u"产品编码"_s, u"商品编码"_s, u"编码"_s, u"货号"_s, u"物料编码"_s, u"Product Code"_s,
              u"Internal Reference"_s, u"Item Code"_s}},
            {u"name"_s,
             tr("product name"),
             {u"产品名称"_s, u"商品名称"_s, u"名称"_s, u"品名"_s, u"Product Name"_s, u"Name"_s, u"Product"_s},
             true},
            {u"category"_s,
             tr("category"),
             {u"类别"_s, u"分类"_s, u"产品类别"_s, u"品类"_s, u"Category"_s, u"Product Category"_s}},
            {u"price"_s,
             tr("unit price"),
             {u"单价"_s, u"价格"_s, u"售价"_s, u"标准价"_s, u"Unit Price"_s, u"Sales Price"_s,
              u"List Price"_s, u"Price"_s}},
            {u"active"_s, tr("active"), {u"启用"_s, u"在售"_s, u"状态"_s, u"Active"_s}}};
    }
    bool allowed(const AccessScope &scope, QString *why) const override
    {
        return managersOnly(scope, why, label());
    }
    bool begin(ImportSession &session) override
    {
        ImportStore &store = session.store();
        if (!store.loadProducts())
            return false;
        SqlStatement q(store.handle(), "SELECT id, category FROM product WHERE deleted = 0");
        while (q.next())
            m_categories.insert(q.int64(0), q.text(1));
        return q.ok();
    }
    RowAction process(const ImportRow &row, ImportSession &session) override
    {
        ImportStore &store = session.store();
        const QString sku = row.text(Sku), name = row.text(Name);
        if (name.isEmpty() && sku.isEmpty())
            return session.reject(row, Name, tr("No product name or SKU."));
        std::optional<qint64> price = 0;
        if (row.has(Price)) {
            price = ImportCleaner::fen(row.cell(Price));
            if (!price || *price < 0)
                return session.reject(row, Price, tr("\"%1\" is not a price.").arg(row.text(Price)));
        }
        const bool active = ImportCleaner::boolean(row.cell(Active)).value_or(true);
        const qint64 id = sku.isEmpty() ? store.productByName(name) : store.productBySku(sku);
        if (!id) {
            const qint64 created = store.createProduct(sku, name, *price, row.text(Category), active);
            if (!created) {
                session.fail(store.errorText());
                return RowAction::Rejected;
            }
            m_categories.insert(created, row.text(Category));
            session.preview(
                {{u"row"_s, row.number()}, {u"sku"_s, sku}, {u"name"_s, name}, {u"price_fen"_s, *price}});
            return RowAction::Inserted;
        }
        bool changed = false;
        if (m_categories.value(id).isEmpty() && row.has(Category)) {
            if (!fill(store, "product", id, "category", row.text(Category))) {
                session.fail(store.errorText());
                return RowAction::Rejected;
            }
            m_categories.insert(id, row.text(Category));
            changed = true;
        }
        if (store.productPrice(id) == 0 && *price > 0) {
            if (!fill(store, "product", id, "unit_price_fen", *price)) {
                session.fail(store.errorText());
                return RowAction::Rejected;
            }
            changed = true;
        } else if (row.has(Price) && *price != store.productPrice(id)) {
            session.warn(
                row, Price,
                tr("The price stays %1 fen; the file says %2 fen.").arg(store.productPrice(id)).arg(*price));
        }
        session.logged(row, changed ? RowAction::Merged : RowAction::Skipped, u"product"_s, id,
                       changed ? tr("Empty fields filled.") : tr("Already there; nothing new."));
        return changed ? RowAction::Merged : RowAction::Skipped;
    }
    bool finish(ImportSession &) override { return true; }

private:
    QHash<qint64, QString> m_categories;
};

// --- members -------------------------------------------------------------------------------

class MemberKind : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(frontline::MemberImport)
    enum Field
    {
        Code,
        Name,
        RoleField,
        TeamField,
        Phone,
        Email,
        HireDate
    };

public:
    QString key() const override { return u"members"_s; }
    QString label() const override { return tr("members"); }
    QList<ImportField> fields() const override
    {
        return {
            {u"code"_s, tr("code"), {u"工号"_s, u"编号"_s, u"员工编号"_s, u"Code"_s, u"Employee ID"_s}},
            {u"name"_s, tr("name"), {u"姓名"_s, u"名字"_s, u"员工姓名"_s, u"Name"_s, u"Full Name"_s}, true},
            {u"role"_s, tr("role"), {u"角色"_s, u"岗位"_s, u"Role"_s}},
            {u"team"_s, tr("team"), {u"团队"_s, u"小组"_s, u"部门"_s, u"Team"_s, u"Department"_s}},
            {u"phone"_s, tr("phone"), {u"手机"_s, u"电话"_s, u"Phone"_s, u"Mobile"_s}},
            {u"email"_s, tr("e-mail"), {u"邮箱"_s, u"电子邮箱"_s, u"Email"_s}},
            {u"hire_date"_s, tr("hire date"), {u"入职日期"_s, u"Hire Date"_s, u"Joined"_s}}};
    }
    bool allowed(const AccessScope &scope, QString *why) const override
    {
        return managersOnly(scope, why, label());
    }
    bool begin(ImportSession &session) override
    {
        ImportStore &store = session.store();
        if (!store.loadMembers())
            return false;
        SqlStatement q(store.handle(),
                       "SELECT id, phone, email, hire_date, team_id FROM member WHERE deleted = 0");
        while (q.next())
            m_details.insert(q.int64(0),
                             {q.text(1), q.text(2), q.text(3), q.isNull(4) ? QString() : q.text(4)});
        return q.ok();
    }
    RowAction process(const ImportRow &row, ImportSession &session) override
    {
        ImportStore &store = session.store();
        const QString code = row.text(Code), name = row.text(Name);
        if (name.isEmpty())
            return session.reject(row, Name, tr("No name."));
        QString role = u"rep"_s;
        if (row.has(RoleField)) {
            role = ImportCleaner::role(row.text(RoleField));
            if (role.isEmpty()) {
                role = u"rep"_s;
                session.warn(row, RoleField,
                             tr("Unknown role \"%1\"; rep was used.").arg(row.text(RoleField)));
            }
        }
        const qint64 team = store.teamId(row.text(TeamField));
        if (row.has(TeamField) && !team)
            session.warn(row, TeamField, tr("No team \"%1\"; left out.").arg(row.text(TeamField)));
        QString phone;
        if (row.has(Phone)) {
            const ContactPoint p = CustomerMatcher::phonePoint(row.text(Phone));
            if (!p.valid)
                session.warn(row, Phone,
                             tr("\"%1\" is not a valid phone number; kept as written.").arg(p.raw));
            phone = p.normalized;
        }
        QString email;
        if (row.has(Email)) {
            const ContactPoint p = CustomerMatcher::emailPoint(row.text(Email));
            if (p.valid)
                email = p.normalized;
            else
                session.warn(row, Email, tr("\"%1\" is not an e-mail address; left out.").arg(p.raw));
        }
        const CleanDate hired = ImportCleaner::date(row.cell(HireDate));
        const qint64 id = store.memberId(code.isEmpty() ? name : code);
        if (id <= 0) {
            const qint64 created = store.createMember(code, name, role, team, phone, email, hired.date);
            if (!created) {
                session.fail(store.errorText());
                return RowAction::Rejected;
            }
            return RowAction::Inserted;
        }
        QStringList &d = m_details[id];
        bool changed = false;
        const auto fillIf = [&](int index, const char *column, const QString &value) {
            if (!d.value(index).isEmpty() || value.isEmpty())
                return true;
            d[index] = value;
            changed = true;
            return fill(store, "member", id, column, value);
        };
        if (!fillIf(0, "phone", phone) || !fillIf(1, "email", email) ||
            !fillIf(2, "hire_date", hired.isValid() ? hired.date.toString(Qt::ISODate) : QString()) ||
            !fillIf(3, "team_id", team ? QString::number(team) : QString())) {
            session.fail(store.errorText());
            return RowAction::Rejected;
        }
        session.logged(row, changed ? RowAction::Merged : RowAction::Skipped, u"member"_s, id,
                       changed ? tr("Empty fields filled.") : tr("Already there; nothing new."));
        return changed ? RowAction::Merged : RowAction::Skipped;
    }
    bool finish(ImportSession &) override { return true; }

private:
    QHash<qint64, QStringList> m_details; // phone, email, hire date, team
};

// --- activities ------------------------------------------------------------------------------

class ActivityKind : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ActivityImport)
    enum Field
    {
        CustomerName,
        KindField,
        When,
        MemberField,
        Summary,
        Outcome,
        NextStep,
        FollowUp,
        Duration,
        Location
    };

public:
    QString key() const override { return u"activities"_s; }
    QString label() const override { return tr("activities"); }
    QList<ImportField> fields() const override
    {
        return {{u"customer"_s,
                 tr("customer"),
                 {u"客户"_s, u"客户名称"_s, u"公司名称"_s, u"Account Name"_s, u"Related To"_s, u"Customer"_s},
                 true},
                {u"kind"_s,
                 tr("kind"),
                 {u"类型"_s, u"方式"_s, u"拜访方式"_s, u"活动类型"_s, u"Type"_s, u"Activity Type"_s}},
                {u"date"_s,
                 tr("date"),
                 {u"日期"_s, u"时间"_s, u"拜访日期"_s, u"拜访时间"_s, u"Date"_s, u"Activity Date"_s,
                  u"Start Date"_s, u"Due Date"_s},
                 true},
                {u"member"_s,
                 tr("member"),
                 {u"业务员"_s, u"负责人"_s, u"拜访人"_s, u"销售"_s, u"Owner"_s, u"Assigned To"_s}},
                {u"summary"_s,
                 tr("summary"),
                 {u"内容"_s, u"拜访内容"_s, u"摘要"_s, u"主题"_s, u"记录"_s, u"Subject"_s, u"Summary"_s,
                  u"Description"_s}},
                {u"outcome"_s, tr("outcome"), {u"结果"_s, u"Outcome"_s, u"Result"_s}},
                {u"next_step"_s, tr("next step"), {u"下一步"_s, u"Next Step"_s}},
                {u"follow_up"_s,
                 tr("follow-up"),
                 {u"下次跟进"_s, u"下次跟进日期"_s, u"Follow-up Date"_s, u"Next Follow-up"_s}},
                {u"duration"_s,
                 tr("duration"),
                 {u"时长"_s, u"时长(分钟)"_s, u"Duration"_s, u"Duration (Minutes)"_s}},
                {u"location"_s, tr("location"), {u"地点"_s, u"Location"_s}}};
    }
    bool begin(ImportSession &session) override
    {
        ImportStore &store = session.store();
        if (!store.loadMembers() || !store.loadCustomers())
            return false;
        SqlStatement q(
            store.handle(),
            "SELECT customer_id, member_id, kind, occurred_at, summary FROM activity WHERE deleted = 0");
        while (q.next())
            m_seen.insert(keyOf(q.int64(0), q.int64(1), q.text(2), q.text(3), q.text(4)));
        m_insert.prepare(store.handle(),
                         "INSERT INTO activity (uuid, customer_id, member_id, kind, occurred_at, "
                         "duration_min, location, summary, outcome, next_step, next_follow_up, hlc, "
                         "device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        return q.ok();
    }
    RowAction process(const ImportRow &row, ImportSession &session) override
    {
        ImportStore &store = session.store();
        MatchKeys keys;
        keys.nameKey = TextNormalizer::nameKey(row.text(CustomerName));
        if (keys.nameKey.isEmpty())
            return session.reject(row, CustomerName, tr("No customer."));
        const qint64 customer = store.matcher().find(keys).value(0);
        if (!customer)
            return session.reject(
                row, CustomerName,
                tr("No customer \"%1\"; import the customers first.").arg(row.text(CustomerName)));
        if (!session.scope().canSeeOwner(store.customerOwner(customer)))
            return session.reject(row, CustomerName,
                                  tr("The customer belongs to someone outside your team."));
        const CleanDate when = ImportCleaner::date(row.cell(When));
        if (!when.isValid())
            return session.reject(
                row, When, row.has(When) ? tr("\"%1\" is not a date.").arg(row.text(When)) : tr("No date."));
        QString kind = u"visit"_s;
        if (row.has(KindField)) {
            kind = ImportCleaner::activityKind(row.text(KindField));
            if (kind.isEmpty()) {
                kind = u"visit"_s;
                session.warn(row, KindField,
                             tr("Unknown kind \"%1\"; recorded as a visit.").arg(row.text(KindField)));
            }
        }
        RowAction action = RowAction::Inserted;
        qint64 member = resolveMember(row, MemberField, session, &action);
        if (action == RowAction::Rejected)
            return action;
        if (!member)
            member = store.customerOwner(customer);
        if (!member)
            return session.reject(row, MemberField, tr("No member, and the customer has no owner to take."));
        const QDateTime at = when.utc ? QDateTime(when.date, when.time, Qt::UTC)
                                      : QDateTime(when.date, when.time.isValid() ? when.time : QTime(9, 0));
        const QString occurred = at.toUTC().toString(Qt::ISODateWithMs);
        const QString summary = row.cell(Summary).toString().trimmed();
        const QString key = keyOf(customer, member, kind, occurred, summary);
        if (m_seen.contains(key)) {
            session.logged(row, RowAction::Skipped, u"activity"_s, 0, tr("Already recorded."));
            return RowAction::Skipped;
        }
        m_seen.insert(key);
        const std::optional<qint64> minutes = ImportCleaner::quantity(row.cell(Duration));
        const CleanDate followUp = ImportCleaner::date(row.cell(FollowUp));
        m_insert.bind(1, store.nextUuid());
        m_insert.bind(2, customer);
        m_insert.bind(3, member);
        m_insert.bind(4, kind);
        m_insert.bind(5, occurred);
        m_insert.bindOrNull(6, minutes.value_or(0));
        m_insert.bindOrNull(7, row.text(Location));
        m_insert.bind(8, summary);
        m_insert.bindOrNull(9, row.text(Outcome));
        m_insert.bindOrNull(10, row.text(NextStep));
        m_insert.bindOrNull(11, followUp.isValid() ? followUp.date.toString(Qt::ISODate) : QString());
        m_insert.bind(12, qint64(store.batchStamp().hlc));
        m_insert.bind(13, store.deviceIdUtf8());
        if (!m_insert.exec()) {
            session.fail(m_insert.error());
            return RowAction::Rejected;
        }
        store.inserted("activity", sqlite3_last_insert_rowid(store.handle()));
        return RowAction::Inserted;
    }
    bool finish(ImportSession &) override { return true; }

private:
    static QString keyOf(qint64 customer, qint64 member, const QString &kind, const QString &when,
                         const QString &summary)
    {
        return u"%1|%2|%3|%4|%5"_s.arg(customer).arg(member).arg(kind, when.left(16), summary);
    }
    QSet<QString> m_seen;
    SqlStatement m_insert;
};

} // namespace

std::unique_ptr<ImportKind> createProductKind()
{
    return std::make_unique<ProductKind>();
}

std::unique_ptr<ImportKind> createMemberKind()
{
    return std::make_unique<MemberKind>();
}

std::unique_ptr<ImportKind> createActivityKind()
{
    return std::make_unique<ActivityKind>();
}

} // namespace frontline
