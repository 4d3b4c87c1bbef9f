// Customers with their contact person, phones and e-mails. Duplicates — inside the file and
// against the database, by the CustomerMatcher rule (phone, e-mail or name key) — merge: they
// fill empty fields and add new phones and e-mails, never overwrite; a differing value is a
// warning. New customers are buffered so that a later duplicate row can still fill them, and
// written at the end; then fuzzy candidates are listed for review (FuzzyMatcher).
#include "FuzzyMatcher.h"
#include "ImportKind.h"
#include "ImportKinds.h"
#include "ImportStore.h"
#include "repositories/AccessScope.h"
#include "repositories/CustomerRepository.h"
#include "services/TextNormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

enum Field
{
    Name,
    Code,
    ShortName,
    Kind,
    Contact_,
    Title,
    Phone,
    Email,
    Wechat,
    Region,
    City,
    Address,
    Industry,
    Source,
    Owner,
    Status,
    Grade,
    Tags,
    Notes,
    Created,
};

struct Pending
{
    Customer customer;
    QList<Contact> contacts;
    qint64 row = 0;
};

class CustomerKind : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(frontline::CustomerImport)
public:
    QString key() const override { return u"customers"_s; }
    QString label() const override { return tr("customers"); }
    QList<ImportField> fields() const override;
    bool begin(ImportSession &session) override;
    RowAction process(const ImportRow &row, ImportSession &session) override;
    bool finish(ImportSession &session) override;

private:
    Customer clean(const ImportRow &row, ImportSession &session, RowAction *action, QList<Contact> *contacts);
    // Fills the empty fields of into from the row's customer; conflicts become warnings.
    bool mergeInto(Customer &into, QList<Contact> &intoContacts, const Customer &from,
                   const QList<Contact> &fromContacts, const ImportRow &row, ImportSession &session,
                   bool existing);

    QList<Pending> m_pending;
    QHash<qint64, Customer> m_existing; // loaded on their first match
    QHash<qint64, QList<Contact>> m_existingPeople;
};

QList<ImportField> CustomerKind::fields() const
{
    return {
        {u"name"_s,
         tr("customer name"),
         {u"客户名称"_s, u"公司名称"_s, u"客户"_s, u"客户名"_s, u"客户全称"_s, u"单位名称"_s, u"企业名称"_s,
          u"名称"_s, u"Account Name"_s, u"Company"_s, u"Company Name"_s, u"Customer"_s, u"Customer Name"_s,
          u"Account"_s, u"Organization"_s, u"Display Name"_s, u"Name"_s, u"客户姓名"_s},
         true},
        {u"code"_s,
         tr("customer code"),
         {u"客户编号"_s, u"客户编码"_s, u"客户代码"_s, u"Customer Code"_s, u"Customer ID"_s,
          u"Account Number"_s, u"Customer No"_s}},
        {u"short_name"_s, tr("short name"), {u"简称"_s, u"客户简称"_s, u"Short Name"_s}},
        {u"kind"_s,
         tr("customer type"),
         {u"客户类型"_s, u"类型"_s, u"客户性质"_s, u"Type"_s, u"Account Type"_s, u"Company Type"_s,
          u"Is a Company"_s}},
        {u"contact"_s,
         tr("contact person"),
         {u"联系人"_s, u"联系人姓名"_s, u"联系人名称"_s, u"Contact"_s, u"Contact Name"_s,
          u"Primary Contact"_s}},
        {u"title"_s, tr("contact's title"), {u"职务"_s, u"职位"_s, u"Title"_s, u"Job Position"_s}},
        {u"phone"_s,
         tr("phone"),
         {u"手机"_s, u"联系电话"_s, u"电话"_s, u"手机号"_s, u"手机号码"_s, u"移动电话"_s, u"联系方式"_s,
          u"办公电话"_s, u"座机"_s, u"固定电话"_s, u"Phone"_s, u"Mobile"_s, u"Mobile Phone"_s, u"Telephone"_s,
          u"Tel"_s, u"Work Phone"_s, u"Billing Phone"_s, u"Phone Number"_s},
         false,
         true},
        {u"email"_s,
         tr("e-mail"),
         {u"电子邮箱"_s, u"邮箱"_s, u"电子邮件"_s, u"邮件"_s, u"Email"_s, u"E-mail"_s, u"Email Address"_s},
         false,
         true},
        {u"wechat"_s, tr("WeChat"), {u"微信"_s, u"微信号"_s, u"WeChat"_s, u"WeChat ID"_s}},
        {u"region"_s,
         tr("region"),
         {u"区域"_s, u"大区"_s, u"地区"_s, u"省份"_s, u"省"_s, u"所属区域"_s, u"Region"_s, u"State"_s,
          u"Billing State"_s, u"Province"_s}},
        {u"city"_s, tr("city"), {u"城市"_s, u"所在城市"_s, u"市"_s, u"City"_s, u"Billing City"_s}},
        {u"address"_s,
         tr("address"),
         {u"地址"_s, u"详细地址"_s, u"公司地址"_s, u"Address"_s, u"Street"_s, u"Billing Street"_s}},
        {u"industry"_s, tr("industry"), {u"行业"_s, u"所属行业"_s, u"Industry"_s}},
        {u"source"_s,
         tr("source"),
         {u"来源"_s, u"客户来源"_s, u"线索来源"_s, u"获客渠道"_s, u"Source"_s, u"Lead Source"_s,
          u"Account Source"_s}},
        {u"owner"_s,
         tr("owner"),
         {u"负责人"_s, u"业务员"_s, u"销售"_s, u"销售员"_s, u"客户经理"_s, u"归属人"_s, u"所属销售"_s,
          u"跟进人"_s, u"销售代表"_s, u"Owner"_s, u"Account Owner"_s, u"Salesperson"_s, u"Sales Person"_s,
          u"Assigned To"_s}},
        {u"status"_s, tr("status"), {u"状态"_s, u"客户状态"_s, u"Status"_s, u"Account Status"_s}},
        {u"grade"_s, tr("grade"), {u"等级"_s, u"客户等级"_s, u"级别"_s, u"Rating"_s, u"Grade"_s}},
        {u"tags"_s, tr("tags"), {u"标签"_s, u"Tags"_s}},
        {u"notes"_s, tr("notes"), {u"备注"_s, u"说明"_s, u"描述"_s, u"Description"_s, u"Notes"_s, u"Note"_s}},
        {u"created"_s,
         tr("first recorded"),
         {u"录入日期"_s, u"创建日期"_s, u"创建时间"_s, u"建档日期"_s, u"登记日期"_s, u"Created Time"_s,
          u"Created Date"_s, u"Created On"_s, u"Create Date"_s}},
    };
}

bool CustomerKind::begin(ImportSession &session)
{
    ImportStore &store = session.store();
    return store.loadMembers() && store.loadCustomers();
}

Customer CustomerKind::clean(const ImportRow &row, ImportSession &session, RowAction *action,
                             QList<Contact> *contacts)
{
    Customer c;
    c.name = row.text(Name);
    c.code = row.text(Code);
    c.shortName = row.text(ShortName);
    c.region = row.text(Region);
    c.city = row.text(City);
    c.address = row.text(Address);
    c.industry = row.text(Industry);
    c.wechat = row.text(Wechat);
    c.notes = ImportCleaner::text(row.cell(Notes).toString().trimmed()).isEmpty()
                  ? QString()
                  : row.cell(Notes).toString().trimmed(); // keep the note's line breaks
    c.kind = ImportCleaner::customerKind(row.text(Kind));
    if (c.kind.isEmpty())
        c.kind = ImportCleaner::looksLikeIndividual(c.name) ? u"individual"_s : u"company"_s;
    if (row.has(Kind) && ImportCleaner::customerKind(row.text(Kind)).isEmpty())
        session.warn(row, Kind, tr("Unknown customer type \"%1\"; %2 was used.").arg(row.text(Kind), c.kind));

    if (row.has(Status)) {
        c.status = ImportCleaner::customerStatus(row.text(Status));
        if (c.status.isEmpty())
            session.warn(row, Status,
                         tr("Unknown status \"%1\"; the customer is a lead.").arg(row.text(Status)));
    }
    if (c.status.isEmpty()) {
        c.status = session.options().defaultStatus.isEmpty() ? u"lead"_s : session.options().defaultStatus;
        if (!session.options().defaultStatus.isEmpty())
            session.filled(row, u"status"_s, c.status);
    }
    if (row.has(Source)) {
        c.source = ImportCleaner::customerSource(row.text(Source));
        if (c.source.isEmpty()) {
            c.source = u"other"_s;
            session.warn(row, Source, tr("Unknown source \"%1\"; recorded as other.").arg(row.text(Source)));
        }
    }
    if (row.has(Grade)) {
        const QString grade = row.text(Grade).toUpper().left(1);
        if (CustomerRepository::grades().contains(grade) && row.text(Grade).size() <= 3)
            c.grade = grade;
        else
            session.warn(row, Grade,
                         tr("The grade is A, B, C or D; \"%1\" was left out.").arg(row.text(Grade)));
    }
    static const QRegularExpression separators(u"[,，;；/、|]+"_s);
    if (row.has(Tags))
        c.tags = row.text(Tags).split(separators, Qt::SkipEmptyParts);
    if (row.has(Created)) {
        const CleanDate d = ImportCleaner::date(row.cell(Created));
        if (d.isValid())
            c.createdAt = d.utc ? QDateTime(d.date, d.time, Qt::UTC)
                                : QDateTime(d.date, d.time.isValid() ? d.time : QTime(0, 0));
        else
            session.warn(row, Created, tr("\"%1\" is not a date; left out.").arg(row.text(Created)));
    }

    // Phones: several per cell are common ("138… / 010-…").
    for (const QString &cell : row.texts(Phone)) {
        for (const QString &part : cell.split(separators, Qt::SkipEmptyParts)) {
            const QString raw = part.trimmed();
            if (raw.isEmpty())
                continue;
            const ContactPoint p = CustomerMatcher::phonePoint(raw);
            if (!p.valid)
                session.warn(row, Phone, tr("\"%1\" is not a valid phone number; kept as written.").arg(raw));
            if (std::none_of(c.points.cbegin(), c.points.cend(), [&](const ContactPoint &q) {
                    return q.kind == p.kind && q.normalized == p.normalized;
                }))
                c.points << p;
        }
    }
    for (const QString &cell : row.texts(Email)) {
        for (const QString &part : cell.split(QRegularExpression(u"[,，;；/|\\s]+"_s), Qt::SkipEmptyParts)) {
            const ContactPoint p = CustomerMatcher::emailPoint(part);
            if (!p.valid) {
                // Kept in the notes, where a person can fix it; an invalid address cannot be stored.
                session.warn(row, Email,
                             tr("\"%1\" is not an e-mail address; moved to the notes.").arg(part));
                c.notes += (c.notes.isEmpty() ? QString() : u"\n"_s) + tr("E-mail (invalid): %1").arg(part);
                continue;
            }
            if (std::none_of(c.points.cbegin(), c.points.cend(), [&](const ContactPoint &q) {
                    return q.kind == p.kind && q.normalized == p.normalized;
                }))
                c.points << p;
        }
    }
    if (row.has(Contact_)) {
        Contact person;
        person.name = row.text(Contact_);
        person.title = row.text(Title);
        if (TextNormalizer::nameKey(person.name) != TextNormalizer::nameKey(c.name))
            *contacts << person;
    }
    c.ownerId = resolveMember(row, Owner, session, action);
    return c;
}

bool CustomerKind::mergeInto(Customer &into, QList<Contact> &intoContacts, const Customer &from,
                             const QList<Contact> &fromContacts, const ImportRow &row, ImportSession &session,
                             bool existing)
{
    ImportStore &store = session.store();
    bool changed = false;
    const auto field = [&](QString &target, const QString &value, const QString &column, int fieldIndex) {
        if (value.isEmpty() || target == value)
            return;
        if (target.isEmpty()) {
            if (existing && !store.updateCustomerField(into.id, column, QVariant(), value)) {
                session.fail(store.errorText());
                return;
            }
            target = value;
            changed = true;
        } else {
            session.warn(row, fieldIndex,
                         tr("%1 kept as \"%2\"; the file says \"%3\".")
                             .arg(fields().at(fieldIndex).label, target, value));
        }
    };
    field(into.code, from.code, u"code"_s, Code);
    field(into.shortName, from.shortName, u"short_name"_s, ShortName);
    field(into.industry, from.industry, u"industry"_s, Industry);
    field(into.region, from.region, u"region"_s, Region);
    field(into.city, from.city, u"city"_s, City);
    field(into.address, from.address, u"address"_s, Address);
    field(into.wechat, from.wechat, u"wechat"_s, Wechat);
    field(into.source, from.source, u"source"_s, Source);
    field(into.grade, from.grade, u"grade"_s, Grade);
    field(into.notes, from.notes, u"notes"_s, Notes);
    if (!into.ownerId && from.ownerId) {
        if (existing && !store.updateCustomerField(into.id, u"owner_id"_s, QVariant(), from.ownerId)) {
            session.fail(store.errorText());
            return false;
        }
        into.ownerId = from.ownerId;
        changed = true;
    } else if (from.ownerId && into.ownerId != from.ownerId && row.has(Owner)) {
        session.warn(row, Owner,
                     tr("The owner stays %1; the file says %2.")
                         .arg(store.memberName(into.ownerId), store.memberName(from.ownerId)));
    }
    if (TextNormalizer::nameKey(into.name) != TextNormalizer::nameKey(from.name))
        session.warn(row, Name,
                     tr("Same phone or e-mail as \"%1\"; merged into it, its name kept.").arg(into.name));
    for (const QString &tag : from.tags) {
        if (!into.tags.contains(tag) && !existing) {
            into.tags << tag;
            changed = true;
        }
    }
    for (const ContactPoint &p : from.points) {
        const bool known = std::any_of(into.points.cbegin(), into.points.cend(), [&](const ContactPoint &q) {
            return q.kind == p.kind && q.normalized == p.normalized;
        });
        if (known)
            continue;
        if (existing && !store.addCustomerPoint(into.id, p)) {
            session.fail(store.errorText());
            return false;
        }
        into.points << p;
        changed = true;
    }
    for (const Contact &person : fromContacts) {
        const bool known = std::any_of(intoContacts.cbegin(), intoContacts.cend(), [&](const Contact &k) {
            return TextNormalizer::nameKey(k.name) == TextNormalizer::nameKey(person.name);
        });
        if (known)
            continue;
        if (existing && !store.addContact(into.id, person)) {
            session.fail(store.errorText());
            return false;
        }
        intoContacts << person;
        changed = true;
    }
    return changed;
}

RowAction CustomerKind::process(const ImportRow &row, ImportSession &session)
{
    if (TextNormalizer::nameKey(row.text(Name)).isEmpty())
        return session.reject(row, Name, tr("No customer name."));
    RowAction action = RowAction::Inserted;
    QList<Contact> contacts;
    Customer c = clean(row, session, &action, &contacts);
    if (action == RowAction::Rejected)
        return action;
    ImportStore &store = session.store();
    const MatchKeys keys = MatchKeys::of(c);
    QList<qint64> matches = store.matcher().find(keys);
    if (!c.code.isEmpty()) {
        const qint64 byCode = store.customerByCode(c.code);
        if (byCode && !matches.contains(byCode))
            matches.prepend(byCode);
    }
    if (matches.isEmpty()) {
        if (c.region.isEmpty() && !session.options().defaultRegion.isEmpty()) {
            c.region = session.options().defaultRegion;
            session.filled(row, u"region"_s, c.region);
        }
        m_pending << Pending{c, contacts, row.number()};
        // Pending customers are known to the matcher by negative ids until they are written.
        store.matcher().add(-qint64(m_pending.size()), keys);
        if (session.wantsPreview()) {
            QStringList phones, emails;
            for (const ContactPoint &p : std::as_const(c.points))
                (p.kind == u"phone"_s ? phones : emails) << p.normalized;
            session.preview(
                QVariantMap{{u"row"_s, row.number()},
                            {u"action"_s, u"insert"_s},
                            {u"name"_s, c.name},
                            {u"kind"_s, c.kind},
                            {u"owner"_s, store.memberName(c.ownerId)},
                            {u"region"_s, c.region},
                            {u"city"_s, c.city},
                            {u"phones"_s, phones},
                            {u"emails"_s, emails},
                            {u"source"_s, c.source},
                            {u"status"_s, c.status},
                            {u"created_at"_s,
                             c.createdAt.isValid() ? c.createdAt.toUTC().toString(Qt::ISODate) : QString()}});
        }
        return RowAction::Inserted;
    }
    const qint64 target = matches.first();
    if (target < 0) {
        Pending &p = m_pending[-target - 1];
        if (matches.size() > 1)
            session.warn(
                row, Name,
                tr("Also looks like other customers in the file; merged into \"%1\".").arg(p.customer.name));
        mergeInto(p.customer, p.contacts, c, contacts, row, session, false);
        store.matcher().add(target, keys);
        session.logged(row, RowAction::Merged, u"customer"_s, 0,
                       tr("Merged into \"%1\" (row %2).").arg(p.customer.name).arg(p.row));
        return RowAction::Merged;
    }
    if (!session.scope().canSeeOwner(store.customerOwner(target)))
        return session.reject(row, Name,
                              tr("This customer already exists and belongs to someone outside your team."));
    if (!m_existing.contains(target)) {
        const std::optional<Customer> loaded = store.loadCustomer(target);
        if (!loaded) {
            session.fail(store.errorText());
            return RowAction::Rejected;
        }
        m_existing.insert(target, *loaded);
        m_existingPeople.insert(target, store.loadContacts(target));
        // The phones and e-mails of its contacts are known too: a file that lists them (an
        // export of contacts) must not add them again as the customer's own.
        SqlStatement q(store.handle(), "SELECT kind, raw, normalized, valid FROM contact_point WHERE "
                                       "customer_id = ? AND contact_id IS NOT NULL AND deleted = 0");
        q.bind(1, target);
        while (q.next())
            m_existing[target].points << ContactPoint{q.text(0), q.text(1), q.text(2), q.int64(3) != 0};
        if (!q.ok()) {
            session.fail(q.error());
            return RowAction::Rejected;
        }
    }
    Customer &into = m_existing[target];
    QList<Contact> &intoPeople = m_existingPeople[target];
    const bool changed = mergeInto(into, intoPeople, c, contacts, row, session, true);
    store.matcher().add(target, keys);
    if (!changed) {
        session.logged(row, RowAction::Skipped, u"customer"_s, target,
                       tr("Already there as \"%1\"; nothing new.").arg(into.name));
        return RowAction::Skipped;
    }
    session.logged(row, RowAction::Merged, u"customer"_s, target, tr("Merged into \"%1\".").arg(into.name));
    return RowAction::Merged;
}

bool CustomerKind::finish(ImportSession &session)
{
    ImportStore &store = session.store();
    QList<qint64> created;
    created.reserve(m_pending.size());
    for (Pending &p : m_pending) {
        if (!store.createCustomer(p.customer, p.contacts)) {
            session.fail(store.errorText());
            return false;
        }
        created << p.customer.id;
    }
    return FuzzyMatcher::recordCandidates(store, created);
}

} // namespace

std::unique_ptr<ImportKind> createCustomerKind()
{
    return std::make_unique<CustomerKind>();
}

} // namespace frontline
