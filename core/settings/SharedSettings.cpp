#include "SharedSettings.h"

#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace frontline {

SharedSettings::SharedSettings(Database &db, AccessScope scope) : m_db(db), m_scope(std::move(scope)) {}

QStringList SharedSettings::keys()
{
    return {CompanyName};
}

QString SharedSettings::title(const QString &key)
{
    if (key == CompanyName)
        return tr("Company name");
    return key;
}

QString SharedSettings::value(const QString &key) const
{
    QSqlQuery q(m_db.connectionForThread());
    q.prepare(u"SELECT value FROM shared_setting WHERE key = ? AND deleted = 0"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool SharedSettings::setValue(const QString &key, const QString &value, QString *error)
{
    if (!Permissions(m_db).check(m_scope, PermissionArea::Settings, PermissionAction::Edit,
                                 u"setting:"_s + key, error))
        return false;
    return store(key, value, error);
}

bool SharedSettings::store(const QString &key, const QString &value, QString *error)
{
    const QSqlDatabase db = m_db.connectionForThread();
    Transaction tx(db);
    const SyncStamp s = m_db.stamp();
    const QString text = value.trimmed();
    QSqlQuery q(db);
    q.prepare(u"UPDATE shared_setting SET value = ?, hlc = ?, device_id = ?, deleted = 0 WHERE key = ?"_s);
    q.addBindValue(text);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(key);
    if (!tx.isActive() || !q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        q.prepare(u"INSERT INTO shared_setting (uuid, key, value, hlc, device_id) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(key);
        q.addBindValue(text);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = tr("Cannot save the setting: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

} // namespace frontline
