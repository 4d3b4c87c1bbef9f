#include "CliRunner.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace frontline::test {

CliRunner::CliRunner(QByteArray passphrase) : m_passphrase(std::move(passphrase)) {}

QString CliRunner::executable()
{
    return QStringLiteral(FRONTLINE_BIN_DIR) + u"/frontline-cli"_s;
}

namespace {

std::unique_ptr<QProcess> startCli(const QStringList &args, const QByteArray &passphrase)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"FRONTLINE_PASSPHRASE"_s);
    env.remove(u"FRONTLINE_DB"_s);
    env.insert(u"FRONTLINE_NO_KEYCHAIN"_s, u"1"_s);
    env.insert(u"FRONTLINE_LANGUAGE"_s, u"en"_s);
    if (!passphrase.isEmpty())
        env.insert(u"FRONTLINE_PASSPHRASE"_s, QString::fromUtf8(passphrase));
    process->setProcessEnvironment(env);
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(CliRunner::executable(), args);
    return process;
}

} // namespace

CliRun CliRunner::run(const QStringList &args, const QByteArray &passphrase) const
{
    const std::unique_ptr<QProcess> process = startCli(args, passphrase);
    CliRun run;
    if (!process->waitForFinished(300000))
        return run;
    run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    return run;
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &args) const
{
    return startCli(args, m_passphrase);
}

} // namespace frontline::test
