#include "Privacy.h"

#include "repositories/CustomerRepository.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "settings/SharedSettings.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString NoticeKey = u"privacy_notice"_s;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

Privacy::Privacy(Database &db, AccessScope scope) : m_db(db), m_scope(std::move(scope)) {}

QStringList Privacy::consentMethods()
{
    return {u"form"_s, u"online"_s, u"email"_s, u"wechat"_s, u"phone"_s, u"verbal"_s, u"other"_s};
}

bool Privacy::customerInScope(qint64 customerId, bool includeDeleted, QString *code)
{
    QSqlQuery q(m_db.connectionForThread());
    q.prepare(u"SELECT code FROM customer WHERE id = ? AND erased_at IS NULL AND "_s +
              (includeDeleted ? QString() : u"deleted = 0 AND "_s) + m_scope.ownerCondition(u"owner_id"_s));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return false;
    if (code)
        *code = q.value(0).toString();
    return true;
}

std::optional<Consent> Privacy::consent(qint64 customerId)
{
    QSqlQuery q(m_db.connectionForThread());
    q.prepare(u"SELECT consent, consent_date, consent_method, consent_withdrawn_at FROM customer "
              "WHERE id = ? AND deleted = 0 AND "_s +
              m_scope.ownerCondition(u"owner_id"_s));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Consent c;
    if (!q.value(0).isNull())
        c.given = q.value(0).toInt() != 0;
    c.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    c.method = q.value(2).toString();
    if (!q.value(3).isNull())
        c.withdrawnAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    return c;
}

bool Privacy::setConsent(qint64 customerId, bool given, const QString &method, const QDate &date,
                         QString *error)
{
    QString code;
    if (!Permissions(m_db).check(m_scope, PermissionArea::Customers, PermissionAction::Edit,
                                 u"customer:%1"_s.arg(customerId), error))
        return false;
    if (!customerInScope(customerId, false, &code)) {
        *error = tr("There is no customer %1 that you can see.").arg(customerId);
        return false;
    }
    if (!consentMethods().contains(method)) {
        *error = tr("Unknown consent method \"%1\": use %2.").arg(method, consentMethods().join(u", "_s));
        return false;
    }
    if (!date.isValid() || date > QDate::currentDate()) {
        *error = tr("The consent date must be a date that has passed.");
        return false;
    }
    const QSqlDatabase db = m_db.connectionForThread();
    Transaction tx(db);
    const SyncStamp s = m_db.stamp();
    QSqlQuery q(db);
    q.prepare(u"UPDATE customer SET consent = ?, consent_date = ?, consent_method = ?, consent_withdrawn_at "
              u"= NULL, "
              "updated_at = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(given ? 1 : 0);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(method);
    q.addBindValue(now());
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(customerId);
    AuditLog audit(m_db, m_scope);
    if (!tx.isActive() || !q.exec() ||
        !audit.record(
            AuditAction::Consent, AuditLog::customerTarget(customerId, code),
            u"%1 method=%2 date=%3"_s.arg(given ? u"yes"_s : u"no"_s, method, date.toString(Qt::ISODate)))) {
        *error = q.lastError().text() + audit.lastError();
        return false;
    }
    return tx.commit();
}

bool Privacy::withdrawConsent(qint64 customerId, QString *error)
{
    QString code;
    if (!Permissions(m_db).check(m_scope, PermissionArea::Customers, PermissionAction::Edit,
                                 u"customer:%1"_s.arg(customerId), error))
        return false;
    if (!customerInScope(customerId, false, &code)) {
        *error = tr("There is no customer %1 that you can see.").arg(customerId);
        return false;
    }
    const std::optional<Consent> current = consent(customerId);
    if (!current || current->given != true) {
        *error = tr("This customer has not given consent, so there is nothing to withdraw.");
        return false;
    }
    const QSqlDatabase db = m_db.connectionForThread();
    Transaction tx(db);
    const SyncStamp s = m_db.stamp();
    QSqlQuery q(db);
    q.prepare(
        u"UPDATE customer SET consent = 0, consent_withdrawn_at = ?, updated_at = ?, hlc = ?, device_id = ? "
        "WHERE id = ?"_s);
    const QString at = now();
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(customerId);
    AuditLog audit(m_db, m_scope);
    if (!tx.isActive() || !q.exec() ||
        !audit.record(AuditAction::Consent, AuditLog::customerTarget(customerId, code), u"withdrawn"_s)) {
        *error = q.lastError().text() + audit.lastError();
        return false;
    }
    return tx.commit();
}

QString Privacy::defaultNotice()
{
    return tr("We keep the names, phone numbers and e-mail addresses of our customers and their contacts, "
              "and a record of our visits and orders, to serve you and to plan our sales work. The data "
              "stays on our company's encrypted computers and is not sold or given to others. We send you "
              "marketing only with your consent, which you may withdraw at any time. You may ask to see, "
              "correct or erase the data we hold about you: tell your sales representative.");
}

QString Privacy::notice()
{
    const QString text = SharedSettings(m_db, m_scope).value(NoticeKey);
    return text.trimmed().isEmpty() ? defaultNotice() : text;
}

bool Privacy::setNotice(const QString &text, QString *error)
{
    if (!Permissions(m_db).check(m_scope, PermissionArea::Settings, PermissionAction::Edit,
                                 u"privacy_notice"_s, error))
        return false;
    Transaction tx(m_db.connectionForThread());
    if (!tx.isActive() || !SharedSettings(m_db, m_scope).store(NoticeKey, text, error))
        return false;
    AuditLog audit(m_db, m_scope);
    if (!audit.record(AuditAction::PrivacyNotice, u"privacy_notice"_s,
                      u"characters=%1"_s.arg(text.trimmed().size()))) {
        *error = audit.lastError();
        return false;
    }
    return tx.commit();
}

EraseResult Privacy::erase(qint64 customerId)
{
    EraseResult result;
    if (!Permissions(m_db).check(m_scope, PermissionArea::Customers, PermissionAction::Delete,
                                 u"customer:%1"_s.arg(customerId), &result.error))
        return result;
    if (m_scope.role() != Role::Admin && m_scope.role() != Role::Manager) {
        result.error = tr("Erasing a customer is an administrator's or a manager's decision.");
        return result;
    }
    QString code;
    if (!customerInScope(customerId, true, &code)) {
        result.error = tr("There is no customer %1 that you can see.").arg(customerId);
        return result;
    }

    QSqlDatabase db = m_db.connectionForThread();
    QSqlQuery q(db);
    // Freed pages are overwritten with zeros instead of keeping the old text.
    q.exec(u"PRAGMA secure_delete = ON"_s);
    bool ok = true;
    const auto run = [&](const QString &sql, const QVariantList &binds, qint64 *affected = nullptr) {
        if (!ok)
            return;
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            ok = false;
            result.error = q.lastError().text();
            return;
        }
        if (affected)
            *affected += q.numRowsAffected();
    };
    {
        Transaction tx(db);
        if (!tx.isActive()) {
            result.error = tx.lastError().text();
            return result;
        }
        const SyncStamp s = m_db.stamp();
        const qint64 hlc = qint64(s.hlc);
        const QString at = now();
        // History first, while the ids of the rows it refers to can still be found.
        const QString rows =
            u"(table_name = 'customer' AND row_id = :c) OR "
            "(table_name = 'contact' AND row_id IN (SELECT id FROM contact WHERE customer_id = :c)) OR "
            "(table_name = 'contact_point' AND row_id IN (SELECT id FROM contact_point WHERE customer_id = "
            ":c)) OR "
            "(table_name = 'activity' AND row_id IN (SELECT id FROM activity WHERE customer_id = :c))"_s;
        QString changes = u"UPDATE import_change SET old_value = NULL, new_value = NULL WHERE "_s + rows;
        QString messages = u"UPDATE import_row SET message = '' WHERE "_s + rows;
        changes.replace(u":c"_s, QString::number(customerId));
        messages.replace(u":c"_s, QString::number(customerId));
        // A reviewed merge is named after both customers in the history.
        run(u"UPDATE import_batch SET file_name = '' WHERE kind = 'merge' AND (id IN (SELECT batch_id FROM "
            "import_change WHERE table_name = 'customer' AND row_id = ?) OR id IN (SELECT merge_batch FROM "
            "import_candidate WHERE customer_a = ? OR customer_b = ?))"_s,
            {customerId, customerId, customerId}, &result.history);
        run(changes, {}, &result.history);
        run(messages, {}, &result.history);
        run(u"UPDATE import_candidate SET status = 'dismissed' WHERE status = 'open' AND (customer_a = ? OR customer_b = ?)"_s,
            {customerId, customerId});
        run(u"UPDATE activity SET contact_id = NULL, location = NULL, summary = '', outcome = NULL, "
            u"next_step = NULL, "
            "hlc = ?, device_id = ? WHERE customer_id = ?"_s,
            {hlc, s.deviceId, customerId}, &result.activities);
        run(u"UPDATE task SET notes = NULL, hlc = ?, device_id = ? WHERE customer_id = ?"_s,
            {hlc, s.deviceId, customerId}, &result.tasks);
        // Payments keep their amounts and dates (the books need them); their notes may name people.
        run(u"UPDATE payment SET notes = NULL, hlc = ?, device_id = ? WHERE customer_id = ? AND notes IS NOT NULL"_s,
            {hlc, s.deviceId, customerId});
        // Comments on its tasks are free text like the notes: gone, as tombstones for sync.
        run(u"UPDATE task_comment SET body = '', deleted = 1, hlc = ?, device_id = ? "
            u"WHERE task_id IN (SELECT id FROM task WHERE customer_id = ?)"_s,
            {hlc, s.deviceId, customerId});
        // Titles of its opportunities and tasks often carry its name ("北京华联 采购"): the name
        // goes, the rest of the title stays.
        QStringList names;
        run(u"SELECT name FROM customer WHERE id = ? UNION SELECT short_name FROM customer WHERE id = ? "
            "UNION SELECT name FROM contact WHERE customer_id = ?"_s,
            {customerId, customerId, customerId});
        while (ok && q.next()) {
            if (q.value(0).toString().trimmed().size() >= 2)
                names << q.value(0).toString().trimmed();
        }
        for (const QString &name : std::as_const(names)) {
            run(u"UPDATE opportunity SET title = replace(title, ?1, ?2), close_reason = "
                u"replace(close_reason, ?1, ?2), "
                "hlc = ?3, device_id = ?4 WHERE customer_id = ?5 AND (instr(title, ?1) > 0 OR instr(close_reason, ?1) > 0)"_s,
                {name, tr("(erased)"), hlc, s.deviceId, customerId});
            run(u"UPDATE task SET title = replace(title, ?1, ?2), hlc = ?3, device_id = ?4 "
                "WHERE customer_id = ?5 AND instr(title, ?1) > 0"_s,
                {name, tr("(erased)"), hlc, s.deviceId, customerId});
        }
        run(u"UPDATE contact_point SET raw = '', normalized = '', valid = 0, deleted = 1, hlc = ?, device_id "
            u"= ? "
            "WHERE customer_id = ?"_s,
            {hlc, s.deviceId, customerId}, &result.points);
        run(u"UPDATE contact SET name = '', title = NULL, wechat = NULL, notes = NULL, deleted = 1, hlc = ?, "
            "device_id = ? WHERE customer_id = ?"_s,
            {hlc, s.deviceId, customerId}, &result.contacts);
        run(u"UPDATE customer SET name = ?, short_name = NULL, name_key = '', sort_key = NULL, address = "
            u"NULL, "
            "wechat = NULL, notes = NULL, deleted = 1, erased_at = ?, updated_at = ?, hlc = ?, device_id = ? "
            "WHERE id = ?"_s,
            {tr("(erased)"), at, at, hlc, s.deviceId, customerId});
        run(u"DELETE FROM customer_search WHERE docid = ?"_s, {customerId});
        AuditLog audit(m_db, m_scope);
        if (ok && !audit.record(AuditAction::Erase, AuditLog::customerTarget(customerId, code),
                                u"contacts=%1 points=%2 activities=%3 tasks=%4"_s.arg(result.contacts)
                                    .arg(result.points)
                                    .arg(result.activities)
                                    .arg(result.tasks))) {
            ok = false;
            result.error = audit.lastError();
        }
        if (ok && !tx.commit()) {
            ok = false;
            result.error = tx.lastError().text();
        }
    }
    if (ok) {
        // The full-text index keeps deleted terms in its segments until they are merged;
        // optimize rewrites it without them. Then the log's old page images go too.
        q.exec(u"INSERT INTO customer_search (customer_search) VALUES ('optimize')"_s);
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    q.exec(u"PRAGMA secure_delete = OFF"_s);
    result.ok = ok;
    return result;
}

} // namespace frontline
