#include "CliRunner.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace frontline::test {

CliRunner::CliRunner(QByteArray passphrase) : m_passphrase(std::move(passphrase)) {}

QString CliRunner::executable()
{
    return QStringLiteral(FRONTLINE_BIN_DIR) + u"/frontline-cli"_s;
}

CliRun CliRunner::run(const QStringList &args, const QByteArray &passphrase) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"FRONTLINE_PASSPHRASE"_s);
    env.remove(u"FRONTLINE_DB"_s);
    env.insert(u"FRONTLINE_NO_KEYCHAIN"_s, u"1"_s);
    env.insert(u"FRONTLINE_LANGUAGE"_s, u"en"_s);
    if (!passphrase.isEmpty())
        env.insert(u"FRONTLINE_PASSPHRASE"_s, QString::fromUtf8(passphrase));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(executable(), args);
    CliRun run;
    if (!process.waitForFinished(300000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace frontline::test
