// Privacy: per-customer marketing consent (given or refused, when, how; withdrawn when), the
// privacy notice the administrator edits and prints, and erasure of a customer on request.
//
// Erasure removes the personal fields everywhere they are kept — the customer's name, address,
// WeChat and notes, the people at it, every phone and e-mail, the search index, the free text of
// its activities (which keep their kind, date, duration, rep and score, so counts and figures
// stay right), what import history remembers of those rows — and leaves a tombstone (deleted,
// erased_at) that sync carries to the other laptops. Pages freed by the erasure are zeroed
// (secure_delete) and the write-ahead log is checkpointed, so the text does not linger in the
// file. Backups made before stay as they are until their rotation removes them.
#pragma once

#include "repositories/AccessScope.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>

namespace frontline {

class Database;

struct Consent
{
    std::optional<bool> given; // unknown until asked
    QDate date;                // when it was given or refused
    QString method;            // form, online, email, wechat, phone, verbal, other
    QDateTime withdrawnAt;     // UTC, when a consent was withdrawn
};

struct EraseResult
{
    bool ok = false;
    QString error;
    qint64 contacts = 0, points = 0, activities = 0, tasks = 0, history = 0;
};

class Privacy
{
    Q_DECLARE_TR_FUNCTIONS(frontline::Privacy)
public:
    Privacy(Database &db, AccessScope scope);

    static QStringList consentMethods();

    // nullopt when the customer is not in scope.
    std::optional<Consent> consent(qint64 customerId);
    // Records consent given (true) or refused (false) on date by method (customers/edit).
    bool setConsent(qint64 customerId, bool given, const QString &method, const QDate &date, QString *error);
    // A consent given earlier is withdrawn now: consent becomes no, withdrawn_at is set.
    bool withdrawConsent(qint64 customerId, QString *error);

    // The notice as the administrator wrote it, or the built-in default.
    QString notice();
    static QString defaultNotice();
    // settings/edit; an empty text goes back to the default.
    bool setNotice(const QString &text, QString *error);

    // Erases a customer (customers/delete, and an administrator's or a manager's decision).
    EraseResult erase(qint64 customerId);

private:
    bool customerInScope(qint64 customerId, bool includeDeleted, QString *code = nullptr);

    Database &m_db;
    AccessScope m_scope;
};

} // namespace frontline
