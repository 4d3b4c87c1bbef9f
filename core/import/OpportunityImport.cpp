// Opportunities, e.g. a Zoho CRM, Salesforce, 纷享销客 or Odoo deals export. The source system's
// stage maps onto our pipeline (ImportCleaner::stage) and the file's probability is kept. An
// opportunity is the same as one imported before by its external id (Zoho's Record Id), or, when
// the file has none, by customer and title: unchanged ones are skipped, changed ones updated
// (the old values recorded, so undo puts them back).
#include "ImportKind.h"
#include "ImportKinds.h"
#include "ImportStore.h"
#include "repositories/AccessScope.h"
#include "services/TextNormalizer.h"
#include "storage/SqliteApi.h"

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

enum Field
{
    ExternalId,
    Title,
    CustomerName,
    Owner,
    Amount,
    CloseDate,
    Stage,
    Probability,
    Source,
    Created,
    Reason,
};

struct Existing
{
    qint64 id = 0;
    qint64 ownerId = 0;
    qint64 amount = 0;
    qint64 stageId = 0;
    int probability = 0;
    QString expectedClose;
    QString title;
};

class OpportunityKind : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(frontline::OpportunityImport)
public:
    QString key() const override { return u"opportunities"_s; }
    QString label() const override { return tr("opportunities"); }
    QList<ImportField> fields() const override
    {
        return {
            {u"external_id"_s,
             tr("external id"),
             {u"Record Id"_s, u"Opportunity ID"_s, u"Deal ID"_s, u"External ID"_s, u"商机编号"_s, u"商机ID"_s,
              u"机会编号"_s, u"ID"_s}},
            {u"title"_s,
             tr("title"),
             {u"Deal Name"_s, u"Opportunity Name"_s, u"Opportunity"_s, u"商机名称"_s, u"机会名称"_s,
              u"项目名称"_s, u"标题"_s, u"商机"_s}},
            {u"customer"_s,
             tr("customer"),
             {u"Account Name"_s, u"客户名称"_s, u"客户"_s, u"公司名称"_s, u"Customer"_s, u"Company"_s,
              u"Account"_s},
             true},
            {u"owner"_s,
             tr("owner"),
             {u"Deal Owner"_s, u"Opportunity Owner"_s, u"负责人"_s, u"销售"_s, u"业务员"_s, u"Salesperson"_s,
              u"Owner"_s, u"销售负责人"_s}},
            {u"amount"_s,
             tr("amount"),
             {u"Amount"_s, u"金额"_s, u"预计金额"_s, u"商机金额"_s, u"预计销售金额"_s,
              u"Expected Revenue Amount"_s}},
            {u"close_date"_s,
             tr("expected close"),
             {u"Closing Date"_s, u"Close Date"_s, u"Expected Closing"_s, u"预计成交日期"_s, u"结单日期"_s,
              u"预计签单日期"_s}},
            {u"stage"_s, tr("stage"), {u"Stage"_s, u"阶段"_s, u"销售阶段"_s, u"商机阶段"_s}},
            {u"probability"_s,
             tr("probability"),
             {u"Probability (%)"_s, u"Probability"_s, u"赢率"_s, u"成交概率"_s, u"可能性"_s}},
            {u"source"_s, tr("source"), {u"Lead Source"_s, u"来源"_s, u"商机来源"_s}},
            {u"created"_s,
             tr("created"),
             {u"Created Time"_s, u"Created Date"_s, u"创建时间"_s, u"创建日期"_s}},
            {u"reason"_s,
             tr("reason"),
             {u"Reason For Loss"_s, u"Loss Reason"_s, u"输单原因"_s, u"关闭原因"_s}},
        };
    }
    bool allowed(const AccessScope &scope, QString *why) const override
    {
        if (scope.canWriteMoney())
            return true;
        *why = tr("Support staff do not import opportunities.");
        return false;
    }
    bool begin(ImportSession &session) override
    {
        ImportStore &store = session.store();
        if (!store.loadMembers() || !store.loadCustomers() || !store.loadStages())
            return false;
        SqlStatement q(store.handle(),
                       "SELECT id, external_id, customer_id, title, owner_id, amount_fen, stage_id, "
                       "probability, expected_close, deleted FROM opportunity");
        while (q.next()) {
            if (q.int64(9)) {
                if (!q.isNull(1))
                    m_dead.insert(q.text(1), q.int64(0));
                continue;
            }
            const Existing e{q.int64(0),      q.int64(4), q.int64(5), q.int64(6),
                             int(q.int64(7)), q.text(8),  q.text(3)};
            if (!q.isNull(1))
                m_byExternal.insert(q.text(1), e);
            m_byTitle.insert(QString::number(q.int64(2)) + u'\x1f' + TextNormalizer::nameKey(q.text(3)), e);
        }
        return q.ok();
    }
    RowAction process(const ImportRow &row, ImportSession &session) override;
    bool finish(ImportSession &) override { return true; }

private:
    QHash<QString, Existing> m_byExternal, m_byTitle;
    QSet<QString> m_seen;
    QHash<QString, qint64> m_dead; // external ids of deleted opportunities: revived in place
};

RowAction OpportunityKind::process(const ImportRow &row, ImportSession &session)
{
    ImportStore &store = session.store();
    const QString externalId = row.text(ExternalId);
    const QString customerName = row.text(CustomerName);
    if (TextNormalizer::nameKey(customerName).isEmpty())
        return session.reject(row, CustomerName, tr("No customer."));
    if (!externalId.isEmpty() && m_seen.contains(externalId)) {
        session.warn(row, ExternalId,
                     tr("Record %1 appears twice in the file; this row was skipped.").arg(externalId));
        return RowAction::Skipped;
    }
    std::optional<qint64> amount = 0;
    if (row.has(Amount)) {
        amount = ImportCleaner::fen(row.cell(Amount));
        if (!amount)
            return session.reject(row, Amount, tr("\"%1\" is not an amount.").arg(row.text(Amount)));
    }
    const StageValue stage = ImportCleaner::stage(row.text(Stage));
    qint64 stageId = store.stageId(stage.key);
    if (!stageId) {
        stageId = store.stageId(u"lead"_s);
        if (row.has(Stage))
            session.warn(row, Stage,
                         tr("Unknown stage \"%1\"; the opportunity is a lead.").arg(row.text(Stage)));
    }
    int probability = store.stageProbability(stageId);
    if (row.has(Probability)) {
        const std::optional<int> p = ImportCleaner::percent(row.cell(Probability));
        if (p)
            probability = *p;
        else
            session.warn(row, Probability,
                         tr("\"%1\" is not a percentage; the stage's was used.").arg(row.text(Probability)));
    } else if (stage.probability >= 0) {
        probability = stage.probability;
    }
    const CleanDate close = ImportCleaner::date(row.cell(CloseDate));
    if (row.has(CloseDate) && !close.isValid())
        session.warn(row, CloseDate, tr("\"%1\" is not a date; left out.").arg(row.text(CloseDate)));
    const CleanDate created = ImportCleaner::date(row.cell(Created));
    RowAction action = RowAction::Inserted;
    const qint64 owner = resolveMember(row, Owner, session, &action);
    if (action == RowAction::Rejected)
        return action;

    // The customer, by the matcher's name rule; unknown ones are created for the owner.
    MatchKeys keys;
    keys.nameKey = TextNormalizer::nameKey(customerName);
    const QList<qint64> found = store.matcher().find(keys);
    qint64 customer = found.value(0);
    if (!customer) {
        if (session.options().strict)
            return session.reject(
                row, CustomerName,
                tr("No customer \"%1\" (strict: unknown customers are not created).").arg(customerName));
        Customer c;
        c.name = customerName;
        c.kind = ImportCleaner::looksLikeIndividual(customerName) ? u"individual"_s : u"company"_s;
        c.ownerId = owner;
        c.status = u"prospect"_s;
        c.source = ImportCleaner::customerSource(row.text(Source));
        if (!session.options().defaultRegion.isEmpty()) {
            c.region = session.options().defaultRegion;
            session.filled(row, u"region"_s, c.region);
        }
        customer = store.createCustomer(c);
        if (!customer) {
            session.fail(store.errorText());
            return RowAction::Rejected;
        }
    } else if (!session.scope().canSeeOwner(store.customerOwner(customer))) {
        return session.reject(
            row, CustomerName,
            tr("The customer \"%1\" belongs to someone outside your team.").arg(customerName));
    }
    const qint64 ownerId = owner ? owner : store.customerOwner(customer);
    if (!ownerId)
        return session.reject(row, Owner, tr("No owner, and the customer has none to take."));
    QString title = row.text(Title);
    if (title.isEmpty()) {
        title = customerName;
        session.filled(row, u"title"_s, title);
    }
    const QString expectedClose = close.isValid() ? close.date.toString(Qt::ISODate) : QString();
    const QString outcome = store.stageOutcome(stageId);

    // Imported before?
    const QString titleKey = QString::number(customer) + u'\x1f' + TextNormalizer::nameKey(title);
    const auto existing =
        !externalId.isEmpty() ? m_byExternal.constFind(externalId) : m_byTitle.constFind(titleKey);
    if (!externalId.isEmpty())
        m_seen.insert(externalId);
    if (existing != (externalId.isEmpty() ? m_byTitle.cend() : m_byExternal.cend())) {
        const Existing &e = *existing;
        const QList<std::tuple<QString, QVariant, QVariant>> changes{
            {u"amount_fen"_s, e.amount, *amount},
            {u"stage_id"_s, e.stageId, stageId},
            {u"probability"_s, e.probability, probability},
            {u"expected_close"_s, e.expectedClose.isEmpty() ? QVariant() : QVariant(e.expectedClose),
             expectedClose.isEmpty() ? QVariant() : QVariant(expectedClose)},
        };
        bool changed = false;
        for (const auto &[column, oldValue, newValue] : changes) {
            if (oldValue == newValue || (!newValue.isValid() && column == u"expected_close"_s))
                continue;
            const QByteArray sql =
                "UPDATE opportunity SET " + column.toLatin1() + " = ?, hlc = ?, device_id = ? WHERE id = ?";
            SqlStatement u(store.handle(), sql.constData());
            u.bind(1, newValue);
            u.bind(2, qint64(store.batchStamp().hlc));
            u.bind(3, store.deviceIdUtf8());
            u.bind(4, e.id);
            if (!u.exec() || !store.changed(u"opportunity"_s, e.id, column, oldValue, newValue)) {
                session.fail(u.error());
                return RowAction::Rejected;
            }
            changed = true;
        }
        if (!changed) {
            session.logged(row, RowAction::Skipped, u"opportunity"_s, e.id,
                           tr("Already imported; unchanged."));
            return RowAction::Skipped;
        }
        if (e.stageId != stageId) {
            SqlStatement h(
                store.handle(),
                "INSERT INTO opportunity_stage_change (uuid, opportunity_id, from_stage_id, "
                "to_stage_id, changed_at, member_id, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            h.bind(1, store.nextUuid());
            h.bind(2, e.id);
            h.bind(3, e.stageId);
            h.bind(4, stageId);
            h.bind(5, Repository::nowUtc());
            h.bindOrNull(6, session.scope().memberId());
            h.bind(7, qint64(store.batchStamp().hlc));
            h.bind(8, store.deviceIdUtf8());
            if (!h.exec()) {
                session.fail(h.error());
                return RowAction::Rejected;
            }
            store.inserted("opportunity_stage_change", sqlite3_last_insert_rowid(store.handle()));
        }
        session.logged(row, RowAction::Updated, u"opportunity"_s, e.id, tr("Updated from the file."));
        return RowAction::Updated;
    }

    const QString createdAt =
        created.isValid()
            ? (created.utc ? QDateTime(created.date, created.time, Qt::UTC)
                           : QDateTime(created.date, created.time.isValid() ? created.time : QTime(0, 0)))
                  .toUTC()
                  .toString(Qt::ISODateWithMs)
            : Repository::nowUtc();
    if (const qint64 dead = externalId.isEmpty() ? 0 : m_dead.take(externalId)) {
        // Deleted before (an undone import): it comes back with the file's values.
        if (!store.revive(
                "opportunity", dead,
                "customer_id = ?, owner_id = ?, title = ?, amount_fen = ?, stage_id = ?, probability = ?, "
                "expected_close = ?",
                {customer, ownerId, title, *amount, stageId, probability,
                 expectedClose.isEmpty() ? QVariant() : QVariant(expectedClose)})) {
            session.fail(store.errorText());
            return RowAction::Rejected;
        }
        m_byExternal.insert(externalId,
                            Existing{dead, ownerId, *amount, stageId, probability, expectedClose, title});
        if (session.wantsPreview())
            session.preview(QVariantMap{{u"row"_s, row.number()},
                                        {u"action"_s, u"restore"_s},
                                        {u"external_id"_s, externalId},
                                        {u"title"_s, title},
                                        {u"amount_fen"_s, *amount},
                                        {u"probability"_s, probability}});
        return RowAction::Inserted;
    }
    SqlStatement q(
        store.handle(),
        "INSERT INTO opportunity (uuid, external_id, customer_id, owner_id, title, amount_fen, stage_id, "
        "probability, expected_close, closed_on, close_reason, created_at, hlc, device_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, store.nextUuid());
    q.bindOrNull(2, externalId);
    q.bind(3, customer);
    q.bind(4, ownerId);
    q.bind(5, title);
    q.bind(6, *amount);
    q.bind(7, stageId);
    q.bind(8, qint64(probability));
    q.bindOrNull(9, expectedClose);
    q.bindOrNull(10, outcome == u"open"_s ? QString()
                                          : (expectedClose.isEmpty() ? createdAt.left(10) : expectedClose));
    q.bindOrNull(11, outcome == u"open"_s ? QString() : row.text(Reason));
    q.bind(12, createdAt);
    q.bind(13, qint64(store.batchStamp().hlc));
    q.bind(14, store.deviceIdUtf8());
    if (!q.exec()) {
        session.fail(q.error());
        return RowAction::Rejected;
    }
    const qint64 id = sqlite3_last_insert_rowid(store.handle());
    store.inserted("opportunity", id);
    SqlStatement h(store.handle(),
                   "INSERT INTO opportunity_stage_change (uuid, opportunity_id, from_stage_id, to_stage_id, "
                   "changed_at, member_id, hlc, device_id) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)");
    h.bind(1, store.nextUuid());
    h.bind(2, id);
    h.bind(3, stageId);
    h.bind(4, createdAt);
    h.bind(5, ownerId);
    h.bind(6, qint64(store.batchStamp().hlc));
    h.bind(7, store.deviceIdUtf8());
    if (!h.exec()) {
        session.fail(h.error());
        return RowAction::Rejected;
    }
    store.inserted("opportunity_stage_change", sqlite3_last_insert_rowid(store.handle()));
    const Existing e{id, ownerId, *amount, stageId, probability, expectedClose, title};
    if (externalId.isEmpty())
        m_byTitle.insert(titleKey, e);
    else
        m_byExternal.insert(externalId, e);
    if (session.wantsPreview())
        session.preview(QVariantMap{{u"row"_s, row.number()},
                                    {u"action"_s, u"insert"_s},
                                    {u"external_id"_s, externalId},
                                    {u"title"_s, title},
                                    {u"customer_id"_s, customer},
                                    {u"owner"_s, store.memberName(ownerId)},
                                    {u"amount_fen"_s, *amount},
                                    {u"stage"_s, stage.key.isEmpty() ? u"lead"_s : stage.key},
                                    {u"probability"_s, probability},
                                    {u"expected_close"_s, expectedClose}});
    return RowAction::Inserted;
}

} // namespace

std::unique_ptr<ImportKind> createOpportunityKind()
{
    return std::make_unique<OpportunityKind>();
}

} // namespace frontline
