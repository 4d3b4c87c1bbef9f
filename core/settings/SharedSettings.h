// SharedSettings: the settings the whole team shares — the company name on printed reports, the
// privacy notice — kept in the database's shared_setting table, so that the GUI, frontline-cli
// and every laptop that syncs with this one read the same value. Changing one needs
// settings/edit; reading needs nothing (it is printed on every report).
#pragma once

#include "repositories/AccessScope.h"

#include <QCoreApplication>

namespace frontline {

class Database;

class SharedSettings
{
    Q_DECLARE_TR_FUNCTIONS(frontline::SharedSettings)
public:
    static inline const QString CompanyName = QStringLiteral("company_name");

    SharedSettings(Database &db, AccessScope scope);

    // The keys people may set with `frontline-cli settings set` and in the Settings page.
    static QStringList keys();
    static QString title(const QString &key); // translated

    // The stored value, or an empty string when it was never set (or cleared).
    QString value(const QString &key) const;
    // The company name for report headers; empty when not set.
    QString companyName() const { return value(CompanyName); }

    // Sets a value after checking settings/edit (an empty value clears it). Opens a savepoint of
    // its own, so a caller may wrap it in a larger transaction.
    bool setValue(const QString &key, const QString &value, QString *error);
    // The same without the permission check, for services that checked their own (the privacy
    // notice) and for demo data.
    bool store(const QString &key, const QString &value, QString *error);

private:
    Database &m_db;
    AccessScope m_scope;
};

} // namespace frontline
