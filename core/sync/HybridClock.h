// HybridClock issues hybrid logical clock (HLC) timestamps for every change that can travel
// between laptops. A timestamp is one 64-bit integer: milliseconds since the Unix epoch in the
// upper 48 bits and a logical counter in the lower 16. It never goes backwards on one device,
// even when the wall clock does, and after observe() it is ahead of every timestamp seen from
// other devices, so "later" means the same thing on every laptop. Ties are broken by device id.
#pragma once

#include <QMutex>
#include <QString>

#include <functional>

namespace frontline {

class HybridClock
{
public:
    using Timestamp = quint64;
    using WallClock = std::function<qint64()>; // milliseconds since the epoch, UTC

    explicit HybridClock(WallClock wallClock = {});

    // A new timestamp for a local change, greater than every one issued or observed before.
    Timestamp now();
    // Merges a timestamp received from another device; returns the new local time.
    Timestamp observe(Timestamp remote);
    // The last timestamp issued or observed (persisted by the database between sessions).
    Timestamp last() const;
    // Continues from a persisted value (never moves the clock back).
    void restore(Timestamp last);

    static constexpr int CounterBits = 16;
    static constexpr Timestamp make(qint64 ms, quint32 counter)
    {
        return (Timestamp(ms) << CounterBits) | (counter & 0xffff);
    }
    static constexpr qint64 physicalMs(Timestamp t) { return qint64(t >> CounterBits); }
    static constexpr quint32 counter(Timestamp t) { return quint32(t & 0xffff); }
    // "2026-11-28T15:20:58.123Z/0001", for logs and the conflict view.
    static QString toString(Timestamp t);

private:
    Timestamp advance(qint64 wall, Timestamp floor);

    WallClock m_wall;
    mutable QMutex m_mutex;
    Timestamp m_last = 0;
};

} // namespace frontline
