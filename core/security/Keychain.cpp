#include "Keychain.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
QString &serviceName()
{
    static QString name = u"Frontline"_s;
    return name;
}

Keychain::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Keychain::Ok;
    case QKeychain::EntryNotFound:
        return Keychain::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Keychain::Unavailable;
    default:
        return Keychain::Failed;
    }
}

// Runs a job to completion or until the timeout; false on timeout.
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}
} // namespace

QString Keychain::service()
{
    return serviceName();
}

void Keychain::setService(const QString &service)
{
    serviceName() = service;
}

QString Keychain::entryForDatabase(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return u"database:"_s + (canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

QString Keychain::entryForSyncPassphrase(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return u"sync:"_s + (canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

Keychain::ReadResult Keychain::read(const QString &entry, int timeoutMs)
{
    ReadResult result;
    QKeychain::ReadPasswordJob job(service());
    job.setKey(entry);
    job.setInsecureFallback(false);
    if (!runJob(&job, timeoutMs)) {
        result.status = Unavailable;
        result.error = tr("The system keychain did not answer.");
        return result;
    }
    result.status = statusOf(job.error());
    if (result.status == Ok) {
        QByteArray data = job.binaryData();
        result.secret = SecureBytes(data);
        SecureBytes::wipe(data);
    } else {
        result.error = job.errorString();
    }
    return result;
}

Keychain::Status Keychain::write(const QString &entry, const SecureBytes &secret, QString *error,
                                 int timeoutMs)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(entry);
    job.setInsecureFallback(false);
    job.setBinaryData(secret.toByteArray());
    if (!runJob(&job, timeoutMs)) {
        if (error)
            *error = tr("The system keychain did not answer.");
        return Unavailable;
    }
    if (error)
        *error = job.errorString();
    return statusOf(job.error());
}

Keychain::Status Keychain::remove(const QString &entry, QString *error, int timeoutMs)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(entry);
    job.setInsecureFallback(false);
    if (!runJob(&job, timeoutMs)) {
        if (error)
            *error = tr("The system keychain did not answer.");
        return Unavailable;
    }
    if (error)
        *error = job.errorString();
    return statusOf(job.error());
}

} // namespace frontline
