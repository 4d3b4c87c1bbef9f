#include "OpportunityRepository.h"

#include "security/AuditLog.h"
#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace frontline {

qint64 OpportunityRepository::weighted(qint64 amountFen, int probability)
{
    // Integer arithmetic, half up: money never passes through floating point.
    const qint64 product = amountFen * probability;
    return product >= 0 ? (product + 50) / 100 : -((-product + 50) / 100);
}

QList<PipelineStage> OpportunityRepository::stages()
{
    QList<PipelineStage> result;
    QSqlQuery q = query();
    if (!q.exec(u"SELECT id, key, name, position, probability, outcome FROM pipeline_stage WHERE deleted = 0 "
                u"ORDER BY position"_s))
        return result;
    while (q.next())
        result << PipelineStage{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toInt(),      q.value(4).toInt(),    q.value(5).toString()};
    return result;
}

std::optional<PipelineStage> OpportunityRepository::stageByKey(const QString &key)
{
    for (const PipelineStage &s : stages()) {
        if (s.key == key)
            return s;
    }
    return std::nullopt;
}

QList<FieldError> OpportunityRepository::validate(const Opportunity &o) const
{
    QList<FieldError> errors;
    if (TextNormalizer::clean(o.title).isEmpty())
        errors << FieldError{u"title"_s, tr("Enter a title for the opportunity.")};
    if (!o.customerId)
        errors << FieldError{u"customer"_s, tr("Choose the customer.")};
    if (o.amountFen < 0)
        errors << FieldError{u"amount"_s, tr("The amount cannot be negative.")};
    if (o.probability > 100)
        errors << FieldError{u"probability"_s, tr("The probability is from 0 to 100%.")};
    return errors;
}

SaveResult OpportunityRepository::create(Opportunity o)
{
    if (!m_scope.canWriteMoney())
        return notAllowed();
    qint64 customerOwner = 0;
    SaveResult result;
    result.fieldErrors = validate(o);
    if (!result.fieldErrors.isEmpty())
        return result;
    if (!customerVisible(o.customerId, &customerOwner))
        return notAllowed();
    if (!o.ownerId)
        o.ownerId = m_scope.memberId() ? m_scope.memberId() : customerOwner;
    if (!m_scope.canSeeOwner(o.ownerId) || !o.ownerId)
        return notAllowed();
    const QList<PipelineStage> all = stages();
    if (!o.stageId && !all.isEmpty())
        o.stageId = all.first().id;
    const auto stage =
        std::find_if(all.cbegin(), all.cend(), [&](const PipelineStage &s) { return s.id == o.stageId; });
    if (stage == all.cend()) {
        result.fieldErrors << FieldError{u"stage"_s, tr("Unknown stage.")};
        return result;
    }
    if (o.probability < 0)
        o.probability = stage->probability;
    // Created straight into won or lost (an import, a deal closed on the spot): it closed when it
    // was made, unless the caller knows better. Open ones have no close date.
    if (stage->outcome == u"open"_s) {
        o.closedOn = QDate();
    } else if (!o.closedOn.isValid()) {
        o.closedOn = o.createdAt.isValid() ? o.createdAt.toLocalTime().date() : QDate::currentDate();
    }

    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    const QString now = nowUtc();
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO opportunity (uuid, external_id, customer_id, owner_id, title, amount_fen, "
              u"stage_id, probability, "
              u"expected_close, closed_on, close_reason, created_at, hlc, device_id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(o.uuid.isEmpty() ? newUuid() : o.uuid);
    q.addBindValue(o.externalId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(o.externalId));
    q.addBindValue(o.customerId);
    q.addBindValue(o.ownerId);
    q.addBindValue(TextNormalizer::clean(o.title));
    q.addBindValue(o.amountFen);
    q.addBindValue(o.stageId);
    q.addBindValue(o.probability);
    q.addBindValue(o.expectedClose.isValid() ? QVariant(o.expectedClose)
                                             : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(o.closedOn.isValid() ? QVariant(o.closedOn) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(o.closeReason.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(o.closeReason));
    q.addBindValue(o.createdAt.isValid() ? o.createdAt.toUTC().toString(Qt::ISODateWithMs) : now);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return failed({});
    result.id = q.lastInsertId().toLongLong();
    QSqlQuery h = query();
    h.prepare(u"INSERT INTO opportunity_stage_change (uuid, opportunity_id, from_stage_id, to_stage_id, "
              u"changed_at, member_id, "
              u"hlc, device_id) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)"_s);
    h.addBindValue(newUuid());
    h.addBindValue(result.id);
    h.addBindValue(o.stageId);
    h.addBindValue(o.createdAt.isValid() ? o.createdAt.toUTC().toString(Qt::ISODateWithMs) : now);
    h.addBindValue(m_scope.memberId() ? QVariant(m_scope.memberId())
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    h.addBindValue(qint64(s.hlc));
    h.addBindValue(s.deviceId);
    if (!exec(h) || !tx.commit())
        return failed({});
    return result;
}

BulkResult OpportunityRepository::createMany(const QList<Opportunity> &input,
                                             const QList<QList<StageChange>> &histories)
{
    if (!m_scope.canWriteMoney())
        return bulkFailed(0, notAllowed().error);
    if (!histories.isEmpty() && histories.size() != input.size())
        return bulkFailed(-1, tr("Give a stage history for every opportunity, or none."));
    const QList<PipelineStage> all = stages();
    QHash<qint64, PipelineStage> stageById;
    for (const PipelineStage &st : all)
        stageById.insert(st.id, st);
    QList<Opportunity> opportunities = input;
    QList<QList<StageChange>> changes(opportunities.size());
    VisibleCustomers visible(*this);
    for (qsizetype i = 0; i < opportunities.size(); ++i) {
        Opportunity &o = opportunities[i];
        QList<FieldError> errors = validate(o);
        if (!errors.isEmpty())
            return bulkFailed(i, errors);
        qint64 customerOwner = 0;
        if (!visible.contains(o.customerId, &customerOwner))
            return bulkFailed(i, notAllowed().error);
        if (!o.ownerId)
            o.ownerId = m_scope.memberId() ? m_scope.memberId() : customerOwner;
        if (!m_scope.canSeeOwner(o.ownerId) || !o.ownerId)
            return bulkFailed(i, notAllowed().error);
        if (!o.stageId && !all.isEmpty())
            o.stageId = all.first().id;
        if (!stageById.contains(o.stageId))
            return bulkFailed(i, {FieldError{u"stage"_s, tr("Unknown stage.")}});
        const PipelineStage &stage = stageById[o.stageId];
        if (o.probability < 0)
            o.probability = stage.probability;

        QList<StageChange> &history = changes[i];
        history = histories.isEmpty() ? QList<StageChange>() : histories.at(i);
        if (history.isEmpty()) {
            // What create() records: the opportunity appears in its stage when it is created.
            StageChange created;
            created.toStageId = o.stageId;
            created.changedAt = o.createdAt;
            created.memberId = m_scope.memberId();
            history << created;
        } else {
            if (!o.createdAt.isValid())
                o.createdAt = history.first().changedAt;
            const FieldError badHistory{
                u"history"_s, tr("The stage changes must lead from no stage to the opportunity's stage, "
                                 "one after the other in time.")};
            for (qsizetype k = 0; k < history.size(); ++k) {
                StageChange &c = history[k];
                const qint64 from = k == 0 ? 0 : history.at(k - 1).toStageId;
                if (c.fromStageId != from || !stageById.contains(c.toStageId) || !c.changedAt.isValid() ||
                    c.changedAt < o.createdAt || (k > 0 && c.changedAt < history.at(k - 1).changedAt))
                    return bulkFailed(i, {badHistory});
                if (!c.memberId)
                    c.memberId = m_scope.memberId();
            }
            if (history.last().toStageId != o.stageId)
                return bulkFailed(i, {badHistory});
        }
        if (stage.outcome == u"open"_s) {
            o.closedOn = QDate();
            o.closeReason.clear();
        } else if (!o.closedOn.isValid() && history.last().changedAt.isValid()) {
            o.closedOn = history.last().changedAt.toLocalTime().date();
        } else if (!o.closedOn.isValid()) {
            o.closedOn = QDate::currentDate();
        }
    }

    Transaction tx(connection());
    if (!tx.isActive())
        return bulkFailed(-1, tx.lastError().text());
    QSqlQuery q = query(), h = query();
    q.prepare(u"INSERT INTO opportunity (uuid, external_id, customer_id, owner_id, title, amount_fen, "
              u"stage_id, probability, "
              u"expected_close, closed_on, close_reason, created_at, hlc, device_id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    h.prepare(u"INSERT INTO opportunity_stage_change (uuid, opportunity_id, from_stage_id, to_stage_id, "
              u"changed_at, member_id, "
              u"hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString now = nowUtc();
    BulkResult result;
    result.ids.reserve(opportunities.size());
    for (qsizetype i = 0; i < opportunities.size(); ++i) {
        const Opportunity &o = opportunities.at(i);
        const SyncStamp s = stamp();
        const QString createdAt =
            o.createdAt.isValid() ? o.createdAt.toUTC().toString(Qt::ISODateWithMs) : now;
        q.addBindValue(o.uuid.isEmpty() ? newUuid() : o.uuid);
        q.addBindValue(o.externalId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(o.externalId));
        q.addBindValue(o.customerId);
        q.addBindValue(o.ownerId);
        q.addBindValue(TextNormalizer::clean(o.title));
        q.addBindValue(o.amountFen);
        q.addBindValue(o.stageId);
        q.addBindValue(o.probability);
        q.addBindValue(o.expectedClose.isValid() ? QVariant(o.expectedClose)
                                                 : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(o.closedOn.isValid() ? QVariant(o.closedOn) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(o.closeReason.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(o.closeReason));
        q.addBindValue(createdAt);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        if (!exec(q))
            return bulkFailed(i, QString());
        const qint64 id = q.lastInsertId().toLongLong();
        for (const StageChange &c : std::as_const(changes.at(i))) {
            h.addBindValue(newUuid());
            h.addBindValue(id);
            h.addBindValue(c.fromStageId ? QVariant(c.fromStageId)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
            h.addBindValue(c.toStageId);
            h.addBindValue(c.changedAt.isValid() ? c.changedAt.toUTC().toString(Qt::ISODateWithMs)
                                                 : createdAt);
            h.addBindValue(c.memberId ? QVariant(c.memberId) : QVariant(QMetaType(QMetaType::LongLong)));
            h.addBindValue(qint64(s.hlc));
            h.addBindValue(s.deviceId);
            if (!exec(h))
                return bulkFailed(i, QString());
        }
        result.ids << id;
    }
    if (!tx.commit())
        return bulkFailed(-1, tx.lastError().text());
    return result;
}

static Opportunity readOpportunity(const QSqlQuery &q)
{
    Opportunity o;
    o.id = q.value(0).toLongLong();
    o.uuid = q.value(1).toString();
    o.externalId = q.value(2).toString();
    o.customerId = q.value(3).toLongLong();
    o.ownerId = q.value(4).toLongLong();
    o.title = q.value(5).toString();
    o.amountFen = q.value(6).toLongLong();
    o.stageId = q.value(7).toLongLong();
    o.probability = q.value(8).toInt();
    o.expectedClose = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    o.closedOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    o.closeReason = q.value(11).toString();
    o.createdAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    o.customerName = q.value(13).toString();
    o.ownerName = q.value(14).toString();
    o.stageKey = q.value(15).toString();
    return o;
}

static const QString OpportunitySelect =
    u"SELECT o.id, o.uuid, o.external_id, o.customer_id, o.owner_id, o.title, o.amount_fen, o.stage_id, "
    u"o.probability, "
    u"o.expected_close, o.closed_on, o.close_reason, o.created_at, c.name, m.name, s.key FROM opportunity o "
    u"JOIN customer c ON c.id = o.customer_id LEFT JOIN member m ON m.id = o.owner_id "
    u"JOIN pipeline_stage s ON s.id = o.stage_id WHERE o.deleted = 0 AND c.deleted = 0 AND "_s;

std::optional<Opportunity> OpportunityRepository::get(qint64 id)
{
    QSqlQuery q = query();
    q.prepare(OpportunitySelect + m_scope.ownerCondition(u"c.owner_id"_s) + u" AND o.id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readOpportunity(q);
}

QList<Opportunity> OpportunityRepository::list(const OpportunityFilter &f)
{
    QString sql = OpportunitySelect + m_scope.ownerCondition(u"c.owner_id"_s);
    QVariantList binds;
    if (f.ownerId) {
        sql += u" AND o.owner_id = ?"_s;
        binds << f.ownerId;
    }
    sql += inIds(u"o.owner_id"_s, f.owners);
    if (f.customerId) {
        sql += u" AND o.customer_id = ?"_s;
        binds << f.customerId;
    }
    if (f.stageId) {
        sql += u" AND o.stage_id = ?"_s;
        binds << f.stageId;
    }
    if (f.openOnly)
        sql += u" AND s.outcome = 'open'"_s;
    sql += u" ORDER BY s.position, o.expected_close, o.id"_s;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Opportunity> result;
    if (exec(q)) {
        while (q.next())
            result << readOpportunity(q);
    }
    return result;
}

SaveResult OpportunityRepository::moveToStage(qint64 id, qint64 stageId, const QString &reason)
{
    const std::optional<Opportunity> o = get(id);
    if (!o || !m_scope.canWriteMoney())
        return notAllowed();
    const QList<PipelineStage> all = stages();
    const auto stage =
        std::find_if(all.cbegin(), all.cend(), [&](const PipelineStage &s) { return s.id == stageId; });
    SaveResult result;
    result.id = id;
    if (stage == all.cend()) {
        result.fieldErrors << FieldError{u"stage"_s, tr("Unknown stage.")};
        return result;
    }
    if (o->stageId == stageId)
        return result;
    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    const QString now = nowUtc();
    const bool closed = stage->outcome != u"open"_s;
    QSqlQuery q = query();
    q.prepare(
        u"UPDATE opportunity SET stage_id = ?, probability = ?, closed_on = ?, close_reason = ?, hlc = ?, "
        u"device_id = ? WHERE id = ?"_s);
    q.addBindValue(stageId);
    q.addBindValue(stage->probability);
    q.addBindValue(closed ? QVariant(QDate::currentDate()) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(closed && !reason.isEmpty() ? QVariant(reason) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(id);
    if (!exec(q))
        return failed({});
    QSqlQuery h = query();
    h.prepare(u"INSERT INTO opportunity_stage_change (uuid, opportunity_id, from_stage_id, to_stage_id, "
              u"changed_at, member_id, "
              u"hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    h.addBindValue(newUuid());
    h.addBindValue(id);
    h.addBindValue(o->stageId);
    h.addBindValue(stageId);
    h.addBindValue(now);
    h.addBindValue(m_scope.memberId() ? QVariant(m_scope.memberId())
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    h.addBindValue(qint64(s.hlc));
    h.addBindValue(s.deviceId);
    if (!exec(h) || !tx.commit())
        return failed({});
    return result;
}

bool OpportunityRepository::restore(qint64 id)
{
    QSqlQuery q = query();
    q.prepare(
        u"SELECT o.id FROM opportunity o JOIN customer c ON c.id = o.customer_id WHERE o.id = ? AND c.deleted = 0 AND "_s +
        m_scope.ownerCondition(u"c.owner_id"_s));
    q.addBindValue(id);
    return m_scope.canWriteMoney() && exec(q) && q.next() &&
           restoreWithChildren(u"opportunity"_s, id, {u"opportunity_stage_change.opportunity_id"_s});
}

bool OpportunityRepository::remove(qint64 id)
{
    if (!m_scope.canWriteMoney() || !get(id))
        return false;
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    const SyncStamp s = stamp();
    for (const QString &sql : {u"UPDATE opportunity SET deleted = 1, hlc = ?, device_id = ? WHERE id = ?"_s,
                               u"UPDATE opportunity_stage_change SET deleted = 1, hlc = ?, device_id = ? "
                               u"WHERE opportunity_id = ? AND deleted = 0"_s}) {
        QSqlQuery q = query();
        q.prepare(sql);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        q.addBindValue(id);
        if (!exec(q))
            return false;
    }
    return auditRow(AuditAction::Delete, u"opportunity"_s, id) && tx.commit();
}

QList<StageChange> OpportunityRepository::history(qint64 id)
{
    QList<StageChange> result;
    if (!get(id))
        return result;
    QSqlQuery q = query();
    q.prepare(u"SELECT from_stage_id, to_stage_id, changed_at, member_id FROM opportunity_stage_change "
              u"WHERE opportunity_id = ? AND deleted = 0 ORDER BY changed_at, id"_s);
    q.addBindValue(id);
    if (exec(q)) {
        while (q.next())
            result << StageChange{id, q.value(0).toLongLong(), q.value(1).toLongLong(),
                                  QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                                  q.value(3).toLongLong()};
    }
    return result;
}

QList<StageTotal> OpportunityRepository::totals(const OpportunityFilter &filter)
{
    QList<StageTotal> result;
    for (const PipelineStage &s : stages())
        result << StageTotal{s, 0, 0, 0};
    for (const Opportunity &o : list(filter)) {
        for (StageTotal &t : result) {
            if (t.stage.id == o.stageId) {
                ++t.count;
                t.amountFen += o.amountFen;
                t.weightedFen += weighted(o.amountFen, o.probability);
            }
        }
    }
    return result;
}

} // namespace frontline
