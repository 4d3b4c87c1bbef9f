// The communication record: visits, calls, WeChat, e-mails, meetings with customers in scope.
#pragma once

#include "Repository.h"

namespace frontline {

struct ActivityFilter
{
    qint64 memberId = 0;
    qint64 customerId = 0;
    QString kind;
    QDate from;            // inclusive, local dates
    QDate to;              // inclusive
    QList<qint64> members; // any of these members (a team's subtree); empty: everyone
};

class ActivityRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ActivityRepository)
public:
    using Repository::Repository;

    static QStringList kinds();
    QList<FieldError> validate(const Activity &activity) const;
    // Logs an activity; the member defaults to the current user.
    SaveResult create(Activity activity);
    // create() for many activities in one transaction, with the same defaults and checks.
    BulkResult createMany(const QList<Activity> &activities);
    // Newest first; limit rows after skipping offset (a page of a long list).
    QList<Activity> list(const ActivityFilter &filter, int limit = -1, int offset = 0);
    qint64 count(const ActivityFilter &filter);
    bool remove(qint64 id);
    // Undoes remove().
    bool restore(qint64 id);

private:
    // The FROM and WHERE of a filtered query. Counts and id lists skip the member join (names
    // only): without it SQLite answers from indexes instead of reading every row.
    enum class Names
    {
        Joined,
        Skipped
    };
    QString filterSql(const ActivityFilter &filter, QVariantList *binds, Names names = Names::Joined) const;
    // Defaults and validation of create(); the scope is checked by the caller.
    QList<FieldError> prepareNew(Activity &activity) const;
};

} // namespace frontline
