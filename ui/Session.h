// Session is what every page works within: the open database, the member the user acts as (and
// with it the access scope every repository gets), the undo stack that edits go through, and
// news of changed data, so that every view refreshes after an edit, an undo or a redo made on
// any page. Until user logins exist, who the user acts as is chosen in the status bar and
// remembered per database file.
#pragma once

#include "domain/Crm.h"
#include "repositories/AccessScope.h"
#include "storage/Database.h"

#include <QObject>

#include <optional>

class QUndoStack;

namespace frontline {

class Session : public QObject
{
    Q_OBJECT
public:
    enum Data
    {
        Customers = 0x01,
        Activities = 0x02,
        Opportunities = 0x04,
        Orders = 0x08,
        Tasks = 0x10,
        Organisation = 0x20,
        Everything = 0x3f,
    };
    Q_DECLARE_FLAGS(DataKinds, Data)
    Q_FLAG(DataKinds)

    explicit Session(QUndoStack *undoStack, QObject *parent = nullptr);

    Database *database() const { return m_database; }
    bool isOpen() const;
    // Takes the database the main window opened (or none) and acts as the member remembered for
    // its file, or as the administrator.
    void setDatabase(Database *database);

    QUndoStack *undoStack() const { return m_undoStack; }

    // The member the user acts as; 0 for the administrator, who sees everything.
    qint64 actingMemberId() const { return m_scope.memberId(); }
    std::optional<Member> actingMember() const { return m_member; }
    const AccessScope &scope() const { return m_scope; }
    // Falls back to the administrator when the member does not exist or is inactive.
    void setActingMember(qint64 memberId);

    // A repository for the current scope, made when needed so that it never outlives a change
    // of user.
    template <typename R> R repository() const { return R(*m_database, m_scope); }

    void notifyChanged(DataKinds kinds);
    // Asks the main window to show a customer (from any page).
    void showCustomer(qint64 customerId);
    // A problem an undo or redo met, for the status bar.
    void reportProblem(const QString &message);

    static qint64 savedActingMember(const QString &databasePath);
    static void saveActingMember(const QString &databasePath, qint64 memberId);

Q_SIGNALS:
    // The database or the user changed: pages reload everything with the new scope.
    void scopeChanged();
    void dataChanged(frontline::Session::DataKinds kinds);
    void customerRequested(qint64 customerId);
    void problemOccurred(const QString &message);

private:
    void applyMember(qint64 memberId);

    QUndoStack *m_undoStack;
    Database *m_database = nullptr;
    AccessScope m_scope = AccessScope::administrator();
    std::optional<Member> m_member;
};

} // namespace frontline

Q_DECLARE_OPERATORS_FOR_FLAGS(frontline::Session::DataKinds)
