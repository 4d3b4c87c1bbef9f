#include "HybridClock.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace frontline {

HybridClock::HybridClock(WallClock wallClock) : m_wall(std::move(wallClock))
{
    if (!m_wall)
        m_wall = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

HybridClock::Timestamp HybridClock::advance(qint64 wall, Timestamp floor)
{
    // floor is the largest timestamp we must exceed. Using the wall clock when it is ahead keeps
    // timestamps close to real time; otherwise the counter counts on from floor. When the counter
    // would overflow we borrow the next millisecond, which keeps the order total.
    const Timestamp candidate = make(wall, 0);
    m_last = candidate > floor ? candidate : floor + 1;
    return m_last;
}

HybridClock::Timestamp HybridClock::now()
{
    QMutexLocker lock(&m_mutex);
    return advance(m_wall(), m_last);
}

HybridClock::Timestamp HybridClock::observe(Timestamp remote)
{
    QMutexLocker lock(&m_mutex);
    return advance(m_wall(), std::max(m_last, remote));
}

HybridClock::Timestamp HybridClock::last() const
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}

void HybridClock::restore(Timestamp last)
{
    QMutexLocker lock(&m_mutex);
    m_last = std::max(m_last, last);
}

QString HybridClock::toString(Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(physicalMs(t), Qt::UTC).toString(Qt::ISODateWithMs) + u'/' +
           u"%1"_s.arg(counter(t), 4, 16, QChar(u'0'));
}

} // namespace frontline
