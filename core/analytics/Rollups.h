// Rollups keep pre-aggregated sales, buying customers and activities (the rollup_* tables of
// migration 0004) so that the dashboard reads a few hundred rows instead of a million order
// lines. Triggers queue every change to orders, lines, activities and the customer fields the
// rollups use as (month, rep) keys, whoever makes it; refresh() recomputes exactly those keys
// from the base tables, and rebuild() re-derives everything from scratch.
//
// Writers need not call anything for correctness: the metrics engine refreshes before it reads.
// Bulk writers (the importer after a batch, the demo generator) call refresh() once at the end
// so that the first dashboard does not pay for them.
#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace frontline::analytics {

class Rollups
{
    Q_DECLARE_TR_FUNCTIONS(frontline::analytics::Rollups)
public:
    struct Result
    {
        bool ok = true;
        QString error;
        bool rebuilt = false; // everything was re-derived (rebuild(), or too many keys queued)
        qint64 keys = 0;      // (month, rep) keys recomputed
        qint64 elapsedMs = 0;
    };

    // Recomputes the queued keys in one transaction (a savepoint inside the caller's). Cheap when
    // nothing is queued: one read of an empty table. More than rebuildThreshold() keys queued
    // means a rebuild, which is faster then.
    static Result refresh(const QSqlDatabase &db);
    static Result refresh(Database &db) { return refresh(db.connectionForThread()); }
    // Queues the (month, rep) keys of these orders and refreshes: for writers that bypassed the
    // triggers' tables (never needed with the shipped schema, kept for the importer's API).
    static Result applyOrders(const QSqlDatabase &db, const QList<qint64> &orderIds);
    // Deletes every rollup and derives it again from the base tables.
    static Result rebuild(const QSqlDatabase &db);
    static Result rebuild(Database &db) { return rebuild(db.connectionForThread()); }
    // Keys waiting for refresh().
    static qint64 pendingKeys(const QSqlDatabase &db);
    static constexpr qint64 rebuildThreshold() { return 1500; }
};

} // namespace frontline::analytics
