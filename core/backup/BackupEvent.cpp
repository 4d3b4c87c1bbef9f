#include "BackupEvent.h"

namespace frontline {

namespace {
BackupAuditHook &hook()
{
    static BackupAuditHook instance;
    return instance;
}
} // namespace

void setBackupAuditHook(BackupAuditHook h)
{
    hook() = std::move(h);
}

void auditBackupEvent(Database *db, const BackupEvent &event)
{
    if (hook())
        hook()(db, event);
}

} // namespace frontline
