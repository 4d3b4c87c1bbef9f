// MetricsEngine answers "measure M for period P grouped by dimension D, filtered by F" for an
// access scope: a rep counts only their own customers' data, a manager their team's subtree
// (the scope's owner condition is applied in every query, on the customer's owner). Sales,
// buying customers and activities come from the rollups (see Rollups) when the question allows
// it, otherwise from the base tables with the same rules; opportunities always from the base
// tables (they are few). Ranks, percentiles and the team tree are computed in C++ (no window
// functions on SQLite 3.15).
//
// The dashboard page and the report command are built on this class; nothing here knows about
// widgets.
#pragma once

#include "Metric.h"
#include "Rollups.h"
#include "Targets.h"
#include "repositories/AccessScope.h"
#include "storage/Database.h"

#include <QHash>

namespace frontline::analytics {

// One group of a breakdown: a rep, a team, a region… key is stable (an id as text, or the
// stored value); label is for people; code is the member's code or the product's SKU.
struct Row
{
    QString key;
    QString label;
    QString code;
    qint64 id = 0; // member, team or product id; 0 otherwise
    Value value;
};

struct Breakdown
{
    Measure measure = Measure::Revenue;
    Dimension dimension = Dimension::None;
    Period period;
    QList<Row> rows; // sorted by value, largest first; groups without data are left out
    Value total;     // the whole selection (for distinct customers not the sum of the rows)
    QString error;   // a question the engine cannot answer (e.g. visits by product)
    bool ok() const { return error.isEmpty(); }
};

// One rep's place: ties share a rank (1, 2, 2, 4); every rep of the scope is listed.
struct RankRow
{
    int rank = 0;
    qint64 memberId = 0;
    QString code;
    QString name;
    QString teamName;
    Value value;
};

struct Growth
{
    Value current;
    Value previous; // the period before
    Value lastYear; // the same period a year earlier
    Value vsPrevious() const { return change(previous); }
    Value vsLastYear() const { return change(lastYear); }

private:
    // (current − base) / base as a ratio; undefined when base is zero.
    Value change(const Value &base) const;
};

struct FunnelStage
{
    qint64 stageId = 0;
    QString key;
    QString name;
    int position = 0;
    QString outcome;    // open, won, lost
    qint64 reached = 0; // opportunities created in the period that reached this stage or a later one
    Value conversion;   // reached(next stage) / reached(this); undefined for the last
    Value averageDays;  // mean length of the stays in this stage that ended in the period
    qint64 open = 0;    // opportunities in this stage now
    qint64 openAmountFen = 0;
    qint64 weightedFen = 0;
};

struct Funnel
{
    Period period;
    QList<FunnelStage> stages; // by position; lost last
    qint64 created = 0;        // opportunities created in the period
    qint64 won = 0;            // closed in the period
    qint64 lost = 0;
    Value winRate;
};

struct KpiCard
{
    QString key; // revenue, growth, new_customers, retention_rate, visits, weighted_pipeline, collected
    QString title;
    Measure measure = Measure::Revenue;
    Value value;
    Growth growth;
    Attainment attainment;      // status NoTarget unless the measure has a target
    QList<Period> trendPeriods; // oldest first, ending with the period
    QList<Value> trend;
    QString unavailable; // why the filter gives no figure (then value is undefined, no trend)
};

struct Dashboard
{
    Period period;
    QDate asOf;
    QString subject; // whose figures: the company, a team or a rep
    QList<KpiCard> cards;
    const KpiCard *card(const QString &key) const;
};

// The customers behind a customer count: who the new-customer and retention cards count.
enum class CustomerSet
{
    New,      // first purchase ever in the period
    Active,   // bought in the period
    Retained, // bought in the period before and again in this one
    Lost,     // bought in the period before, not (yet) in this one
};

class MetricsEngine
{
    Q_DECLARE_TR_FUNCTIONS(frontline::analytics::MetricsEngine)
public:
    MetricsEngine(Database &db, AccessScope scope);

    const AccessScope &scope() const { return m_scope; }
    // "Today" for periods in progress (expected progress, pipeline as of now). Default: the
    // current date.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }
    // Off: every question goes to the base tables (tests compare both ways; a read-only file
    // with stale rollups falls back to this by itself).
    void setUseRollups(bool use) { m_useRollups = use; }
    bool usesRollups() const { return m_useRollups; }
    // Brings the rollups up to date; called before the first question, call again after writes.
    Rollups::Result refreshRollups();

    Breakdown breakdown(Measure measure, const Period &period, Dimension dimension = Dimension::None,
                        const Filter &filter = {});
    Value total(Measure measure, const Period &period, const Filter &filter = {});
    // The measure for each period, in the order given (a trend).
    QList<Value> series(Measure measure, const QList<Period> &periods, const Filter &filter = {});
    Growth growth(Measure measure, const Period &period, const Filter &filter = {});
    // Every active rep of the scope (and of the filter's team or members), ranked by the measure.
    QList<RankRow> ranking(Measure measure, const Period &period, const Filter &filter = {});
    Funnel funnel(const Period &period, const Filter &filter = {});
    // Actual against the target of the scope's subject (or the filter's team or single member).
    Attainment attainment(Measure measure, const Period &period, const Filter &filter = {});
    // The target attainment() measures against: the filter's team or single member, else the
    // scope's subject (a rep, a manager's team, the company); none when there is no target.
    std::optional<qint64> target(Measure measure, const Period &period, const Filter &filter = {});
    Dashboard dashboard(const Period &period, const Filter &filter = {}, int trendLength = 0);
    // Whether a measure can be asked with this filter (visits have no channel, new customers
    // no product); when not, the reason for the user.
    static QString unsupportedReason(Measure measure, const Filter &filter);
    // The ids of the customers in a set for the period, within the scope and the filter (the
    // filter's members are the reps who sold; for New the rep of the first order), from the base
    // tables, ordered by id.
    QList<qint64> customerIds(CustomerSet set, const Period &period, const Filter &filter = {},
                              QString *error = nullptr);
    static QString customerSetKey(CustomerSet set); // new, active, retained, lost
    static std::optional<CustomerSet> customerSetFromKey(const QString &key);

    // 1, 2, 2, 4: the competition rank of each value among values, largest first.
    static QList<int> competitionRanks(const QList<double> &values);
    // The p-th percentile (0–100) by linear interpolation between closest ranks.
    static double percentile(QList<double> values, double p);

    QString lastError() const { return m_error; }

private:
    struct MemberInfo
    {
        QString code, name;
        qint64 teamId = 0;
        QString role;
        bool active = true;
    };
    using Groups = QHash<QString, Value>; // group key → value; "" for the whole selection

    void ensureLoaded();
    bool rollupsReady();
    QList<qint64> memberFilter(const Filter &filter);
    QSet<qint64> subtreeMembers(qint64 teamId) const;
    QSet<qint64> subtreeTeams(qint64 teamId) const;

    // The grouped values of a measure; dimension is never Team here.
    Groups grouped(Measure measure, const Period &period, Dimension dimension, const Filter &filter,
                   QString *error);
    Groups sales(Measure measure, const Period &period, Dimension dimension, const Filter &filter);
    Groups customers(Measure measure, const Period &period, Dimension dimension, const Filter &filter,
                     QString *error);
    Groups activities(Measure measure, const Period &period, Dimension dimension, const Filter &filter,
                      QString *error);
    Groups payments(const Period &period, Dimension dimension, const Filter &filter, QString *error);
    Groups opportunities(Measure measure, const Period &period, Dimension dimension, const Filter &filter,
                         QString *error);
    QList<Groups> pipelines(Measure measure, const QList<QDate> &asOf, Dimension dimension,
                            const Filter &filter);
    Groups teams(Measure measure, const Period &period, const Filter &filter, QString *error);

    Row describe(Dimension dimension, const QString &key, const Value &value) const;
    QString subjectName(const Filter &filter) const;
    bool exec(QSqlQuery &q, const QVariantList &binds);

    Database &m_db;
    AccessScope m_scope;
    QDate m_today = QDate::currentDate();
    bool m_useRollups = true;
    bool m_refreshed = false;
    bool m_loaded = false;
    QHash<qint64, MemberInfo> m_members;
    QHash<qint64, qint64> m_teamParent;
    QHash<qint64, QString> m_teamNames;
    QHash<qint64, QPair<QString, QString>> m_products; // id → (sku, name)
    QString m_error;
};

} // namespace frontline::analytics
