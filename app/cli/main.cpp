// frontline-cli: everything Frontline's core can do, for scripts, automation and benchmarks.
//   frontline-cli [global options] COMMAND [arguments] [options]
// Global options are accepted before or after the command name.
#include "Command.h"
#include "Context.h"
#include "commands/BackupCommands.h"
#include "commands/CommissionCommand.h"
#include "commands/CrmCommands.h"
#include "commands/DatabaseCommands.h"
#include "commands/DemoCommand.h"
#include "commands/ExportCommands.h"
#include "commands/ImportCommands.h"
#include "commands/PerformanceCommands.h"
#include "commands/ReportCommand.h"
#include "commands/SecurityCommands.h"
#include "commands/SettingsCommand.h"
#include "commands/SyncCommands.h"
#include "commands/TrainingCommands.h"
#include "security/Bootstrap.h"
#include "storage/SqlCipherDriver.h"
#include "util/Translations.h"

#include <frontline/Version.h>

#include <QCoreApplication>
#include <QSet>

#ifdef FRONTLINE_CLI_PDF
#include <QApplication>
#endif

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::cli;

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::Cli)
public:
    Cli()
    {
        m_commands.push_back(std::make_unique<InitCommand>());
        m_commands.push_back(std::make_unique<InfoCommand>());
        m_commands.push_back(std::make_unique<CheckCommand>());
        m_commands.push_back(std::make_unique<PasswdCommand>());
        m_commands.push_back(std::make_unique<BackupCommand>());
        m_commands.push_back(std::make_unique<RestoreCommand>());
        m_commands.push_back(std::make_unique<DemoCommand>());
        m_commands.push_back(std::make_unique<CustomerCommand>());
        m_commands.push_back(std::make_unique<TeamCommand>());
        m_commands.push_back(std::make_unique<MemberCommand>());
        m_commands.push_back(std::make_unique<ActivityCommand>());
        m_commands.push_back(std::make_unique<OpportunityCommand>());
        m_commands.push_back(std::make_unique<OrderCommand>());
        m_commands.push_back(std::make_unique<TaskCommand>());
        m_commands.push_back(std::make_unique<PaymentCommand>());
        m_commands.push_back(std::make_unique<ReportCommand>());
        m_commands.push_back(std::make_unique<ImportCommand>());
        m_commands.push_back(std::make_unique<ExportCommand>());
        m_commands.push_back(std::make_unique<WatchCommand>());
        addPerformanceCommands(m_commands);
        addTrainingCommands(m_commands);
        m_commands.push_back(std::make_unique<CommissionCommand>());
        addSecurityCommands(m_commands);
        m_commands.push_back(std::make_unique<SyncCommand>());
        m_commands.push_back(std::make_unique<SettingsCommand>());
    }

    int run(const QStringList &argv)
    {
        const QList<QCommandLineOption> global = globalOptions();
        QCommandLineParser parser;
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        QSet<QString> known;
        for (const QCommandLineOption &option : global) {
            parser.addOption(option);
            known.unite(QSet<QString>(option.names().cbegin(), option.names().cend()));
        }
        // Every command's options are parsed together, so they may stand anywhere on the line;
        // afterwards each command accepts only its own.
        for (const auto &command : m_commands) {
            for (const QCommandLineOption &option : command->options()) {
                if (!known.contains(option.names().constFirst())) {
                    parser.addOption(option);
                    known.unite(QSet<QString>(option.names().cbegin(), option.names().cend()));
                }
            }
        }
        Context context(parser, {});
        if (!parser.parse(argv))
            return context.usageError(parser.errorText());
        if (parser.isSet(u"version"_s) && parser.positionalArguments().isEmpty()) {
            context.printText(u"frontline-cli %1 (Qt %2, SQLCipher %3)"_s.arg(
                QString::fromLatin1(FRONTLINE_VERSION), QString::fromLatin1(qVersion()),
                SqlCipherDriver::cipherVersion()));
            return Success;
        }
        const QStringList positional = parser.positionalArguments();
        Command *command = positional.isEmpty() ? nullptr : find(positional.constFirst());
        if (parser.isSet(u"help"_s)) {
            context.printText(command ? commandHelp(*command) : generalHelp());
            return Success;
        }
        if (positional.isEmpty())
            return context.usageError(tr("No command given."));
        if (!command)
            return context.usageError(tr("Unknown command '%1'.").arg(positional.constFirst()));

        QSet<QString> allowed;
        for (const QCommandLineOption &option : global + command->options())
            allowed.unite(QSet<QString>(option.names().cbegin(), option.names().cend()));
        for (const QString &name : parser.optionNames()) {
            if (!allowed.contains(name))
                return context.usageError(
                    tr("'%1' does not take the option --%2.").arg(command->name(), name));
        }
        Context commandContext(parser, positional.mid(1));
        return command->run(commandContext);
    }

private:
    static QList<QCommandLineOption> globalOptions()
    {
        return {
            QCommandLineOption(
                u"db"_s, tr("The database file (default: $FRONTLINE_DB or %1).").arg(Database::defaultPath()),
                u"FILE"_s),
            QCommandLineOption(u"json"_s, tr("Machine-readable output on stdout.")),
            QCommandLineOption(u"passphrase-file"_s,
                               tr("Read the passphrase from FILE (after $FRONTLINE_PASSPHRASE, before the "
                                  "keychain and the prompt)."),
                               u"FILE"_s),
            QCommandLineOption(u"as"_s, tr("Run as the member with this CODE, inside their access scope."),
                               u"CODE"_s),
            QCommandLineOption(u"user"_s, tr("Log in as NAME (password: $FRONTLINE_PASSWORD or a prompt)."),
                               u"NAME"_s),
            QCommandLineOption({u"h"_s, u"help"_s}, tr("Show help.")),
            QCommandLineOption({u"v"_s, u"version"_s}, tr("Show the version.")),
        };
    }

    Command *find(const QString &name) const
    {
        for (const auto &command : m_commands) {
            if (command->name() == name)
                return command.get();
        }
        return nullptr;
    }

    static QString optionLines(const QList<QCommandLineOption> &options)
    {
        QString text;
        for (const QCommandLineOption &option : options) {
            QStringList names;
            for (const QString &name : option.names())
                names << (name.size() == 1 ? u"-"_s : u"--"_s) + name;
            QString left = names.join(u", "_s);
            if (!option.valueName().isEmpty())
                left += u' ' + option.valueName();
            text += u"  %1  %2\n"_s.arg(left, -28).arg(option.description());
        }
        return text;
    }

    QString generalHelp() const
    {
        QString text = tr("Usage: frontline-cli [options] COMMAND [arguments]") + u"\n\n"_s +
                       tr("Frontline sales management, from the command line.") + u"\n\n"_s +
                       tr("Commands:") + u'\n';
        for (const auto &command : m_commands)
            text += u"  %1  %2\n"_s.arg(command->name(), -12).arg(command->summary());
        text += u'\n' + tr("Global options (before or after the command):") + u'\n' +
                optionLines(globalOptions());
        text += u'\n' + tr("Exit codes: 0 success, 1 failure (reason on stderr), 2 usage error.") + u'\n';
        text += tr("Run 'frontline-cli COMMAND --help' for a command's own options.");
        return text;
    }

    static QString commandHelp(const Command &command)
    {
        QString text =
            tr("Usage: frontline-cli %1 %2[options]")
                .arg(command.name(), command.arguments().isEmpty() ? QString() : command.arguments() + u' ') +
            u"\n\n"_s + command.summary() + u"\n"_s;
        if (!command.options().isEmpty())
            text += u'\n' + tr("Options:") + u'\n' + optionLines(command.options());
        text += u'\n' + tr("Global options:") + u'\n' + optionLines(globalOptions());
        return text;
    }

    std::vector<std::unique_ptr<Command>> m_commands;
};

#ifdef FRONTLINE_CLI_PDF
// Painting a PDF (text layout, Qt Charts) needs a QApplication; everything else stays on a
// QCoreApplication. The arguments are looked at before Qt parses them: "--format pdf" or
// "--format=pdf" anywhere on the line.
bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--format=pdf" || arg == "-format=pdf" ||
            ((arg == "--format" || arg == "-format") && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf"))
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!wantsPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Headless (CI, cron, ssh): nothing is shown, so no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QApplication>(argc, argv);
}
#else
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    return std::make_unique<QCoreApplication>(argc, argv);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(u"Frontline"_s);
    QCoreApplication::setApplicationName(u"frontline-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(FRONTLINE_VERSION));
    Translations::install(qEnvironmentVariable("FRONTLINE_LANGUAGE"));
    return Cli().run(QCoreApplication::arguments());
}
