// AccessScope is who a query runs for, and so what it may see and change. Every repository
// takes one and applies it in SQL, so hiding something in the UI is never the only guard:
//   rep      customers they own, and everything attached to them
//   manager  customers owned by anyone in their team's subtree (themselves included)
//   admin    everything
//   support  everything to read; no changes to money (orders, opportunity amounts)
#pragma once

#include "domain/Crm.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace frontline {

class AccessScope
{
    Q_DECLARE_TR_FUNCTIONS(frontline::AccessScope)
public:
    // The database owner before user accounts exist: sees and changes everything.
    static AccessScope administrator();
    // The scope of a member, with their team subtree resolved now. nullopt if no such member.
    static std::optional<AccessScope> forMember(const QSqlDatabase &db, qint64 memberId,
                                                QString *error = nullptr);
    static std::optional<AccessScope> forMemberCode(const QSqlDatabase &db, const QString &code,
                                                    QString *error = nullptr);

    Role role() const { return m_role; }
    qint64 memberId() const { return m_memberId; } // 0 for administrator()
    bool seesEverything() const { return m_all; }
    bool canSeeOwner(qint64 ownerId) const { return m_all || m_owners.contains(ownerId); }
    bool canWrite() const { return true; }
    bool canWriteMoney() const { return m_role != Role::Support; }
    // Members whose customers this scope sees (empty when it sees everything).
    const QSet<qint64> &owners() const { return m_owners; }
    // An SQL condition on an owner column: "1" or "<column> IN (…)". The ids are integers this
    // class loaded from the database, never user text.
    QString ownerCondition(const QString &column) const;

private:
    Role m_role = Role::Admin;
    qint64 m_memberId = 0;
    bool m_all = true;
    QSet<qint64> m_owners;
};

} // namespace frontline
