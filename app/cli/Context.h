// What a command needs from the command line: parsed options, the database it works on, the
// passphrase sources (environment, file, keychain, prompt — in that order) and output in
// human text or JSON. Errors go to stderr as one line.
#pragma once

#include "security/SecureBytes.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>

namespace frontline::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

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
    bool newPassphrase(const QString &envVariable, const QString &fileOption, SecureBytes *out, QString *error);

    // Opens databasePath() with passphrase(); prints the reason and returns false on failure.
    bool openDatabase(Database &db, bool readOnly = false);

    // Output. print() writes the JSON document with --json, otherwise the text.
    void print(const QJsonValue &json, const QString &text) const;
    void printText(const QString &text) const;
    int fail(const QString &reason) const;       // exit 1
    int usageError(const QString &reason) const; // exit 2

private:
    bool readSecretFile(const QString &path, SecureBytes *out, QString *error) const;
    static bool prompt(const QString &question, SecureBytes *out);

    QCommandLineParser &m_parser;
    QStringList m_arguments;
};

} // namespace frontline::cli
