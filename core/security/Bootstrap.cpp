#include "Bootstrap.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace frontline {

void hardenProcess()
{
#if defined(Q_OS_UNIX)
    struct rlimit limit = {0, 0};
    setrlimit(RLIMIT_CORE, &limit);
#endif
#if defined(Q_OS_LINUX)
    // Also keeps other processes of the same user from reading our memory through ptrace.
    prctl(PR_SET_DUMPABLE, 0);
#endif
}

} // namespace frontline
