// Runs the built frontline-cli as a separate process, the way scripts do, with a clean
// environment (no keychain, English messages) and the passphrase in FRONTLINE_PASSPHRASE.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <memory>

class QProcess;

namespace frontline::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

class CliRunner
{
public:
    explicit CliRunner(QByteArray passphrase = "s3cret 口令");
    static QString executable();
    // An empty passphrase runs without FRONTLINE_PASSPHRASE.
    CliRun run(const QStringList &args, const QByteArray &passphrase) const;
    CliRun run(const QStringList &args) const { return run(args, m_passphrase); }
    // Starts it without waiting, in the same environment (for tests that kill it).
    std::unique_ptr<QProcess> start(const QStringList &args) const;

private:
    QByteArray m_passphrase;
};

} // namespace frontline::test
