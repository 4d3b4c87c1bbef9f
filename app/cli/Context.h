// What a command needs from the command line: parsed options, the database it works on, the
// passphrase sources (environment, file, keychain, prompt — in that order) and output in
// human text or JSON. Errors go to stderr as one line.
#pragma once

#include "repositories/AccessScope.h"
#include "security/SecureBytes.h"
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

    // Who the command runs as: --as CODE (that member's access scope) or the administrator.
    // Prints the reason and returns nullopt when the member does not exist.
    std::optional<AccessScope> scope(Database &db);
    // Reference lookups for options; each prints the reason and returns 0 when not found.
    qint64 memberId(Database &db, const QString &code);
    qint64 customerId(Database &db, const AccessScope &scope, const QString &idOrCode);
    // Dates as people type them: 2025-03-07, 2025/3/7, today, +3d, +1w, +1m. Invalid: QDate().
    static QDate parseDate(const QString &text, const QDate &today = QDate::currentDate());

    // Output. print() writes the JSON document with --json, otherwise the text.
    void print(const QJsonValue &json, const QString &text) const;
    void printText(const QString &text) const;
    // A text table whose columns line up with Chinese text (two columns per wide character).
    void printTable(const QStringList &headers, const QList<QStringList> &rows) const;
    int fail(const QString &reason) const;       // exit 1
    int usageError(const QString &reason) const; // exit 2

private:
    bool readSecretFile(const QString &path, SecureBytes *out, QString *error) const;
    static bool prompt(const QString &question, SecureBytes *out);

    QCommandLineParser &m_parser;
    QStringList m_arguments;
};

} // namespace frontline::cli
