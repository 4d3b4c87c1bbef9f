#include "SecurityCommands.h"

#include "Context.h"
#include "io/TableWriter.h"
#include "privacy/Privacy.h"
#include "repositories/CustomerRepository.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "security/UserAccounts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline::cli {

namespace {

// The texts of the customer subcommands below.
class CustomerPrivacy
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::CustomerPrivacy)
};

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

// The user's new password: $FRONTLINE_NEW_PASSWORD, --new-password-file FILE, or asked twice.
bool newPassword(Context &context, SecureBytes *out)
{
    QString error;
    if (!context.newPassphrase(u"FRONTLINE_NEW_PASSWORD"_s, u"new-password-file"_s, out, &error)) {
        context.fail(error);
        return false;
    }
    return true;
}

qint64 customerIdIncludingDeleted(Context &context, Database &db, const AccessScope &scope,
                                  const QString &text)
{
    // Deleted customers too (restore, erase): by id, or by code among all rows.
    bool numeric = false;
    qint64 id = text.toLongLong(&numeric);
    if (!numeric) {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT id FROM customer WHERE code = ? ORDER BY deleted LIMIT 1"_s);
        q.addBindValue(text.trimmed());
        id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    if (!id || !CustomerRepository(db, scope).get(id)) {
        context.fail(Context::tr("There is no customer %1 that you can see.").arg(text));
        return 0;
    }
    return id;
}

} // namespace

void addSecurityCommands(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<UserCommand>());
    commands.push_back(std::make_unique<PermissionCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<PrivacyCommand>());
}

// --- user -------------------------------------------------------------------

QList<QCommandLineOption> UserCommand::options() const
{
    return {
        QCommandLineOption(u"member"_s, tr("The member the account belongs to (add)."), u"CODE"_s),
        QCommandLineOption(
            u"new-password-file"_s,
            tr("Read the new password from FILE (after $FRONTLINE_NEW_PASSWORD, before the prompt)."),
            u"FILE"_s),
    };
}

int UserCommand::run(Context &context)
{
    const QStringList args = context.arguments();
    const QString sub = args.value(0);
    const QStringList named{u"add"_s, u"disable"_s, u"enable"_s, u"unlock"_s};
    if (!(sub == u"list"_s && args.size() == 1) && !(named.contains(sub) && args.size() == 2) &&
        !(sub == u"passwd"_s && args.size() <= 2))
        return context.usageError(tr("Use: frontline-cli user %1").arg(arguments()));
    Database db;
    if (!context.openDatabase(db, sub == u"list"_s))
        return Failure;
    UserAccounts users(db);
    QString error;

    if (sub == u"add"_s) {
        // The first account needs no login (and must be an administrator's); later ones do.
        std::optional<UserSession> by;
        if (users.hasAccounts()) {
            by = context.session(db);
            if (!by)
                return Failure;
        }
        qint64 member = 0;
        if (context.isSet(u"member"_s) && !(member = context.memberId(db, context.value(u"member"_s))))
            return Failure;
        SecureBytes password;
        if (!newPassword(context, &password))
            return Failure;
        const qint64 id = users.create(by, args.at(1), member, password, &error);
        if (!id)
            return context.fail(error);
        const UserAccount a = *users.get(id);
        context.print(QJsonObject{{u"id"_s, id},
                                  {u"name"_s, a.name},
                                  {u"role"_s, roleKey(a.role)},
                                  {u"member"_s, a.memberCode},
                                  {u"must_change_password"_s, a.mustChangePassword}},
                      a.mustChangePassword
                          ? tr("Added user %1 (%2); they must change the password at their first login.")
                                .arg(a.name, roleKey(a.role))
                          : tr("Added user %1 (%2). Logins are now required: use --user %1.")
                                .arg(a.name, roleKey(a.role)));
        return Success;
    }

    const std::optional<UserSession> session = context.session(db, sub == u"passwd"_s);
    if (!session)
        return Failure;

    if (sub == u"passwd"_s) {
        if (session->singleUser())
            return context.fail(tr("This database has no user accounts; 'frontline-cli passwd' changes the "
                                   "database passphrase."));
        const QString target = args.value(1, session->userName());
        const std::optional<UserAccount> account = users.find(target);
        if (!account)
            return context.fail(tr("There is no user named %1.").arg(target));
        SecureBytes password;
        if (!newPassword(context, &password))
            return Failure;
        if (account->id == session->account->id) {
            SecureBytes current;
            if (!context.password(account->name, &current, &error) ||
                !users.changePassword(account->id, current, password, &error))
                return context.fail(error);
            context.print(QJsonObject{{u"name"_s, account->name}, {u"changed"_s, true}},
                          tr("Your password is changed."));
        } else {
            if (!users.resetPassword(*session, account->id, password, &error))
                return context.fail(error);
            context.print(QJsonObject{{u"name"_s, account->name}, {u"reset"_s, true}},
                          tr("The password of %1 is reset; they must change it at their next login.")
                              .arg(account->name));
        }
        return Success;
    }

    if (sub == u"list"_s) {
        if (!context.permitted(db, session->scope, PermissionArea::Users, PermissionAction::View, u"users"_s))
            return Failure;
        QJsonArray json;
        QList<QStringList> rows;
        for (const UserAccount &a : users.list()) {
            const bool locked = a.lockedUntil.isValid() && a.lockedUntil > QDateTime::currentDateTimeUtc();
            json.append(
                QJsonObject{{u"id"_s, a.id},
                            {u"name"_s, a.name},
                            {u"role"_s, roleKey(a.role)},
                            {u"member"_s, a.memberCode.isEmpty() ? QJsonValue() : QJsonValue(a.memberCode)},
                            {u"active"_s, a.active},
                            {u"must_change_password"_s, a.mustChangePassword},
                            {u"failed_logins"_s, a.failedLogins},
                            {u"locked_until"_s, locked ? timeJson(a.lockedUntil) : QJsonValue()},
                            {u"last_login"_s, timeJson(a.lastLoginAt)}});
            rows << QStringList{a.name, roleKey(a.role),
                                a.memberCode.isEmpty() ? QString() : a.memberCode + u' ' + a.memberName,
                                a.active ? (locked ? tr("locked") : tr("active")) : tr("disabled"),
                                localTime(a.lastLoginAt)};
        }
        if (context.json())
            context.print(json, {});
        else
            context.printTable({tr("User"), tr("Role"), tr("Member"), tr("State"), tr("Last login")}, rows);
        return Success;
    }

    const std::optional<UserAccount> account = users.find(args.at(1));
    if (!account)
        return context.fail(tr("There is no user named %1.").arg(args.at(1)));
    const bool ok = sub == u"unlock"_s ? users.unlock(*session, account->id, &error)
                                       : users.setActive(*session, account->id, sub == u"enable"_s, &error);
    if (!ok)
        return context.fail(error);
    context.print(QJsonObject{{u"name"_s, account->name}, {u"done"_s, sub}},
                  sub == u"unlock"_s   ? tr("%1 is unlocked.").arg(account->name)
                  : sub == u"enable"_s ? tr("%1 is enabled.").arg(account->name)
                                       : tr("%1 is disabled.").arg(account->name));
    return Success;
}

// --- permission -------------------------------------------------------------

QList<QCommandLineOption> PermissionCommand::options() const
{
    return {QCommandLineOption(u"role"_s, tr("admin, manager, rep or support (list: only this role)."),
                               u"ROLE"_s)};
}

int PermissionCommand::run(Context &context)
{
    const QStringList args = context.arguments();
    const QString sub = args.value(0);
    if (!(sub == u"list"_s && args.size() == 1) && !(sub == u"set"_s && args.size() == 5))
        return context.usageError(tr("Use: frontline-cli permission %1").arg(arguments()));
    Database db;
    if (!context.openDatabase(db, sub == u"list"_s))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    Permissions permissions(db);

    if (sub == u"set"_s) {
        const std::optional<Role> role = roleFromKey(args.at(1));
        const std::optional<PermissionArea> area = Permissions::areaFromKey(args.at(2));
        const std::optional<PermissionAction> action = Permissions::actionFromKey(args.at(3));
        const QString value = args.at(4);
        if (!role || !area || !action || (value != u"allow"_s && value != u"deny"_s))
            return context.usageError(tr("Use: frontline-cli permission set admin|manager|rep|support "
                                         "customers|orders|money|performance|settings|users "
                                         "view|edit|delete|export allow|deny"));
        QString error;
        if (!permissions.set(*scope, *role, *area, *action, value == u"allow"_s, &error))
            return context.fail(error);
        context.print(QJsonObject{{u"role"_s, args.at(1)},
                                  {u"area"_s, args.at(2)},
                                  {u"action"_s, args.at(3)},
                                  {u"allowed"_s, value == u"allow"_s}},
                      tr("%1 may %2 %3: %4.").arg(args.at(1), args.at(3), args.at(2), value));
        return Success;
    }

    if (!context.permitted(db, *scope, PermissionArea::Users, PermissionAction::View, u"permissions"_s))
        return Failure;
    QList<Role> roles = Permissions::roles();
    if (context.isSet(u"role"_s)) {
        const std::optional<Role> only = roleFromKey(context.value(u"role"_s));
        if (!only)
            return context.usageError(tr("Unknown role \"%1\".").arg(context.value(u"role"_s)));
        roles = {*only};
    }
    QJsonArray json;
    QList<QStringList> rows;
    for (const Role role : roles) {
        for (const PermissionArea area : Permissions::areas()) {
            QJsonObject cell{{u"role"_s, roleKey(role)}, {u"area"_s, Permissions::areaKey(area)}};
            QStringList row{roleKey(role), Permissions::areaKey(area)};
            for (const PermissionAction action : Permissions::actions()) {
                const bool allowed = permissions.allows(role, area, action);
                cell.insert(Permissions::actionKey(action), allowed);
                row << (allowed ? u"✓"_s : u"·"_s);
            }
            json.append(cell);
            rows << row;
        }
    }
    if (context.json())
        context.print(json, {});
    else
        context.printTable({tr("Role"), tr("Area"), Permissions::actionTitle(PermissionAction::View),
                            Permissions::actionTitle(PermissionAction::Edit),
                            Permissions::actionTitle(PermissionAction::Delete),
                            Permissions::actionTitle(PermissionAction::Export)},
                           rows);
    return Success;
}

// --- audit ------------------------------------------------------------------

QList<QCommandLineOption> AuditCommand::options() const
{
    return {
        QCommandLineOption(u"from"_s, tr("Entries on or after this day (audit)."), u"DATE"_s),
        QCommandLineOption(u"to"_s, tr("Entries on or before this day (audit)."), u"DATE"_s),
        QCommandLineOption(
            u"action"_s,
            tr("Only this action (repeat for several): %1.").arg(AuditLog::actions().join(u", "_s)),
            u"ACTION"_s),
        QCommandLineOption(u"actor"_s, tr("Only what this user did (audit)."), u"NAME"_s),
        QCommandLineOption(u"format"_s, tr("table, csv or json (default table; --json means json)."),
                           u"FORMAT"_s),
        QCommandLineOption(u"out"_s, tr("Write the report to this file instead of standard output."),
                           u"FILE"_s),
        QCommandLineOption(u"limit"_s, tr("At most N rows (list)."), u"N"_s),
    };
}

int AuditCommand::run(Context &context)
{
    const QStringList args = context.arguments();
    if (args.size() > 1 || (args.size() == 1 && args.at(0) != u"verify"_s))
        return context.usageError(tr("Use: frontline-cli audit %1").arg(arguments()));
    AuditFilter filter;
    for (const QString &option : {u"from"_s, u"to"_s}) {
        if (!context.isSet(option))
            continue;
        const QDate day = Context::parseDate(context.value(option));
        if (!day.isValid())
            return context.usageError(tr("--%1: \"%2\" is not a date.").arg(option, context.value(option)));
        // Days are local; the log is in UTC. --to includes its whole day.
        const QDateTime start = (option == u"to"_s ? day.addDays(1) : day).startOfDay().toUTC();
        (option == u"from"_s ? filter.from : filter.to) = start;
    }
    filter.actions = context.parser().values(u"action"_s);
    for (const QString &a : std::as_const(filter.actions)) {
        if (!AuditLog::actions().contains(a))
            return context.usageError(
                tr("Unknown action \"%1\": use %2.").arg(a, AuditLog::actions().join(u", "_s)));
    }
    filter.userName = context.value(u"actor"_s);
    if (context.isSet(u"limit"_s))
        filter.limit = context.value(u"limit"_s).toInt();
    QString format = context.json() ? u"json"_s : u"table"_s;
    if (context.isSet(u"format"_s))
        format = context.value(u"format"_s);
    if (format != u"table"_s && format != u"csv"_s && format != u"json"_s)
        return context.usageError(tr("Unknown format \"%1\": use table, csv or json.").arg(format));
    if (format == u"csv"_s && !context.isSet(u"out"_s))
        return context.usageError(tr("--format csv needs --out FILE."));

    Database db;
    if (!context.openDatabase(db))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope || !context.permitted(db, *scope, PermissionArea::Users, PermissionAction::View, u"audit"_s))
        return Failure;
    AuditLog log(db, *scope);

    if (args.value(0) == u"verify"_s) {
        const qint64 broken = log.verify();
        if (broken < 0)
            return context.fail(log.lastError());
        if (broken > 0)
            return context.fail(tr("The audit log was altered outside Frontline: entry %1 does not match the "
                                   "entries before it.")
                                    .arg(broken));
        context.print(QJsonObject{{u"verified"_s, true}}, tr("The audit log is intact."));
        return Success;
    }

    const QList<AuditEntry> entries = log.entries(filter);
    const bool exporting = format != u"table"_s || context.isSet(u"out"_s);
    if (exporting &&
        !context.permitted(db, *scope, PermissionArea::Users, PermissionAction::Export, u"audit"_s))
        return Failure;
    const QStringList header = AuditLog::exportHeader();
    const auto cells = &AuditLog::exportCells;
    const QString where =
        context.isSet(u"out"_s) ? QFileInfo(context.value(u"out"_s)).absoluteFilePath() : u"stdout"_s;
    if (format == u"csv"_s) {
        QString error;
        const std::unique_ptr<io::TableWriter> writer =
            io::createCsvWriter(context.value(u"out"_s), io::CsvWriteOptions{}, &error);
        if (!writer)
            return context.fail(error);
        bool ok = writer->writeRow(QList<QVariant>(header.cbegin(), header.cend()));
        for (const AuditEntry &e : entries)
            ok = ok && writer->writeRow(cells(e));
        if (!ok || !writer->finish())
            return context.fail(writer->errorString());
    } else if (format == u"json"_s) {
        QJsonArray json;
        for (const AuditEntry &e : entries) {
            QJsonObject o;
            const QList<QVariant> values = cells(e);
            for (qsizetype i = 0; i < header.size(); ++i)
                o.insert(header.at(i), QJsonValue::fromVariant(values.at(i)));
            json.append(o);
        }
        if (context.isSet(u"out"_s)) {
            QFile f(context.value(u"out"_s));
            if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(json).toJson()) < 0)
                return context.fail(tr("Cannot write %1: %2").arg(context.value(u"out"_s), f.errorString()));
        } else {
            context.printText(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        }
    } else {
        QList<QStringList> rows;
        for (const AuditEntry &e : entries)
            rows << QStringList{localTime(e.at),
                                e.userName,
                                AuditLog::actionTitle(e.action),
                                e.target,
                                e.rows >= 0 ? QString::number(e.rows) : QString(),
                                e.location,
                                e.detail,
                                e.outcome};
        context.printTable({tr("When"), tr("User"), tr("Action"), tr("What"), tr("Rows"), tr("Where"),
                            tr("Detail"), tr("Outcome")},
                           rows);
    }
    if (exporting && !log.record(AuditAction::Export, u"audit"_s, format, entries.size(), where))
        return context.fail(log.lastError());
    return Success;
}

// --- privacy ----------------------------------------------------------------

QList<QCommandLineOption> PrivacyCommand::options() const
{
    return {QCommandLineOption(u"set"_s, tr("Replace the privacy notice with the text of FILE (UTF-8)."),
                               u"FILE"_s)};
}

int PrivacyCommand::run(Context &context)
{
    if (context.arguments() != QStringList{u"notice"_s})
        return context.usageError(tr("Use: frontline-cli privacy notice [--set FILE]"));
    Database db;
    if (!context.openDatabase(db, !context.isSet(u"set"_s)))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    Privacy privacy(db, *scope);
    if (context.isSet(u"set"_s)) {
        QFile f(context.value(u"set"_s));
        if (!f.open(QIODevice::ReadOnly))
            return context.fail(tr("Cannot read %1: %2").arg(context.value(u"set"_s), f.errorString()));
        QString error;
        if (!privacy.setNotice(QString::fromUtf8(f.readAll()), &error))
            return context.fail(error);
    }
    const QString text = privacy.notice();
    context.print(QJsonObject{{u"notice"_s, text}, {u"default"_s, text == Privacy::defaultNotice()}}, text);
    return Success;
}

// --- customer consent / erase / delete / restore ----------------------------

QStringList customerPrivacySubcommands()
{
    return {u"consent"_s, u"erase"_s, u"delete"_s, u"restore"_s};
}

QList<QCommandLineOption> customerPrivacyOptions()
{
    return {
        QCommandLineOption(u"method"_s,
                           CustomerPrivacy::tr("How consent was given (consent): %1.")
                               .arg(Privacy::consentMethods().join(u", "_s)),
                           u"METHOD"_s),
        QCommandLineOption(u"date"_s, CustomerPrivacy::tr("When consent was given (consent; default today)."),
                           u"DATE"_s),
        QCommandLineOption(u"yes"_s, CustomerPrivacy::tr("Confirm an erasure (erase).")),
    };
}

int runCustomerPrivacy(const QString &sub, Context &context, Database &db, const AccessScope &scope)
{
    const QStringList args = context.arguments();
    if (sub == u"consent"_s) {
        const QString answer = args.value(2);
        if (args.size() != 3 || (answer != u"yes"_s && answer != u"no"_s && answer != u"withdraw"_s))
            return context.usageError(
                CustomerPrivacy::tr("Use: frontline-cli customer consent ID|CODE yes|no|withdraw "
                                    "[--method METHOD] [--date DATE]"));
        const QDate date =
            context.isSet(u"date"_s) ? Context::parseDate(context.value(u"date"_s)) : QDate::currentDate();
        if (!date.isValid())
            return context.usageError(CustomerPrivacy::tr("--date: not a date (use YYYY-MM-DD)."));
        const qint64 id = context.customerId(db, scope, args.at(1));
        if (!id)
            return Failure;
        Privacy privacy(db, scope);
        QString error;
        const bool ok =
            answer == u"withdraw"_s
                ? privacy.withdrawConsent(id, &error)
                : privacy.setConsent(id, answer == u"yes"_s,
                                     context.isSet(u"method"_s) ? context.value(u"method"_s) : u"other"_s,
                                     date, &error);
        if (!ok)
            return context.fail(error);
        const Consent c = *privacy.consent(id);
        context.print(QJsonObject{{u"customer_id"_s, id},
                                  {u"consent"_s, c.given ? QJsonValue(*c.given) : QJsonValue()},
                                  {u"date"_s, c.date.isValid() ? QJsonValue(c.date.toString(Qt::ISODate))
                                                               : QJsonValue()},
                                  {u"method"_s, c.method},
                                  {u"withdrawn_at"_s, timeJson(c.withdrawnAt)}},
                      answer == u"withdraw"_s ? CustomerPrivacy::tr("Consent withdrawn.")
                      : answer == u"yes"_s    ? CustomerPrivacy::tr("Consent recorded.")
                                              : CustomerPrivacy::tr("Refusal recorded."));
        return Success;
    }
    if (args.size() != 2)
        return context.usageError(CustomerPrivacy::tr("Use: frontline-cli customer %1 ID|CODE").arg(sub));
    const qint64 id = customerIdIncludingDeleted(context, db, scope, args.at(1));
    if (!id)
        return Failure;
    if (sub == u"erase"_s) {
        if (!context.isSet(u"yes"_s))
            return context.usageError(
                CustomerPrivacy::tr("Erasing a customer cannot be undone; add --yes to confirm."));
        const EraseResult r = Privacy(db, scope).erase(id);
        if (!r.ok)
            return context.fail(r.error);
        context.print(QJsonObject{{u"customer_id"_s, id},
                                  {u"erased"_s, true},
                                  {u"contacts"_s, r.contacts},
                                  {u"contact_points"_s, r.points},
                                  {u"activities"_s, r.activities},
                                  {u"tasks"_s, r.tasks}},
                      CustomerPrivacy::tr("The customer's personal data is erased; a tombstone remains."));
        return Success;
    }
    CustomerRepository repo(db, scope);
    const bool ok = sub == u"delete"_s ? repo.remove(id) : repo.restore(id);
    if (!ok)
        return context.fail(repo.lastError().isEmpty()
                                ? CustomerPrivacy::tr("Nothing changed: the customer is not in that state.")
                                : repo.lastError());
    context.print(
        QJsonObject{{u"customer_id"_s, id}, {sub == u"delete"_s ? u"deleted"_s : u"restored"_s, true}},
        sub == u"delete"_s ? CustomerPrivacy::tr("Deleted (it can be restored).")
                           : CustomerPrivacy::tr("Restored."));
    return Success;
}

} // namespace frontline::cli
