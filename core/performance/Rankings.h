// Rankings of members by the composite score (the newest published evaluation of the period)
// or by any measure of the metrics engine, for a period and team: everyone is ranked, ties share
// a rank (1, 2, 2, 4, computed in C++), movement against the previous period (up/down by how
// many places, same, new), medals for the top three places (a value above zero).
//
// Scope: metric rankings run in the caller's scope through the engine (a rep sees their own
// row); the score ranking is the published one, which a rep sees for their own team and a
// manager for their subtree.
#pragma once

#include "Evaluations.h"
#include "analytics/Metric.h"
#include "repositories/AccessScope.h"
#include "storage/Database.h"

#include <optional>

namespace frontline::performance {

struct RankingRow
{
    enum Movement
    {
        New,
        Up,
        Down,
        Same
    };

    int rank = 0;
    qint64 memberId = 0;
    QString code;
    QString name;
    QString teamName;
    analytics::Value value; // for the score: hundredths as a count
    Movement movement = New;
    int places = 0;       // how many places up or down
    int previousRank = 0; // 0: not ranked before
    QString medal;        // gold, silver, bronze or empty

    static QString movementKey(Movement m); // new, up, down, same
    QString valueText() const;              // for people: "¥1,300.00", "87.50"
    bool isScore = false;
};

struct Ranking
{
    QString by; // score or a measure key
    analytics::Period period;
    qint64 teamId = 0;
    std::optional<EvaluationInfo> evaluation;         // by score: the version ranked
    std::optional<EvaluationInfo> previousEvaluation; // by score: the one compared against
    QList<RankingRow> rows;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class Rankings
{
    Q_DECLARE_TR_FUNCTIONS(frontline::performance::Rankings)
public:
    Rankings(Database &db, AccessScope scope);

    static QStringList keys(); // score, then every measure key of the engine
    Ranking rank(const QString &by, const analytics::Period &period, qint64 teamId = 0);

    // Ranks rows by value, largest first (1, 2, 2, 4), ties in code order; medals for places 1–3
    // when the value is above zero.
    static void assignRanks(QList<RankingRow> &rows);
    // Movement of each row against the ranks of a previous ranking (by member): a member without
    // a place there (absent, rank 0, or — with emptyIsNoRanking — a previous ranking where nobody
    // has a value other than zero, i.e. a period without data) is new; one ranked in both moves by
    // the difference. A published evaluation ranks everyone it scored, zeros included.
    static void assignMovement(QList<RankingRow> &rows, const QList<RankingRow> &previous,
                               bool emptyIsNoRanking = true);
    static QString medalFor(int rank); // gold, silver, bronze, or empty

private:
    QList<RankingRow> scoreRows(const analytics::Period &period, qint64 teamId,
                                std::optional<EvaluationInfo> *used);

    Database &m_db;
    AccessScope m_scope;
};

} // namespace frontline::performance
