#include "Session.h"

#include "repositories/OrgRepository.h"

#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString ActingKey = u"session/actingAs"_s;

QString fileKey(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}
} // namespace

Session::Session(QUndoStack *undoStack, QObject *parent) : QObject(parent), m_undoStack(undoStack) {}

bool Session::isOpen() const
{
    return m_database && m_database->isOpen();
}

void Session::setDatabase(Database *database)
{
    m_database = database;
    applyMember(isOpen() ? savedActingMember(database->path()) : 0);
    Q_EMIT scopeChanged();
}

void Session::setActingMember(qint64 memberId)
{
    if (!isOpen() || memberId == actingMemberId())
        return;
    applyMember(memberId);
    saveActingMember(m_database->path(), actingMemberId());
    // The commands on the stack were made by someone else, with what they were allowed to do.
    m_undoStack->clear();
    Q_EMIT scopeChanged();
}

void Session::applyMember(qint64 memberId)
{
    m_scope = AccessScope::administrator();
    m_member.reset();
    if (!isOpen() || memberId <= 0)
        return;
    if (const std::optional<AccessScope> scope = AccessScope::forMember(m_database->connection(), memberId)) {
        m_scope = *scope;
        m_member = OrgRepository(*m_database, m_scope).member(memberId);
    }
}

void Session::notifyChanged(DataKinds kinds)
{
    Q_EMIT dataChanged(kinds);
}

void Session::showCustomer(qint64 customerId)
{
    Q_EMIT customerRequested(customerId);
}

void Session::reportProblem(const QString &message)
{
    Q_EMIT problemOccurred(message);
}

qint64 Session::savedActingMember(const QString &databasePath)
{
    return QSettings().value(ActingKey).toMap().value(fileKey(databasePath)).toLongLong();
}

void Session::saveActingMember(const QString &databasePath, qint64 memberId)
{
    QSettings settings;
    QVariantMap map = settings.value(ActingKey).toMap();
    if (memberId > 0)
        map.insert(fileKey(databasePath), memberId);
    else
        map.remove(fileKey(databasePath));
    settings.setValue(ActingKey, map);
}

} // namespace frontline
