#include "CommissionRepository.h"

#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace frontline::commission {

using analytics::Period;

namespace {

QVariant nullableDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

bool CommissionRepository::canManagePlans() const
{
    return m_scope.seesEverything() && m_scope.role() == Role::Admin;
}

bool CommissionRepository::sees(qint64 memberId) const
{
    return m_scope.seesEverything() || m_scope.owners().contains(memberId);
}

bool CommissionRepository::canAdjust(qint64 memberId) const
{
    if (m_scope.role() == Role::Admin)
        return true;
    return m_scope.role() == Role::Manager && memberId != m_scope.memberId() &&
           m_scope.owners().contains(memberId);
}

QList<Plan> CommissionRepository::load(const QString &where, const QVariantList &binds)
{
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.id, p.uuid, p.name, p.role, p.member_id, m.code, m.name, p.valid_from, p.valid_to, "
              u"p.mode, p.cap_fen, p.floor_bp, p.notes, p.created_at FROM commission_plan p "
              u"LEFT JOIN member m ON m.id = p.member_id WHERE p.deleted = 0 AND (p.member_id IS NULL OR "_s +
              m_scope.ownerCondition(u"p.member_id"_s) + u") "_s + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<Plan> plans;
    if (!exec(q))
        return plans;
    while (q.next()) {
        Plan p;
        p.id = q.value(0).toLongLong();
        p.uuid = q.value(1).toString();
        p.name = q.value(2).toString();
        if (!q.value(3).isNull())
            p.role = roleFromKey(q.value(3).toString());
        p.memberId = q.value(4).toLongLong();
        p.memberCode = q.value(5).toString();
        p.memberName = q.value(6).toString();
        p.validFrom = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        p.validTo = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        p.mode = rateModeFromKey(q.value(9).toString()).value_or(RateMode::WholeAtTier);
        if (!q.value(10).isNull())
            p.capFen = q.value(10).toLongLong();
        p.floorBp = q.value(11).toLongLong();
        p.notes = q.value(12).toString();
        p.createdAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        plans << p;
    }
    for (Plan &p : plans) {
        QSqlQuery c = query();
        c.prepare(u"SELECT from_bp, rate_bp FROM commission_tier WHERE plan_id = ? AND deleted = 0 "
                  u"ORDER BY from_bp"_s);
        c.addBindValue(p.id);
        if (!exec(c))
            return {};
        while (c.next())
            p.tiers << Tier{c.value(0).toLongLong(), c.value(1).toLongLong()};
        c.prepare(u"SELECT category, rate_bp FROM commission_category_rate WHERE plan_id = ? AND deleted = 0 "
                  u"ORDER BY id"_s);
        c.addBindValue(p.id);
        if (!exec(c))
            return {};
        while (c.next())
            p.categoryRates << CategoryRate{c.value(0).toString(), c.value(1).toLongLong()};
    }
    return plans;
}

QList<Plan> CommissionRepository::plans()
{
    return load(u"ORDER BY p.valid_from DESC, p.id DESC"_s, {});
}

std::optional<Plan> CommissionRepository::plan(qint64 id)
{
    const QList<Plan> found = load(u"AND p.id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

SaveResult CommissionRepository::addPlan(Plan plan)
{
    if (!canManagePlans())
        return notAllowed();
    plan.name = TextNormalizer::clean(plan.name);
    std::sort(plan.tiers.begin(), plan.tiers.end(),
              [](const Tier &a, const Tier &b) { return a.fromBp < b.fromBp; });
    SaveResult result;
    result.fieldErrors = plan.validate();
    if (!result.fieldErrors.isEmpty())
        return result;
    if (!plan.memberId && !plan.memberCode.isEmpty()) {
        QSqlQuery q = query();
        q.prepare(u"SELECT id FROM member WHERE code = ? AND deleted = 0"_s);
        q.addBindValue(plan.memberCode);
        if (!exec(q))
            return failed({});
        if (!q.next()) {
            result.fieldErrors << FieldError{u"subject"_s,
                                             tr("There is no member with the code %1.").arg(plan.memberCode)};
            return result;
        }
        plan.memberId = q.value(0).toLongLong();
    }
    {
        QSqlQuery q = query();
        q.prepare(plan.memberId ? u"SELECT name FROM commission_plan WHERE deleted = 0 AND member_id = ? "
                                  u"AND valid_from = ?"_s
                                : u"SELECT name FROM commission_plan WHERE deleted = 0 AND role = ? "
                                  u"AND valid_from = ?"_s);
        q.addBindValue(plan.memberId ? QVariant(plan.memberId) : QVariant(roleKey(*plan.role)));
        q.addBindValue(plan.validFrom.toString(Qt::ISODate));
        if (!exec(q))
            return failed({});
        if (q.next()) {
            result.fieldErrors << FieldError{
                u"valid_from"_s,
                tr("The plan \"%1\" for the same people already starts on %2; remove it first.")
                    .arg(q.value(0).toString(), plan.validFrom.toString(Qt::ISODate))};
            return result;
        }
    }

    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(
        u"INSERT INTO commission_plan (uuid, name, role, member_id, valid_from, valid_to, mode, cap_fen, "
        u"floor_bp, notes, created_at, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(plan.uuid.isEmpty() ? newUuid() : plan.uuid);
    q.addBindValue(plan.name);
    q.addBindValue(plan.memberId ? QVariant(QMetaType(QMetaType::QString)) : QVariant(roleKey(*plan.role)));
    q.addBindValue(plan.memberId ? QVariant(plan.memberId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(plan.validFrom.toString(Qt::ISODate));
    q.addBindValue(nullableDate(plan.validTo));
    q.addBindValue(rateModeKey(plan.mode));
    q.addBindValue(plan.capFen ? QVariant(*plan.capFen) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(plan.floorBp);
    q.addBindValue(plan.notes.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(plan.notes));
    q.addBindValue(nowUtc());
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return failed({});
    result.id = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO commission_tier (uuid, plan_id, from_bp, rate_bp, hlc, device_id) "
              u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const Tier &t : std::as_const(plan.tiers)) {
        q.addBindValue(newUuid());
        q.addBindValue(result.id);
        q.addBindValue(t.fromBp);
        q.addBindValue(t.rateBp);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        if (!exec(q))
            return failed({});
    }
    q.prepare(u"INSERT INTO commission_category_rate (uuid, plan_id, category, rate_bp, hlc, device_id) "
              u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const CategoryRate &c : std::as_const(plan.categoryRates)) {
        q.addBindValue(newUuid());
        q.addBindValue(result.id);
        q.addBindValue(c.category);
        q.addBindValue(c.rateBp);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        if (!exec(q))
            return failed({});
    }
    if (!tx.commit())
        return failed(tx.lastError().text());
    return result;
}

bool CommissionRepository::removePlan(qint64 id)
{
    if (!canManagePlans()) {
        m_error = notAllowed().error;
        return false;
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(
        u"UPDATE commission_plan SET deleted = 1, hlc = ?, device_id = ? WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(id);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() != 1) {
        m_error = tr("There is no plan with the id %1.").arg(id);
        return false;
    }
    for (const QString &table : {u"commission_tier"_s, u"commission_category_rate"_s}) {
        q.prepare(u"UPDATE "_s + table +
                  u" SET deleted = 1, hlc = ?, device_id = ? WHERE plan_id = ? AND deleted = 0"_s);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        q.addBindValue(id);
        if (!exec(q))
            return false;
    }
    return tx.commit();
}

std::optional<Plan> CommissionRepository::planFor(qint64 memberId, Role role, const Period &period)
{
    if (!sees(memberId))
        return std::nullopt;
    const QString day = period.from().toString(Qt::ISODate);
    const QList<Plan> found =
        load(u"AND (p.member_id = ? OR (p.member_id IS NULL AND p.role = ?)) AND p.valid_from <= ? AND "
             u"(p.valid_to IS NULL OR p.valid_to >= ?) "
             u"ORDER BY p.member_id IS NULL, p.valid_from DESC, p.hlc DESC LIMIT 1"_s,
             {memberId, roleKey(role), day, day});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Adjustment> CommissionRepository::adjustments(qint64 memberId, const Period &period)
{
    QList<Adjustment> result;
    if (!sees(memberId))
        return result;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.uuid, a.member_id, a.period_kind, a.period_start, a.amount_fen, a.reason, "
              u"a.created_by, a.created_at, b.name, m.code, m.name FROM commission_adjustment a "
              u"JOIN member m ON m.id = a.member_id LEFT JOIN member b ON b.id = a.created_by "
              u"WHERE a.deleted = 0 AND a.member_id = ? AND a.period_start BETWEEN ? AND ? "
              u"ORDER BY a.created_at, a.id"_s);
    q.addBindValue(memberId);
    q.addBindValue(period.from().toString(Qt::ISODate));
    q.addBindValue(period.to().toString(Qt::ISODate));
    if (!exec(q))
        return result;
    while (q.next()) {
        Adjustment a;
        a.id = q.value(0).toLongLong();
        a.uuid = q.value(1).toString();
        a.memberId = q.value(2).toLongLong();
        a.period =
            Period::fromStored(q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate));
        a.amountFen = q.value(5).toLongLong();
        a.reason = q.value(6).toString();
        a.createdBy = q.value(7).toLongLong();
        a.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        a.createdByName = q.value(9).toString();
        a.memberCode = q.value(10).toString();
        a.memberName = q.value(11).toString();
        // A longer period that starts inside this one (a quarter's bonus in its first month's
        // statement) does not lie within it.
        if (a.period.to() <= period.to())
            result << a;
    }
    return result;
}

SaveResult CommissionRepository::addAdjustment(Adjustment a)
{
    SaveResult result;
    a.reason = TextNormalizer::clean(a.reason);
    if (a.amountFen == 0)
        result.fieldErrors << FieldError{u"amount"_s, tr("Enter an amount other than zero.")};
    if (a.reason.isEmpty())
        result.fieldErrors << FieldError{u"reason"_s, tr("Give the reason for the bonus or deduction.")};
    const QString kind = a.period.storedKind();
    if (kind.isEmpty() || !a.period.isValid())
        result.fieldErrors << FieldError{u"period"_s, tr("Choose a month, quarter or year.")};
    if (!a.memberId)
        result.fieldErrors << FieldError{u"member"_s, tr("Choose the member.")};
    if (!result.fieldErrors.isEmpty())
        return result;
    if (!canAdjust(a.memberId))
        return notAllowed();
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO commission_adjustment (uuid, member_id, period_kind, period_start, amount_fen, "
              u"reason, created_by, created_at, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.uuid.isEmpty() ? newUuid() : a.uuid);
    q.addBindValue(a.memberId);
    q.addBindValue(kind);
    q.addBindValue(a.period.from().toString(Qt::ISODate));
    q.addBindValue(a.amountFen);
    q.addBindValue(a.reason);
    q.addBindValue(m_scope.memberId() ? QVariant(m_scope.memberId())
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(a.createdAt.isValid() ? a.createdAt.toUTC().toString(Qt::ISODateWithMs) : nowUtc());
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return failed({});
    result.id = q.lastInsertId().toLongLong();
    return result;
}

} // namespace frontline::commission
