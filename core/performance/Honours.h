// The honour roll (荣誉榜) and badges. Awarded by hand (with a reason) or by the rules when an
// evaluation is published (a newer published version replaces the rule honours of the older):
//   first_to_target        the first to reach their revenue target in the period (the day their
//                          running revenue met it; members reaching it the same day share it)
//   most_visits            the most visits in the period (ties share; none when nobody visited)
//   new_customer_champion  the most new customers in the period (ties share; at least one)
//   most_improved          the largest rise of score against the previous period's published
//                          evaluation (ties share; only a rise counts)
//   target_streak          revenue target met in each of the last StreakMonths months or more
//                          (months only)
// Every number comes from the evaluation's frozen snapshot (the facts Evaluations::run() froze
// with each line, and the previous period's published snapshot for the rise), never from the
// data as it is when publishing: an order entered between running and publishing changes
// neither the scores nor the honours of that version.
#pragma once

#include "Evaluations.h"
#include "analytics/Period.h"
#include "repositories/Repository.h"

namespace frontline::performance {

struct Honour
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString code;
    QString name;
    QString teamName;
    QString kind;
    QString period; // the period's key
    QDate awardedOn;
    QString reason;
    qint64 evaluationId = 0; // 0: by hand
    QString awardedBy;

    QString title() const; // the kind for people
};

class Honours : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::performance::Honours)
public:
    static constexpr int StreakMonths = 3;
    static QStringList kinds(); // the rules' kinds, then manual
    static QString label(const QString &kind);

    using Repository::Repository;
    // The day honours are dated (default: today).
    void setToday(const QDate &today) { m_today = today; }

    // Honours of the period (all when invalid) and member (all when 0) that the scope sees: a rep
    // those of their team, a manager their subtree's.
    QList<Honour> list(const analytics::Period &period = {}, qint64 memberId = 0);
    // By hand: admins and managers (their subtree), with a reason.
    SaveResult award(qint64 memberId, const QString &kind, const analytics::Period &period,
                     const QString &reason);
    // What the rules give for an evaluation's snapshot (nothing is written).
    QList<Honour> proposals(const Snapshot &snapshot);
    // Applies the rules to a published evaluation: replaces the rule honours of earlier versions
    // of the same period and team. Called by Evaluations::publish() inside its transaction.
    bool awardForEvaluation(qint64 evaluationId);

private:
    SaveResult insert(const Honour &h);
    QDate m_today = QDate::currentDate();
};

} // namespace frontline::performance
