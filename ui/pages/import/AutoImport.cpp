#include "AutoImport.h"

#include "Session.h"
#include "import/ImportKind.h"

#include <QDir>
#include <QLocale>
#include <QTime>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace frontline {

AutoImport::AutoImport(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(&m_timer, &QTimer::timeout, this, &AutoImport::lookNow);
    connect(&m_watcher, &QFutureWatcher<QList<FolderFileResult>>::finished, this, &AutoImport::finished);
    // A new database or user: the old round ends before anything else happens to the database.
    connect(m_session, &Session::scopeChanged, this, &AutoImport::reload);
}

AutoImport::~AutoImport()
{
    stop();
}

void AutoImport::stop()
{
    m_timer.stop();
    if (m_watcher.isRunning()) {
        m_cancel = true;
        m_watcher.waitForFinished();
    }
    m_cancel = false;
}

void AutoImport::reload()
{
    stop();
    m_folder.reset();
    m_settings = {};
    if (!m_session->isOpen()) {
        setStatus(QString());
        return;
    }
    Database &db = *m_session->database();
    m_settings = ImportFolderSettings::load(db);
    if (!m_settings.enabled || m_settings.folder.isEmpty()) {
        setStatus(tr("Off: files are imported only through the import wizard."));
        return;
    }
    const std::unique_ptr<ImportKind> kind = ImportKind::create(m_settings.kind);
    if (db.isReadOnly() || !kind ||
        !m_session->allows(ImportKind::permissionArea(m_settings.kind), PermissionAction::Edit)) {
        setStatus(tr("Not running: %1 may not import %2 into this database.")
                      .arg(m_session->actingMember() ? m_session->actingMember()->name : tr("this user"),
                           kind ? kind->label() : m_settings.kind));
        return;
    }
    m_timer.start(m_settings.intervalSeconds * 1000);
    if (ensureFolder())
        setStatus(watchingText());
}

QString AutoImport::watchingText() const
{
    const std::unique_ptr<ImportKind> kind = ImportKind::create(m_settings.kind);
    return tr("Watching %1 for %2 every %n second(s).", nullptr, m_settings.intervalSeconds)
        .arg(QDir::toNativeSeparators(m_settings.folder), kind ? kind->label() : m_settings.kind);
}

// The folder may be missing for a while (a network drive, a USB stick): each tick tries again.
bool AutoImport::ensureFolder()
{
    if (m_folder)
        return true;
    auto folder = std::make_unique<ImportFolder>(*m_session->database(), m_session->scope(),
                                                 m_settings.folder, m_settings.kind, m_settings.mapping);
    if (!folder->prepare()) {
        setStatus(tr("Waiting for the folder: %1").arg(folder->errorString()));
        return false;
    }
    folder->setCancelFlag(&m_cancel);
    folder->look(); // what is there now is imported once it has stopped changing
    m_folder = std::move(folder);
    return true;
}

bool AutoImport::lookNow()
{
    if (!m_timer.isActive() || m_watcher.isRunning() || !m_session->isOpen())
        return false;
    if (!ensureFolder())
        return false;
    Database *db = m_session->database();
    ImportFolder *folder = m_folder.get();
    m_watcher.setFuture(QtConcurrent::run([db, folder] {
        QList<FolderFileResult> results = folder->round();
        db->releaseThreadConnection();
        return results;
    }));
    return true;
}

void AutoImport::finished()
{
    const QList<FolderFileResult> results = m_watcher.result();
    if (results.isEmpty())
        return;
    int imported = 0;
    for (const FolderFileResult &r : results) {
        imported += r.imported ? 1 : 0;
        Q_EMIT fileProcessed(r);
    }
    if (imported > 0 && m_session->isOpen())
        m_session->notifyChanged(Session::Everything);
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    QString text = watchingText() + u'\n';
    if (imported == results.size())
        text += tr("%1: %n file(s) imported.", nullptr, imported).arg(time);
    else
        text += tr("%1: %n file(s) imported, %2 failed (see the failed folder).", nullptr, imported)
                    .arg(time)
                    .arg(results.size() - imported);
    setStatus(text);
}

void AutoImport::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

} // namespace frontline
