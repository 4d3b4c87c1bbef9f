// What a command needs from the command line: parsed options, the database it works on, the
// passphrase sources (environment, file, keychain, prompt — in that order) and output in
// human text or JSON. Errors go to stderr as one line.
#pragma once

#include "repositories/AccessScope.h"
#include "security/Permissions.h"
#include "security/SecureBytes.h"
#include "security/UserAccounts.h"
#include "storage/Database.h"

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>

namespace frontline::cli {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

class Context
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::Context)
public:
    Context(QCommandLineParser &parser, QStringList arguments);

    const QCommandLineParser &parser() const { return m_parser; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    // Positional arguments after the command name.
    const QStringList &arguments() const { return m_arguments; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QString databasePath() const;

    // The passphrase of an existing database: $FRONTLINE_PASSPHRASE, --passphrase-file, the
    // keychain entry of the database, or a prompt on the terminal with echo off.
    bool passphrase(SecureBytes *out, QString *error);
    // A new passphrase (init, passwd): $envVariable, fileOption, or a prompt asked twice.
    bool newPassphrase(const QString &envVariable, const QString &fileOption, SecureBytes *out,
                       QString *error);

    // Opens databasePath() with passphrase(); prints the reason and returns false on failure.
    bool openDatabase(Database &db, bool readOnly = false);

    // Who is working. A database without user accounts is in single-user mode: the
    // administrator, or --as CODE. With accounts, --user NAME (or $FRONTLINE_USER) logs in with
    // $FRONTLINE_PASSWORD or a prompt; an initial password must be changed before anything else
    // (except by 'user passwd': forPasswordChange); --as is then an administrator's only.
    // Prints the reason and returns nullopt when there is no session.
    std::optional<UserSession> session(Database &db, bool forPasswordChange = false);
    // The access scope of session(): --as CODE (that member's scope), the logged-in member's, or
    // the administrator. Prints the reason and returns nullopt when it cannot be had.
    std::optional<AccessScope> scope(Database &db);
    // Permissions::check() for the session's role; prints the reason when refused.
    bool permitted(Database &db, const AccessScope &scope, PermissionArea area, PermissionAction action,
                   const QString &what);
    bool permitted(Database &db, PermissionArea area, PermissionAction action, const QString &what);
    // The login name: --user or $FRONTLINE_USER.
    QString userName() const;
    // A user's password: $FRONTLINE_PASSWORD or a prompt.
    bool password(const QString &user, SecureBytes *out, QString *error);
    // Reference lookups for options; each prints the reason and returns 0 when not found.
    qint64 memberId(Database &db, const QString &code);
    // A customer by id, by code, or by name (the matcher's name key: 北京华联商厦 and 北京华联商厦有限公司
    // are one name), among those the scope sees.
    qint64 customerId(Database &db, const AccessScope &scope, const QString &idOrCode);
    // Dates as people type them: 2025-03-07, 2025/3/7, today, +3d, +1w, +1m. Invalid: QDate().
    static QDate parseDate(const QString &text, const QDate &today = QDate::currentDate());

    // Output. print() writes the JSON document with --json, otherwise the text.
    void print(const QJsonValue &json, const QString &text) const;
    void printText(const QString &text) const;
    // A text table whose columns line up with Chinese text (two columns per wide character).
    void printTable(const QStringList &headers, const QList<QStringList> &rows) const;
    // Whether standard input is a terminal (a person who can answer a prompt).
    static bool stdinIsTerminal();
    // One question on the terminal with echo off; false when nothing was typed.
    static bool prompt(const QString &question, SecureBytes *out);

    int fail(const QString &reason) const;       // exit 1
    int usageError(const QString &reason) const; // exit 2

private:
    bool readSecretFile(const QString &path, SecureBytes *out, QString *error) const;

    QCommandLineParser &m_parser;
    QStringList m_arguments;
    std::optional<UserSession> m_session;
};

} // namespace frontline::cli
