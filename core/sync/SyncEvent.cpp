#include "SyncEvent.h"

namespace frontline {

namespace {
SyncAuditHook &hook()
{
    static SyncAuditHook instance;
    return instance;
}
} // namespace

void setSyncAuditHook(SyncAuditHook h)
{
    hook() = std::move(h);
}

void auditSyncEvent(Database *db, const SyncEvent &event)
{
    if (hook())
        hook()(db, event);
}

} // namespace frontline
